// Every email the product sends, as subject + HTML + plain text from one set of inputs. Values
// that came from users (display names) are escaped by hono/html's template tag.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export interface RenderedMail {
  template: string;
  subject: string;
  html: string;
  text: string;
}

const SITE_NAME = 'BlogX';

/** The shared HTML frame: inline styles only, since mail clients drop <style> and external CSS. */
function layout(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1d23">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;line-height:1.5">
<p style="margin:0 0 24px;font-weight:800;font-size:18px;color:#2357c6">${SITE_NAME}</p>
${body}
<p style="margin:32px 0 0;font-size:13px;color:#5b6270">You get this email because of an account on ${SITE_NAME}. If that was not you, ignore it; nothing changes.</p>
</div>
</body>
</html>`;
}

const button = (href: string, label: string) =>
  html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#2357c6;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${label}</a></p>
<p style="font-size:13px;color:#5b6270">Or paste this link into your browser:<br><span style="word-break:break-all">${href}</span></p>`;

async function render(template: string, subject: string, body: HtmlEscapedString | Promise<HtmlEscapedString>, text: string[]): Promise<RenderedMail> {
  return { template, subject, html: String(await layout(subject, body)), text: `${text.join('\n\n')}\n\n-- ${SITE_NAME}\n` };
}

export function verifyEmailMail(input: { displayName: string; link: string; hours: number }): Promise<RenderedMail> {
  const subject = `Confirm your email for ${SITE_NAME}`;
  return render(
    'verify_email',
    subject,
    html`<p>Hi ${input.displayName},</p><p>Confirm this address to comment as a member and write on ${SITE_NAME}. The link works once, for ${input.hours} hours.</p>${button(input.link, 'Confirm email')}`,
    [`Hi ${input.displayName},`, `Confirm this address to comment as a member and write on ${SITE_NAME}. The link works once, for ${input.hours} hours:`, input.link],
  );
}

export function resetPasswordMail(input: { displayName: string; link: string; minutes: number }): Promise<RenderedMail> {
  const subject = `Reset your ${SITE_NAME} password`;
  return render(
    'reset_password',
    subject,
    html`<p>Hi ${input.displayName},</p><p>Someone asked to reset the password of this account. The link works once, for ${input.minutes} minutes. Resetting signs you out everywhere.</p>${button(input.link, 'Choose a new password')}`,
    [`Hi ${input.displayName},`, `Someone asked to reset the password of this account. The link works once, for ${input.minutes} minutes. Resetting signs you out everywhere:`, input.link],
  );
}

export function passwordChangedMail(input: { displayName: string; resetLink: string }): Promise<RenderedMail> {
  const subject = `Your ${SITE_NAME} password was changed`;
  return render(
    'password_changed',
    subject,
    html`<p>Hi ${input.displayName},</p><p>The password of your account was just changed and every session was signed out. If you did not do this, reset your password now.</p>${button(input.resetLink, 'Reset password')}`,
    [`Hi ${input.displayName},`, 'The password of your account was just changed and every session was signed out. If you did not do this, reset your password now:', input.resetLink],
  );
}
