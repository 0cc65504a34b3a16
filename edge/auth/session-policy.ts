// When a session is valid and when its idle clock is refreshed: pure, so it is tested in Node.
export const SESSION_IDLE_TIMEOUT_SECONDS = 30 * 24 * 60 * 60;
/** However active, a session ends 90 days after sign-in; the user signs in again. */
export const SESSION_ABSOLUTE_LIFETIME_SECONDS = 90 * 24 * 60 * 60;
/** The idle clock is written at most this often, so reading a session rarely writes. */
export const SESSION_REFRESH_INTERVAL_SECONDS = 60 * 60;

export interface SessionTimes {
  createdAt: Date;
  lastVerifiedAt: Date;
}

export type SessionVerdict = { valid: false } | { valid: true; refresh: boolean; expiresAt: Date };

export function judgeSession(session: SessionTimes, now: Date): SessionVerdict {
  const idleMs = now.getTime() - session.lastVerifiedAt.getTime();
  const ageMs = now.getTime() - session.createdAt.getTime();
  if (idleMs >= SESSION_IDLE_TIMEOUT_SECONDS * 1000 || ageMs >= SESSION_ABSOLUTE_LIFETIME_SECONDS * 1000) return { valid: false };
  const refresh = idleMs >= SESSION_REFRESH_INTERVAL_SECONDS * 1000;
  const lastVerified = refresh ? now : session.lastVerifiedAt;
  return { valid: true, refresh, expiresAt: sessionExpiry({ createdAt: session.createdAt, lastVerifiedAt: lastVerified }) };
}

/** The earlier of the idle and the absolute expiry: what the cookie's lifetime should be. */
export function sessionExpiry(session: SessionTimes): Date {
  return new Date(
    Math.min(
      session.lastVerifiedAt.getTime() + SESSION_IDLE_TIMEOUT_SECONDS * 1000,
      session.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_SECONDS * 1000,
    ),
  );
}
