import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { deleteIdleSessions, SESSION_IDLE_TIMEOUT_SECONDS } from './session-queries';

const NOW = new Date('2026-06-01T00:00:00Z');
const TIMEOUT_MS = SESSION_IDLE_TIMEOUT_SECONDS * 1000;

describe('deleteIdleSessions', () => {
  it('deletes only sessions idle for longer than the timeout and reports how many', async () => {
    const db = await createTestDb();
    await db.insert(users).values({ id: 'u', email: 'u@example.com', displayName: 'U', createdAt: NOW, updatedAt: NOW });
    const at = (ms: number) => new Date(NOW.getTime() - ms);
    await db.insert(sessions).values(
      [
        ['long-idle', at(TIMEOUT_MS + 60_000)],
        ['just-inside', at(TIMEOUT_MS - 60_000)],
        ['active', at(0)],
      ].map(([id, seen]) => ({ id: id as string, userId: 'u', secretHash: Buffer.alloc(32), createdAt: seen as Date, lastVerifiedAt: seen as Date })),
    );
    expect(await deleteIdleSessions(db, NOW)).toBe(1);
    const left = await db.select({ id: sessions.id }).from(sessions).orderBy(sessions.id);
    expect(left.map((row) => row.id)).toEqual(['active', 'just-inside']);
  });

  it('cascades: deleting a user deletes their sessions', async () => {
    const db = await createTestDb();
    await db.insert(users).values({ id: 'gone', email: 'g@example.com', displayName: 'G', createdAt: NOW, updatedAt: NOW });
    await db.insert(sessions).values({ id: 's', userId: 'gone', secretHash: Buffer.alloc(32), createdAt: NOW, lastVerifiedAt: NOW });
    await db.delete(users);
    expect(await db.select().from(sessions)).toEqual([]);
  });
});
