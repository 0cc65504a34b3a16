import { createDb } from '../db/client';
import type { Bindings } from './env';
import { deleteIdleSessions } from './auth/session-queries';

/** Everything the every-minute cron trigger does; each job takes the trigger's time as `now`. */
export async function runCron(env: Bindings, now: Date): Promise<void> {
  const db = createDb(env);
  const idleSessions = await deleteIdleSessions(db, now);
  if (idleSessions > 0) console.log(`cron: removed ${idleSessions} idle sessions`);
}
