import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { SESSION_IDLE_TIMEOUT_SECONDS } from '../auth/session-policy';
import worker from '../index';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('scheduled()', () => {
  it('removes sessions idle past the timeout and keeps the rest', async () => {
    const db = createDb(env);
    const now = new Date('2026-06-01T12:00:00Z');
    const idleCutoff = now.getTime() - SESSION_IDLE_TIMEOUT_SECONDS * 1000;
    await db.insert(users).values({ id: 'u1', email: 'u1@example.com', displayName: 'U1', createdAt: now, updatedAt: now });
    const session = (id: string, lastVerifiedAt: number) => ({
      id,
      userId: 'u1',
      secretHash: Buffer.alloc(32),
      createdAt: new Date(lastVerifiedAt),
      lastVerifiedAt: new Date(lastVerifiedAt),
    });
    await db.insert(sessions).values([session('idle', idleCutoff - DAY_MS), session('fresh', idleCutoff + DAY_MS)]);

    const ctx = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime: now, cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);

    const left = await db.select({ id: sessions.id }).from(sessions);
    expect(left.map((row) => row.id)).toEqual(['fresh']);
  });
});
