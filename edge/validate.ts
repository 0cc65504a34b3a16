import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/** Every validation failure (json, query, param, header, cookie) becomes one `invalid_request` error. */
const throwOnInvalid: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({
    field: [result.target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new ApiError('invalid_request', 400, first ? `${first.field}: ${first.message}` : 'Invalid request', issues);
};

/** One sub-app per concern; each is mounted under /api in edge/app.ts only. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: throwOnInvalid });
}
