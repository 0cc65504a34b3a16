// Exact failure counts per key in the database (the rate-limit binding is approximate and per
// location, so it cannot count an account's failures). Increments are single statements, so
// concurrent failures are all counted.
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { signInThrottles } from '../../db/schema/sign-in-throttles';
import { lockSeconds, retryAfterSeconds, THROTTLE_MEMORY_SECONDS, type ThrottleRule } from './throttle-policy';

/** Seconds the key must wait before its next attempt is even checked. */
export async function throttleWait(db: Db, key: string, now: Date): Promise<number> {
  const [row] = await db.select().from(signInThrottles).where(eq(signInThrottles.key, key));
  return retryAfterSeconds(row, now);
}

/** Counts a failure (forgetting failures older than a day) and locks the key when the rule says so. */
export async function recordSignInFailure(db: Db, rule: ThrottleRule, key: string, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - THROTTLE_MEMORY_SECONDS * 1000);
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, lockedUntil: null, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`CASE WHEN ${signInThrottles.updatedAt} <= ${forgetBefore.getTime() / 1000} THEN 1 ELSE ${signInThrottles.failures} + 1 END`,
        updatedAt: now,
      },
    })
    .returning({ failures: signInThrottles.failures });
  const failures = row?.failures ?? 1;
  const lock = lockSeconds(rule, failures);
  if (lock) await db.update(signInThrottles).set({ lockedUntil: new Date(now.getTime() + lock * 1000) }).where(eq(signInThrottles.key, key));
  return failures;
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

export async function deleteStaleThrottles(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - THROTTLE_MEMORY_SECONDS * 1000);
  return (await db.delete(signInThrottles).where(lt(signInThrottles.updatedAt, cutoff)).returning({ key: signInThrottles.key })).length;
}
