// Where mail goes. Locally (no provider configured) the outbox table is the inbox: the message is
// marked sent and its first link printed to the console. In production an HTTP provider (Resend)
// takes it; both sit behind MailProvider, so the flows never know which one runs.
import type { RenderedMail } from './templates';

export interface OutgoingMail extends RenderedMail {
  to: string;
  from: string;
}

export interface MailProvider {
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
}

export interface MailEnv {
  MAIL_FROM?: string;
  /** Set (as a secret) to deliver through Resend; unset means local development. */
  RESEND_API_KEY?: string;
}

export const DEFAULT_MAIL_FROM = 'BlogX <no-reply@blogx.localhost>';

/** Local development: nothing leaves the machine; /admin/outbox/ shows what would have. */
export const localProvider: MailProvider = {
  name: 'local',
  async send(mail) {
    const link = mail.text.match(/https?:\/\/\S+/)?.[0];
    console.log(`[mail] ${mail.template} to ${mail.to}${link ? `: ${link}` : ''}`);
  },
};

export function resendProvider(apiKey: string, fetcher: typeof fetch = fetch): MailProvider {
  return {
    name: 'resend',
    async send(mail) {
      const res = await fetcher('https://api.resend.com/emails', {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ from: mail.from, to: [mail.to], subject: mail.subject, html: mail.html, text: mail.text }),
      });
      if (!res.ok) throw new Error(`Resend answered ${res.status}`);
    },
  };
}

export function createMailProvider(env: MailEnv): MailProvider {
  return env.RESEND_API_KEY ? resendProvider(env.RESEND_API_KEY) : localProvider;
}
