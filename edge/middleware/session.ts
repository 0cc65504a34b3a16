import { createMiddleware } from 'hono/factory';
import { createDb } from '../../db/client';
import type { UserRole } from '../../db/schema/users';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { clearSessionCookies, readSessionCookie, setSessionCookies } from '../auth/cookies';
import { validateSessionToken, type ValidSession } from '../auth/session-queries';
import { hasRole } from '../auth/roles';

/**
 * Resolves the session cookie, if any, into c.var.session. Requests without the cookie (every
 * anonymous reader) never touch the database. An invalid cookie is cleared.
 */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  let session: ValidSession | null = null;
  if (token) {
    session = await validateSessionToken(createDb(c.env), token, new Date());
    if (!session) clearSessionCookies(c);
    else if (session.refreshed) setSessionCookies(c, token, session.expiresAt);
  }
  c.set('session', session);
  await next();
  // Nothing answered to a signed-in user may be stored by a shared cache (public media says so itself).
  if (token && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'private, no-store');
});

/** The signed-in session, or a 401 in the one error shape. */
export function requireSession(c: { get(key: 'session'): ValidSession | null }): ValidSession {
  const session = c.get('session');
  if (!session) throw new ApiError('unauthenticated', 401, 'Sign in first');
  return session;
}

/** The signed-in session of a user with at least `role`, or 401/403. */
export function requireRole(c: { get(key: 'session'): ValidSession | null }, role: UserRole): ValidSession {
  const session = requireSession(c);
  if (!hasRole(session.user.role, role)) throw new ApiError('forbidden', 403, `This needs the ${role} role`);
  return session;
}
