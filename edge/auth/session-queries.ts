import { lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema/sessions';

export const SESSION_IDLE_TIMEOUT_SECONDS = 30 * 24 * 60 * 60;

/** Removes sessions idle for longer than the timeout; returns how many went. */
export async function deleteIdleSessions(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_SECONDS * 1000);
  const deleted = await db.delete(sessions).where(lt(sessions.lastVerifiedAt, cutoff)).returning({ id: sessions.id });
  return deleted.length;
}
