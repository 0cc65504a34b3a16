// Failed sign-ins back off (after Ghost: a few free retries, then 10 minutes and up). Pure.

export interface ThrottleRule {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  firstLockSeconds: number;
  maxLockSeconds: number;
}

/** Per account: 4 free retries, then 10 min, doubling to a day. */
export const ACCOUNT_THROTTLE: ThrottleRule = { freeFailures: 4, firstLockSeconds: 600, maxLockSeconds: 86_400 };
/** Per client (one network guessing across many accounts): more room, since NATs share addresses. */
export const CLIENT_THROTTLE: ThrottleRule = { freeFailures: 20, firstLockSeconds: 600, maxLockSeconds: 86_400 };

/** Failures older than this are forgotten. */
export const THROTTLE_MEMORY_SECONDS = 86_400;

/** How long to lock after the `failures`-th consecutive failure (0: not locked). */
export function lockSeconds(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.freeFailures) return 0;
  return Math.min(rule.firstLockSeconds * 2 ** (failures - rule.freeFailures - 1), rule.maxLockSeconds);
}

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  updatedAt: Date;
}

/** Seconds until the key may try again; 0 when it may now. */
export function retryAfterSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}
