// Sessions in the database, after the Lucia guide: create on sign-in, validate per request
// (refreshing the idle clock at most hourly), invalidate one or all. Policy lives in session-policy.ts.
import { and, desc, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { createSecretToken, parseSecretToken, secretMatches } from './secret-token';
import { judgeSession, sessionExpiry, SESSION_ABSOLUTE_LIFETIME_SECONDS, SESSION_IDLE_TIMEOUT_SECONDS } from './session-policy';

export type SessionUser = Pick<typeof users.$inferSelect, 'id' | 'email' | 'displayName' | 'role' | 'emailVerifiedAt'>;

export interface ValidSession {
  id: string;
  user: SessionUser;
  expiresAt: Date;
  /** True when this request moved the idle clock: the cookie should be re-sent with the new expiry. */
  refreshed: boolean;
}

/** A new session for every sign-in (no fixation): returns the token for the cookie. */
export async function createSession(db: Db, userId: string, device: string | null, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const { id, token, secretHash } = createSecretToken();
  await db.insert(sessions).values({ id, userId, secretHash: Buffer.from(secretHash), createdAt: now, lastVerifiedAt: now, device });
  return { token, expiresAt: sessionExpiry({ createdAt: now, lastVerifiedAt: now }) };
}

export async function validateSessionToken(db: Db, token: string, now: Date): Promise<ValidSession | null> {
  const parts = parseSecretToken(token);
  if (!parts) return null;
  const [row] = await db
    .select({
      session: sessions,
      user: { id: users.id, email: users.email, displayName: users.displayName, role: users.role, emailVerifiedAt: users.emailVerifiedAt },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, parts.id));
  if (!row || !secretMatches(parts.secret, row.session.secretHash)) return null;
  const verdict = judgeSession(row.session, now);
  if (!verdict.valid) {
    await invalidateSession(db, parts.id);
    return null;
  }
  if (verdict.refresh) await db.update(sessions).set({ lastVerifiedAt: now }).where(eq(sessions.id, parts.id));
  return { id: parts.id, user: row.user, expiresAt: verdict.expiresAt, refreshed: verdict.refresh };
}

/** Ends one session; with `userId`, only if it is that user's. Returns whether one ended. */
export async function invalidateSession(db: Db, sessionId: string, userId?: string): Promise<boolean> {
  const where = userId ? and(eq(sessions.id, sessionId), eq(sessions.userId, userId)) : eq(sessions.id, sessionId);
  return (await db.delete(sessions).where(where).returning({ id: sessions.id })).length > 0;
}

/** Signs the user out everywhere, or everywhere but `exceptSessionId`; returns how many ended. */
export async function invalidateUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<number> {
  const where = exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId);
  return (await db.delete(sessions).where(where).returning({ id: sessions.id })).length;
}

export interface SessionSummary {
  id: string;
  device: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The account's sessions for its settings page, most recently seen first. */
export async function listUserSessions(db: Db, userId: string): Promise<SessionSummary[]> {
  return db
    .select({ id: sessions.id, device: sessions.device, createdAt: sessions.createdAt, lastSeenAt: sessions.lastVerifiedAt })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastVerifiedAt));
}

/** Removes sessions past their idle or absolute expiry (cron); returns how many went. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const idleCutoff = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_SECONDS * 1000);
  const ageCutoff = new Date(now.getTime() - SESSION_ABSOLUTE_LIFETIME_SECONDS * 1000);
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.lastVerifiedAt, idleCutoff), lt(sessions.createdAt, ageCutoff)))
    .returning({ id: sessions.id });
  return deleted.length;
}
