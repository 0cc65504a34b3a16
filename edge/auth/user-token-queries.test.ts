import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { users } from '../../db/schema/users';
import { consumeUserToken, issueUserToken } from './user-token-queries';

const NOW = new Date('2026-06-01T12:00:00Z');
const HOUR = 3600;

async function withUser() {
  const db = await createTestDb();
  await db.insert(users).values({ id: 'u1', email: 'ada@example.com', displayName: 'Ada', createdAt: NOW, updatedAt: NOW });
  return db;
}

describe('single-use email tokens', () => {
  it('work once, for the address they were sent to', async () => {
    const db = await withUser();
    const token = await issueUserToken(db, 'u1', 'verify_email', 'ada@example.com', 24 * HOUR, NOW);
    expect(await consumeUserToken(db, token, 'verify_email', NOW)).toEqual({ userId: 'u1', email: 'ada@example.com' });
    expect(await consumeUserToken(db, token, 'verify_email', NOW)).toBeNull();
  });

  it('stop working at their expiry', async () => {
    const db = await withUser();
    const token = await issueUserToken(db, 'u1', 'reset_password', 'ada@example.com', HOUR, NOW);
    expect(await consumeUserToken(db, token, 'reset_password', new Date(NOW.getTime() + HOUR * 1000))).toBeNull();
  });

  it('are replaced by a newer one of the same purpose', async () => {
    const db = await withUser();
    const first = await issueUserToken(db, 'u1', 'verify_email', 'ada@example.com', 24 * HOUR, NOW);
    const second = await issueUserToken(db, 'u1', 'verify_email', 'ada@example.com', 24 * HOUR, NOW);
    expect(await consumeUserToken(db, first, 'verify_email', NOW)).toBeNull();
    expect(await consumeUserToken(db, second, 'verify_email', NOW)).not.toBeNull();
  });

  it('do not work for another purpose, and an altered secret does not burn the real one', async () => {
    const db = await withUser();
    const token = await issueUserToken(db, 'u1', 'verify_email', 'ada@example.com', 24 * HOUR, NOW);
    expect(await consumeUserToken(db, token, 'reset_password', NOW)).toBeNull();
    const altered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    expect(await consumeUserToken(db, altered, 'verify_email', NOW)).toBeNull();
    expect(await consumeUserToken(db, token, 'verify_email', NOW)).not.toBeNull();
  });
});
