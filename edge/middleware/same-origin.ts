import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Pure decision, exported for unit tests. Browsers send Sec-Fetch-Site and/or Origin on every
 * state-changing request; a request with neither is not a browser and so cannot be a CSRF vector.
 */
export function isCrossOrigin(requestUrl: string, headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  return origin !== new URL(requestUrl).origin;
}

/** Hono's csrf() skips JSON bodies, so this guards every non-GET /api route and WebSocket upgrade. */
export const sameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  const isUpgrade = c.req.header('upgrade')?.toLowerCase() === 'websocket';
  if ((!SAFE_METHODS.has(c.req.method) || isUpgrade) && isCrossOrigin(c.req.url, c.req.raw.headers)) {
    throw new ApiError('cross_origin', 403, 'Cross-origin requests are not allowed');
  }
  await next();
});
