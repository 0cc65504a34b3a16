import { describe, expect, it } from 'vitest';
import { ACCOUNT_THROTTLE, lockSeconds, retryAfterSeconds } from './throttle-policy';

const NOW = new Date('2026-06-01T12:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('sign-in backoff', () => {
  it('allows four free failures, then locks for 10 minutes, doubling up to a day', () => {
    expect([1, 2, 3, 4].map((n) => lockSeconds(ACCOUNT_THROTTLE, n))).toEqual([0, 0, 0, 0]);
    expect(lockSeconds(ACCOUNT_THROTTLE, 5)).toBe(600);
    expect(lockSeconds(ACCOUNT_THROTTLE, 6)).toBe(1200);
    expect(lockSeconds(ACCOUNT_THROTTLE, 30)).toBe(86_400);
  });

  it('tells how long a locked key waits, and nothing once the lock passed', () => {
    const state = { failures: 5, lockedUntil: later(600), updatedAt: NOW };
    expect(retryAfterSeconds(state, NOW)).toBe(600);
    expect(retryAfterSeconds(state, later(599))).toBe(1);
    expect(retryAfterSeconds(state, later(600))).toBe(0);
    expect(retryAfterSeconds(undefined, NOW)).toBe(0);
  });
});
