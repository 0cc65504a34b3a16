// The one entry point flows use to send mail: render, store in the outbox, try once.
import type { Db } from '../../db/client';
import { deliverMail, enqueueMail } from './outbox-queries';
import { createMailProvider, DEFAULT_MAIL_FROM, type MailEnv } from './providers';
import type { RenderedMail } from './templates';

export async function sendMail(env: MailEnv, db: Db, to: string, mail: RenderedMail | Promise<RenderedMail>, now: Date): Promise<void> {
  const outgoing = { ...(await mail), to, from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM };
  const id = await enqueueMail(db, outgoing, now);
  await deliverMail(db, createMailProvider(env), id, outgoing, 0, now);
}
