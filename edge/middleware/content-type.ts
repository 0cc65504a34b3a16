import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  return headers.has('transfer-encoding') || (length !== null && length !== '0');
}

/** Media types some routes take besides JSON, by "METHOD /path". */
export type OtherBodyTypes = ReadonlyMap<string, readonly string[]>;

export function isAcceptedContentType(route: string, contentType: string | null, otherTypes: OtherBodyTypes): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return true;
  return mediaType !== undefined && (otherTypes.get(route)?.includes(mediaType) ?? false);
}

/** Every request that carries a body must say it is JSON (or one of the types its route takes). */
export function requireJsonBody(otherTypes: OtherBodyTypes) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const route = `${c.req.method} ${c.req.path}`;
    if (hasBody(c.req.raw.headers) && !isAcceptedContentType(route, c.req.header('content-type') ?? null, otherTypes)) {
      throw new ApiError('unsupported_media_type', 415, 'Send the request body as application/json');
    }
    await next();
  });
}
