import { env, SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { outbox } from '../../db/schema/outbox';
import { signIn as signInFlow, verifyEmail as verifyEmailFlow } from '../auth/accounts';
import { countPasswordHashComputations } from '../auth/password-hash';
import { api, errorOf, postJson } from './helpers';
import { apiAs, db, latestMail, newClient, PASSWORD, sessionCookieOf, signedInUser, signIn, signUp, tokenIn, uniqueEmail } from './accounts';

describe('sign-up and email verification', () => {
  it('creates an unverified account, sets no cookie and emails a single-use link', async () => {
    const email = uniqueEmail();
    const res = await signUp(email, 'Ada');
    expect(res.headers.getSetCookie()).toEqual([]);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ displayName: 'Ada', role: 'reader', emailVerifiedAt: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const token = tokenIn((await latestMail(email, 'verify_email')).text);
    expect(token).not.toBeNull();
    const verified = await postJson('/auth/verify', { token });
    expect(verified.status).toBe(200);
    expect((await verified.json()) as object).toMatchObject({ user: { email, emailVerified: true } });
    const again = await postJson('/auth/verify', { token });
    expect(again.status).toBe(400);
    expect(await errorOf(again)).toMatchObject({ code: 'invalid_token' });
  });

  it('answers a taken email exactly like a new one, creates nothing and mails the owner instead', async () => {
    const email = uniqueEmail();
    const first = await signUp(email, 'Owner');
    const second = await signUp(email.toUpperCase(), 'Impostor', 'another long passphrase');
    expect(second.status).toBe(first.status);
    expect(await second.json()).toEqual(await first.json());
    const rows = await db().select().from(users).where(eq(users.email, email));
    expect(rows.map((u) => u.displayName)).toEqual(['Owner']);
    expect((await latestMail(email, 'reset_password')).html).toContain('Owner');
  });

  it('makes the newest verification link the only one that works', async () => {
    const { email, token } = await signedInUser();
    await db().update(users).set({ emailVerifiedAt: null }).where(eq(users.email, email));
    const verifyTokens = async () =>
      (await db().select().from(outbox).where(eq(outbox.to, email))).filter((m) => m.template === 'verify_email').map((m) => tokenIn(m.text));
    const seen = new Set(await verifyTokens());
    const resend = async () => {
      expect((await apiAs(token, '/auth/verify/resend', { method: 'POST', headers: newClient() })).status).toBe(202);
      const fresh = (await verifyTokens()).filter((t) => !seen.has(t));
      expect(fresh).toHaveLength(1);
      seen.add(fresh[0]!);
      return fresh[0]!;
    };
    const first = await resend();
    const second = await resend();
    expect((await postJson('/auth/verify', { token: first })).status).toBe(400);
    expect((await postJson('/auth/verify', { token: second })).status).toBe(200);
  });

  it('rejects common, short and over-long passwords and stores nothing', async () => {
    for (const [password, code] of [
      ['password123', 'password_too_common'],
      ['Qwertyuiop', 'password_too_common'],
      ['short', 'invalid_request'],
      ['x'.repeat(257), 'invalid_request'],
    ] as const) {
      const email = uniqueEmail();
      const res = await postJson('/auth/sign-up', { email, password, displayName: 'X' }, newClient());
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe(code);
      expect(await db().select().from(users).where(eq(users.email, email))).toEqual([]);
    }
  });

  it('keeps a display name full of markup as text, escaped in the email', async () => {
    const email = uniqueEmail();
    const name = '<img src=x onerror=alert(1)>';
    await signUp(email, name);
    const mail = await latestMail(email, 'verify_email');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user!.displayName).toBe(name);
  });
});

