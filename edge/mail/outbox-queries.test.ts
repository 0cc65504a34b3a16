import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/test-db';
import { outbox } from '../../db/schema/outbox';
import { deliverMail, enqueueMail, listOutbox, MAX_MAIL_ATTEMPTS, retryPendingMail } from './outbox-queries';
import type { MailProvider, OutgoingMail } from './providers';

const NOW = new Date('2026-06-01T12:00:00Z');
const MAIL: OutgoingMail = { to: 'ada@example.com', from: 'BlogX <no-reply@x>', template: 'verify_email', subject: 'S', html: '<p>h</p>', text: 't' };
const failing: MailProvider = { name: 'down', send: async () => Promise.reject(new Error('provider down')) };
const delivered: OutgoingMail[] = [];
const working: MailProvider = { name: 'up', send: async (mail) => void delivered.push(mail) };

describe('outbox', () => {
  it('keeps a message whose delivery failed as pending, with the error, and sends it on retry', async () => {
    const db = await createTestDb();
    const id = await enqueueMail(db, MAIL, NOW);
    expect(await deliverMail(db, failing, id, MAIL, 0, NOW)).toBe(false);
    expect((await listOutbox(db, { limit: 10 }))[0]).toMatchObject({ id, status: 'pending', attempts: 1, lastError: 'Error: provider down' });
    expect(await retryPendingMail(db, working, MAIL.from, new Date(NOW.getTime() + 120_000))).toBe(1);
    expect((await listOutbox(db, { limit: 10 }))[0]).toMatchObject({ id, status: 'sent', attempts: 2, lastError: null });
    expect(delivered.at(-1)).toMatchObject({ to: MAIL.to, subject: 'S' });
  });

  it('gives up after the last attempt and marks the message failed', async () => {
    const db = await createTestDb();
    const id = await enqueueMail(db, MAIL, NOW);
    await deliverMail(db, failing, id, MAIL, MAX_MAIL_ATTEMPTS - 1, NOW);
    const [row] = await db.select().from(outbox);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS });
  });

  it('lists newest first and filters by recipient', async () => {
    const db = await createTestDb();
    await enqueueMail(db, MAIL, NOW);
    await enqueueMail(db, { ...MAIL, to: 'bob@example.com', subject: 'later' }, new Date(NOW.getTime() + 1000));
    expect((await listOutbox(db, { limit: 10 })).map((m) => m.subject)).toEqual(['later', 'S']);
    expect((await listOutbox(db, { limit: 10, to: 'ada@example.com' })).map((m) => m.to)).toEqual(['ada@example.com']);
  });
});
