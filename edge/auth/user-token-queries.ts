// Single-use email links (verification, password reset): `id.secret`, SHA-256 of the secret
// stored, one live token per user and purpose, deleted when used or expired.
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { userTokens, type UserTokenPurpose } from '../../db/schema/user-tokens';
import { createSecretToken, parseSecretToken, secretMatches } from './secret-token';

export const EMAIL_VERIFICATION_TTL_SECONDS = 24 * 60 * 60;
export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;

/** Issues a token, replacing any earlier one of the same purpose: only the newest link works. */
export async function issueUserToken(db: Db, userId: string, purpose: UserTokenPurpose, email: string, ttlSeconds: number, now: Date): Promise<string> {
  const { id, token, secretHash } = createSecretToken();
  const row = { id, userId, purpose, email, secretHash: Buffer.from(secretHash), createdAt: now, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) };
  await db.insert(userTokens).values(row).onConflictDoUpdate({ target: [userTokens.userId, userTokens.purpose], set: row });
  return token;
}

/**
 * Uses a token up: returns whom it was for, or null when it is malformed, unknown, of another
 * purpose, altered or expired. The row is deleted in the same statement that finds it, so two
 * concurrent uses cannot both succeed.
 */
export async function consumeUserToken(db: Db, token: string, purpose: UserTokenPurpose, now: Date): Promise<{ userId: string; email: string } | null> {
  const parts = parseSecretToken(token);
  if (!parts) return null;
  const [row] = await db.select().from(userTokens).where(and(eq(userTokens.id, parts.id), eq(userTokens.purpose, purpose)));
  if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
  const [deleted] = await db.delete(userTokens).where(eq(userTokens.id, row.id)).returning({ id: userTokens.id });
  if (!deleted || row.expiresAt.getTime() <= now.getTime()) return null;
  return { userId: row.userId, email: row.email };
}

export async function deleteExpiredUserTokens(db: Db, now: Date): Promise<number> {
  return (await db.delete(userTokens).where(lt(userTokens.expiresAt, now)).returning({ id: userTokens.id })).length;
}
