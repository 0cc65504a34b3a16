import { describe, expect, it } from 'vitest';
import { passwordChangedMail, resetPasswordMail, verifyEmailMail } from './templates';

describe('mail templates', () => {
  it('carry the link in both the HTML and the text part', async () => {
    const link = 'http://localhost:8787/account/verify/?token=abc.def';
    const mail = await verifyEmailMail({ displayName: 'Ada', link, hours: 24 });
    expect(mail.template).toBe('verify_email');
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('24 hours');
  });

  it('escape a display name full of markup in the HTML part', async () => {
    const mail = await resetPasswordMail({ displayName: '<img src=x onerror=alert(1)>"Eve"', link: 'http://x/r', minutes: 60 });
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.text).toContain('<img src=x onerror=alert(1)>"Eve"'); // plain text is not HTML
  });

  it('tell the user their password changed, with a way back if it was not them', async () => {
    const mail = await passwordChangedMail({ displayName: 'Ada', resetLink: 'http://x/account/forgot/' });
    expect(mail.subject).toMatch(/password was changed/);
    expect(mail.text).toContain('http://x/account/forgot/');
  });
});
