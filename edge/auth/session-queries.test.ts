import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { createSession, deleteExpiredSessions, invalidateSession, invalidateUserSessions, listUserSessions, validateSessionToken } from './session-queries';
import { SESSION_IDLE_TIMEOUT_SECONDS } from './session-policy';

const NOW = new Date('2026-06-01T00:00:00Z');
const TIMEOUT_MS = SESSION_IDLE_TIMEOUT_SECONDS * 1000;

describe('deleteExpiredSessions', () => {
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
    expect(await deleteExpiredSessions(db, NOW)).toBe(1);
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

describe('session lifecycle', () => {
  async function withUser() {
    const db = await createTestDb();
    await db.insert(users).values({ id: 'u1', email: 'ada@example.com', displayName: 'Ada', createdAt: NOW, updatedAt: NOW });
    return db;
  }
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

  it('stores only the hash of the secret and validates the token it handed out', async () => {
    const db = await withUser();
    const { token } = await createSession(db, 'u1', 'Firefox on Linux', NOW);
    const [row] = await db.select().from(sessions);
    expect(token.startsWith(`${row!.id}.`)).toBe(true);
    expect(Buffer.from(row!.secretHash).toString('latin1')).not.toContain(token.split('.')[1]!);
    const session = await validateSessionToken(db, token, at(60));
    expect(session?.user).toMatchObject({ id: 'u1', displayName: 'Ada', role: 'reader' });
  });

  it('rejects a token whose secret was altered, and one for a session that does not exist', async () => {
    const db = await withUser();
    const { token } = await createSession(db, 'u1', null, NOW);
    const [id, secret] = token.split('.') as [string, string];
    const altered = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
    expect(await validateSessionToken(db, altered, NOW)).toBeNull();
    expect(await validateSessionToken(db, `${'a'.repeat(32)}.${secret}`, NOW)).toBeNull();
  });

  it('writes the idle clock at most hourly', async () => {
    const db = await withUser();
    const { token } = await createSession(db, 'u1', null, NOW);
    expect((await validateSessionToken(db, token, at(59 * 60)))?.refreshed).toBe(false);
    expect((await db.select().from(sessions))[0]!.lastVerifiedAt).toEqual(NOW);
    expect((await validateSessionToken(db, token, at(61 * 60)))?.refreshed).toBe(true);
    expect((await db.select().from(sessions))[0]!.lastVerifiedAt).toEqual(at(61 * 60));
  });

  it('deletes an idle-expired session when it is presented', async () => {
    const db = await withUser();
    const { token } = await createSession(db, 'u1', null, NOW);
    expect(await validateSessionToken(db, token, at(SESSION_IDLE_TIMEOUT_SECONDS))).toBeNull();
    expect(await db.select().from(sessions)).toEqual([]);
  });

  it('signs out one session, or every session but the current one', async () => {
    const db = await withUser();
    const first = await createSession(db, 'u1', 'A', NOW);
    const second = await createSession(db, 'u1', 'B', at(1));
    const third = await createSession(db, 'u1', 'C', at(2));
    await invalidateSession(db, first.token.split('.')[0]!);
    expect(await validateSessionToken(db, first.token, at(3))).toBeNull();
    expect(await invalidateUserSessions(db, 'u1', third.token.split('.')[0])).toBe(1);
    expect(await validateSessionToken(db, second.token, at(3))).toBeNull();
    expect((await listUserSessions(db, 'u1')).map((s) => s.device)).toEqual(['C']);
  });
});
