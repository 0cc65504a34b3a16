import { createDb } from '../db/client';
import type { Bindings } from './env';
import { deleteExpiredSessions } from './auth/session-queries';
import { retryPendingMail } from './mail/outbox-queries';
import { deleteExpiredUserTokens } from './auth/user-token-queries';
import { deleteStaleThrottles } from './auth/throttle-queries';
import { createMailProvider, DEFAULT_MAIL_FROM } from './mail/providers';

/** Everything the every-minute cron trigger does; each job takes the trigger's time as `now`. */
export async function runCron(env: Bindings, now: Date): Promise<void> {
  const db = createDb(env);
  const expiredSessions = await deleteExpiredSessions(db, now);
  if (expiredSessions > 0) console.log(`cron: removed ${expiredSessions} expired sessions`);
  await deleteExpiredUserTokens(db, now);
  await deleteStaleThrottles(db, now);
  const mailed = await retryPendingMail(db, createMailProvider(env), env.MAIL_FROM ?? DEFAULT_MAIL_FROM, now);
  if (mailed > 0) console.log(`cron: delivered ${mailed} queued emails`);
}
