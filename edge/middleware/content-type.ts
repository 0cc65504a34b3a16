import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  return headers.has('transfer-encoding') || (length !== null && length !== '0');
}

/** `textPlainRoutes` ("POST /api/beacon") also take text/plain: navigator.sendBeacon cannot send JSON. */
export function isAcceptedContentType(route: string, contentType: string | null, textPlainRoutes: ReadonlySet<string>): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return true;
  return mediaType === 'text/plain' && textPlainRoutes.has(route);
}

/** Every request that carries a body must say it is JSON (or text/plain on the routes named). */
export function requireJsonBody(textPlainRoutes: ReadonlySet<string>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const route = `${c.req.method} ${c.req.path}`;
    if (hasBody(c.req.raw.headers) && !isAcceptedContentType(route, c.req.header('content-type') ?? null, textPlainRoutes)) {
      throw new ApiError('unsupported_media_type', 415, 'Send the request body as application/json');
    }
    await next();
  });
}
