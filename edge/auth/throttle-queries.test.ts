import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { ACCOUNT_THROTTLE, THROTTLE_MEMORY_SECONDS } from './throttle-policy';
import { clearSignInFailures, recordSignInFailure, throttleWait } from './throttle-queries';

const NOW = new Date('2026-06-01T12:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('sign-in throttles', () => {
  it('lock a key on its fifth failure for 10 minutes', async () => {
    const db = await createTestDb();
    for (let i = 0; i < 4; i++) await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', NOW);
    expect(await throttleWait(db, 'k', NOW)).toBe(0);
    await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', NOW);
    expect(await throttleWait(db, 'k', NOW)).toBe(600);
    expect(await throttleWait(db, 'other', NOW)).toBe(0);
  });

  it('count every one of concurrent failures', async () => {
    const db = await createTestDb();
    await Promise.all(Array.from({ length: 6 }, () => recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', NOW)));
    expect(await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', NOW)).toBe(7);
  });

  it('forget failures a day old and start again after a success', async () => {
    const db = await createTestDb();
    for (let i = 0; i < 3; i++) await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', NOW);
    expect(await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', later(THROTTLE_MEMORY_SECONDS))).toBe(1);
    await clearSignInFailures(db, 'k');
    expect(await recordSignInFailure(db, ACCOUNT_THROTTLE, 'k', later(THROTTLE_MEMORY_SECONDS + 1))).toBe(1);
  });
});
