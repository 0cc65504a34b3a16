import { OpenAPIHono, z, type Hook } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { ApiError, ErrorBody } from './errors';

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

export const jsonContent = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const FAILURES: Record<number, string> = {
  400: 'Invalid request',
  403: 'Cross-origin request',
  404: 'Not found',
  413: 'Body too large',
  415: 'Body is not JSON',
  426: 'Not a WebSocket upgrade',
};

/** The one error shape, for a route's documented failure statuses. */
export function errorResponses<S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: FAILURES[status] ?? 'Error', content: jsonContent(ErrorBody) }]),
  ) as Record<S, { description: string; content: ReturnType<typeof jsonContent<typeof ErrorBody>> }>;
}
