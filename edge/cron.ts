import { createDb } from '../db/client';
import type { Bindings } from './env';
import { deleteExpiredSessions } from './auth/session-queries';

/** Everything the every-minute cron trigger does; each job takes the trigger's time as `now`. */
export async function runCron(env: Bindings, now: Date): Promise<void> {
  const db = createDb(env);
  const expiredSessions = await deleteExpiredSessions(db, now);
  if (expiredSessions > 0) console.log(`cron: removed ${expiredSessions} expired sessions`);
}
