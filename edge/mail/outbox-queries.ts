// The outbox: every message is stored before delivery is tried, so a provider outage loses
// nothing; cron retries what is still pending.
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outbox } from '../../db/schema/outbox';
import { generateRandomId } from '../auth/secret-token';
import type { MailProvider, OutgoingMail } from './providers';

/** After this many failed attempts a message stays `failed` for an admin to look at. */
export const MAX_MAIL_ATTEMPTS = 5;

export async function enqueueMail(db: Db, mail: OutgoingMail, now: Date): Promise<string> {
  const id = generateRandomId();
  await db.insert(outbox).values({ id, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, template: mail.template, createdAt: now });
  return id;
}

/** One delivery attempt; the outcome is recorded on the row, never thrown to the caller's flow. */
export async function deliverMail(db: Db, provider: MailProvider, id: string, mail: OutgoingMail, attempts: number, now: Date): Promise<boolean> {
  try {
    await provider.send(mail);
    await db.update(outbox).set({ status: 'sent', attempts: attempts + 1, sentAt: now, lastError: null }).where(eq(outbox.id, id));
    return true;
  } catch (error) {
    const status = attempts + 1 >= MAX_MAIL_ATTEMPTS ? 'failed' : 'pending';
    await db.update(outbox).set({ status, attempts: attempts + 1, lastError: String(error) }).where(eq(outbox.id, id));
    return false;
  }
}

/** Retries pending messages older than a minute (cron). Returns how many went out. */
export async function retryPendingMail(db: Db, provider: MailProvider, from: string, now: Date): Promise<number> {
  const due = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lt(outbox.createdAt, new Date(now.getTime() - 60_000))))
    .limit(50);
  let sent = 0;
  for (const row of due) {
    if (await deliverMail(db, provider, row.id, { ...row, from }, row.attempts, now)) sent += 1;
  }
  return sent;
}

export type OutboxRow = typeof outbox.$inferSelect;

export async function listOutbox(db: Db, options: { limit: number; to?: string }): Promise<OutboxRow[]> {
  const query = db.select().from(outbox);
  return (options.to ? query.where(eq(outbox.to, options.to)) : query).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(options.limit);
}

export async function getOutboxMessages(db: Db, ids: string[]): Promise<OutboxRow[]> {
  return ids.length ? db.select().from(outbox).where(inArray(outbox.id, ids)) : [];
}