describe('sign-in and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie (Secure outside localhost) and a script-readable hint', async () => {
    const email = uniqueEmail();
    await signUp(email);
    const local = await signIn(email);
    expect(local.status).toBe(200);
    const [session, hint] = local.headers.getSetCookie();
    expect(session).toMatch(/^blogx_session=[a-z2-7]{32}\.[a-z2-7]{32}; /);
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    expect(hint).toMatch(/^blogx_signed_in=1; /);
    expect(hint).not.toMatch(/HttpOnly/);
    const remote = await SELF.fetch('https://blog.example/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...newClient() },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(remote.headers.getSetCookie().every((cookie) => /; Secure/.test(cookie))).toBe(true);
  });

  it('answers a wrong password and an unknown email identically, with one hash of work each', async () => {
    const email = uniqueEmail();
    await signUp(email);
    const wrong = await signIn(email, 'not the password at all');
    const unknown = await signIn(uniqueEmail('nobody'), 'not the password at all');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await errorOf(wrong)).toEqual(await errorOf(unknown));

    const ctx = { db: db(), mail: {}, siteUrl: env.SITE_URL, now: new Date() };
    const keys = () => ({ account: `account-${crypto.randomUUID()}`, client: `client-${crypto.randomUUID()}` });
    for (const candidate of [email, uniqueEmail('nobody')]) {
      const before = countPasswordHashComputations();
      await expect(signInFlow(ctx, { email: candidate, password: 'not the password at all', device: null }, keys())).rejects.toMatchObject({ code: 'invalid_credentials' });
      expect(countPasswordHashComputations() - before).toBe(1);
    }
  });

  it('starts a new session on every sign-in and ends the one the browser brought (no fixation)', async () => {
    const { email, token: planted } = await signedInUser();
    const res = await signIn(email, PASSWORD, { cookie: `blogx_session=${planted}` });
    const fresh = sessionCookieOf(res);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(planted);
    expect((await apiAs(planted, '/auth/me')).status).toBe(401);
    expect((await apiAs(fresh!, '/auth/me')).status).toBe(200);
  });

  it('makes the token unusable on the server after sign-out', async () => {
    const { token } = await signedInUser();
    const out = await apiAs(token, '/auth/sign-out', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/blogx_session=;.*Max-Age=0/);
    const me = await apiAs(token, '/auth/me');
    expect(me.status).toBe(401);
    expect(await errorOf(me)).toMatchObject({ code: 'unauthenticated' });
  });

  it('signs out everywhere, and lists and revokes single sessions of its own account only', async () => {
    const { email, token: first } = await signedInUser();
    const second = sessionCookieOf(await signIn(email, PASSWORD, { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0' }))!;
    const list = (await (await apiAs(second, '/auth/sessions')).json()) as { sessions: { id: string; device: string | null; current: boolean }[] };
    expect(list.sessions).toHaveLength(2);
    expect(list.sessions.find((s) => s.current)).toMatchObject({ device: 'Firefox on Linux' });
    const other = await signedInUser();
    const foreign = first.split('.')[0]!;
    expect((await apiAs(other.token, `/auth/sessions/${foreign}`, { method: 'DELETE' })).status).toBe(404);
    expect((await apiAs(first, '/auth/me')).status).toBe(200);
    expect((await apiAs(second, '/auth/sign-out-all', { method: 'POST' })).status).toBe(204);
    expect((await apiAs(first, '/auth/me')).status).toBe(401);
    expect((await apiAs(second, '/auth/me')).status).toBe(401);
  });

  it('locks an account after four failed sign-ins, even for the right password, with Retry-After', async () => {
    const email = uniqueEmail();
    await signUp(email);
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong password ${i}`)).status).toBe(401);
    const locked = await signIn(email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(await errorOf(locked)).toMatchObject({ code: 'rate_limited' });
    expect(sessionCookieOf(locked)).toBeNull();
  });

  it('does not give extra attempts for spoofed forwarding headers', async () => {
    const email = uniqueEmail();
    await signUp(email);
    const client = newClient();
    for (let i = 0; i < 5; i++) {
      await postJson('/auth/sign-in', { email, password: `wrong ${i}` }, { ...client, 'x-forwarded-for': `10.0.0.${i}`, 'x-real-ip': `10.0.1.${i}` });
    }
    const res = await postJson('/auth/sign-in', { email, password: PASSWORD }, { ...client, 'x-forwarded-for': '192.0.2.1' });
    expect(res.status).toBe(429);
  });

  it('refuses a cross-origin sign-in', async () => {
    const res = await postJson('/auth/sign-in', { email: uniqueEmail(), password: PASSWORD }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({ code: 'cross_origin' });
  });
});

describe('password reset', () => {
  it('answers the same for unknown and known addresses; only the known one gets a link', async () => {
    const { email } = await signedInUser();
    const nobody = uniqueEmail('nobody');
    const known = await postJson('/auth/forgot', { email }, newClient());
    const unknown = await postJson('/auth/forgot', { email: nobody }, newClient());
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.json()).toEqual(await unknown.json());
    expect(tokenIn((await latestMail(email, 'reset_password')).text)).not.toBeNull();
    expect(await db().select().from(outbox).where(eq(outbox.to, nobody))).toEqual([]);
  });

  it('sets the new password, ends every session, signs nobody in, notifies, and works once', async () => {
    const { email, token: session } = await signedInUser();
    await postJson('/auth/forgot', { email }, newClient());
    const token = tokenIn((await latestMail(email, 'reset_password')).text);
    const common = await postJson('/auth/reset', { token, password: 'password123' });
    expect(await errorOf(common)).toMatchObject({ code: 'password_too_common' });
    const res = await postJson('/auth/reset', { token, password: 'a brand new passphrase' });
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)).toBeNull();
    expect((await apiAs(session, '/auth/me')).status).toBe(401);
    expect((await db().select().from(sessions)).filter((s) => s.id === session.split('.')[0])).toEqual([]);
    expect((await latestMail(email, 'password_changed')).subject).toMatch(/changed/);
    expect((await signIn(email, PASSWORD)).status).toBe(401);
    expect((await signIn(email, 'a brand new passphrase')).status).toBe(200);
    expect(await errorOf(await postJson('/auth/reset', { token, password: 'yet another passphrase' }))).toMatchObject({ code: 'invalid_token' });
  });

  it('rejects a verification token used as a reset token, and made-up tokens', async () => {
    const email = uniqueEmail();
    await signUp(email);
    const verifyToken = tokenIn((await latestMail(email, 'verify_email')).text);
    for (const token of [verifyToken, 'abc.def', "' OR 1=1 --", '<script>alert(1)</script>']) {
      const res = await postJson('/auth/reset', { token, password: 'a brand new passphrase' });
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_token' });
    }
  });
});

describe('profile', () => {
  it('updates the profile of the signed-in user only, validating every field', async () => {
    const { token } = await signedInUser();
    const ok = await apiAs(token, '/auth/me', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'New Name', bio: 'Writes about Rust.', website: 'https://example.dev', social: { github: 'https://github.com/x' } }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ user: { displayName: 'New Name', website: 'https://example.dev', social: { github: 'https://github.com/x' } } });
    for (const body of [{ website: 'javascript:alert(1)' }, { role: 'admin' }, { displayName: '' }, { social: { myspace: 'https://x' } }, { bio: 'x'.repeat(501) }]) {
      const res = await apiAs(token, '/auth/me', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_request' });
    }
    expect(await (await apiAs(token, '/auth/me')).json()).toMatchObject({ user: { displayName: 'New Name', role: 'reader' } });
    const anonymous = await api('/auth/me', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
  });
});

describe('avatar', () => {
  // A 1 x 1 PNG; its IHDR width and height are bytes 16-23.
  const PNG_1PX = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (ch) => ch.charCodeAt(0));
  const withSize = (px: number) => {
    const bytes = PNG_1PX.slice();
    new DataView(bytes.buffer).setUint32(16, px);
    new DataView(bytes.buffer).setUint32(20, px);
    return bytes;
  };
  const upload = (token: string, body: Uint8Array, type = 'image/png') => apiAs(token, '/auth/me/avatar', { method: 'PUT', headers: { 'content-type': type }, body });

  it('stores a small picture in R2, serves it as an immutable image, and replaces it on the next upload', async () => {
    const { token } = await signedInUser();
    const first = (await (await upload(token, PNG_1PX)).json()) as { user: { avatarUrl: string } };
    expect(first.user.avatarUrl).toMatch(/^\/api\/media\/avatars\/[a-z0-9]+\/[a-z0-9]+\.png$/);
    const served = await api(first.user.avatarUrl.slice('/api'.length));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG_1PX);
    const second = (await (await upload(token, withSize(256))).json()) as { user: { avatarUrl: string } };
    expect(second.user.avatarUrl).not.toBe(first.user.avatarUrl);
    expect((await api(first.user.avatarUrl.slice('/api'.length))).status).toBe(404);
  });

  it('refuses pictures that are too large, not pictures, or sent as another type, and keeps the old one', async () => {
    const { token } = await signedInUser();
    const kept = (await (await upload(token, PNG_1PX)).json()) as { user: { avatarUrl: string } };
    const tooLarge = await upload(token, withSize(600));
    expect(await errorOf(tooLarge)).toMatchObject({ code: 'invalid_image' });
    const svg = await upload(token, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/webp');
    expect(await errorOf(svg)).toMatchObject({ code: 'invalid_image' });
    expect((await upload(token, PNG_1PX, 'image/svg+xml')).status).toBe(415);
    expect((await api('/auth/me/avatar', { method: 'PUT', headers: { 'content-type': 'image/png' }, body: PNG_1PX })).status).toBe(401);
    expect(await (await apiAs(token, '/auth/me')).json()).toMatchObject({ user: { avatarUrl: kept.user.avatarUrl } });
  });
});

describe('roles from configuration', () => {
  it('makes the account that verifies a committed author\'s email that author', async () => {
    await signUp('amara@blogx.example', 'Amara');
    const token = tokenIn((await latestMail('amara@blogx.example', 'verify_email')).text);
    const res = await postJson('/auth/verify', { token });
    expect(await res.json()).toMatchObject({ user: { role: 'author', authorId: 'amara-okafor' } });
  });

  it('makes the account that verifies ADMIN_EMAIL an admin', async () => {
    const email = uniqueEmail('boss');
    await signUp(email);
    const token = tokenIn((await latestMail(email, 'verify_email')).text)!;
    const user = await verifyEmailFlow({ db: db(), mail: {}, siteUrl: env.SITE_URL, adminEmail: email.toUpperCase(), now: new Date() }, token);
    expect(user).toMatchObject({ role: 'admin' });
  });
});

describe('bad input to the account routes', () => {
  it('answers malformed, mistyped, oversized and non-JSON bodies in the one error shape and creates nothing', async () => {
    const email = uniqueEmail('garbage');
    const send = (body: string, type = 'application/json') => api('/auth/sign-up', { method: 'POST', headers: { 'content-type': type, ...newClient() }, body });
    const cases: [Response, number, string][] = [
      [await send('{"email": "x'), 400, 'bad_request'],
      [await send(JSON.stringify({ email, password: 12345678, displayName: ['x'] })), 400, 'invalid_request'],
      [await send(JSON.stringify({ email: "x' OR '1'='1", password: 'a fine long passphrase', displayName: 'X' })), 400, 'invalid_request'],
      [await send(JSON.stringify({ email, password: 'a fine long passphrase', displayName: 'x'.repeat(70_000) })), 413, 'payload_too_large'],
      [await send(`email=${email}&password=whatever`, 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      expect((await errorOf(res)).code).toBe(code);
    }
    expect(await db().select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});
