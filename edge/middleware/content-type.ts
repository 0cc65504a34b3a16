import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

/** Paths that also take text/plain, because navigator.sendBeacon cannot set application/json. */
const TEXT_PLAIN_PATHS = new Set(['/api/beacon']);

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  return headers.has('transfer-encoding') || (length !== null && length !== '0');
}

export function isAcceptedContentType(path: string, contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return true;
  return mediaType === 'text/plain' && TEXT_PLAIN_PATHS.has(path);
}

/** Every /api request that carries a body must say it is JSON (or text/plain where allowed). */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (hasBody(c.req.raw.headers) && !isAcceptedContentType(c.req.path, c.req.header('content-type') ?? null)) {
    throw new ApiError('unsupported_media_type', 415, 'Send the request body as application/json');
  }
  await next();
});
