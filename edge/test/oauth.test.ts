import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { oauthAccounts } from '../../db/schema/oauth-accounts';
import { users } from '../../db/schema/users';
import { api } from './helpers';
import { apiAs, db, sessionCookieOf, signUp, uniqueEmail } from './accounts';
import { mintAuthorizationCode, type StandInProfile } from './oauth-stand-in';

type Provider = 'github' | 'google';

/** Starts a sign-in, lets the stand-in provider "consent", and follows the callback. */
async function socialSignIn(provider: Provider, profile: StandInProfile, options: { next?: string; tamperState?: boolean; wrongVerifier?: boolean } = {}) {
  const start = await api(`/auth/oauth/${provider}${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  const cookies = start.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const challenge = options.wrongVerifier ? createHash('sha256').update('another verifier').digest('base64url') : authorize.searchParams.get('code_challenge')!;
  const state = options.tamperState ? 'x'.repeat(43) : authorize.searchParams.get('state')!;
  const callback = await api(`/auth/oauth/${provider}/callback?code=${mintAuthorizationCode(profile, challenge)}&state=${state}`, {
    redirect: 'manual',
    headers: { cookie: cookies },
  });
  return { start, authorize, callback, session: sessionCookieOf(callback), location: callback.headers.get('location') };
}

const profile = (overrides: Partial<StandInProfile> = {}): StandInProfile => ({
  id: String(Math.floor(Math.random() * 1e9)),
  email: uniqueEmail('social'),
  emailVerified: true,
  name: 'Grace Hopper',
  ...overrides,
});

describe('social sign-in (OAuth 2.0 with state and PKCE)', () => {
  it('lists the configured providers', async () => {
    expect(await (await api('/auth/oauth/providers')).json()).toEqual({ providers: ['github', 'google'] });
  });

  it('starts with short-lived HttpOnly state and verifier cookies and an S256 challenge', async () => {
    const start = await api('/auth/oauth/github?next=/posts/x/', { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe('https://github.com/login/oauth/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe('http://localhost:8787/api/auth/oauth/github/callback');
    const cookies = start.headers.getSetCookie();
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['blogx_oauth_state', 'blogx_oauth_verifier', 'blogx_oauth_next']);
    for (const cookie of cookies) expect(cookie).toMatch(/Max-Age=600; Path=\/api\/auth\/oauth; HttpOnly; SameSite=Lax/);
  });

  it.each(['github', 'google'] as const)('creates a verified account on first %s sign-in and returns to the page it started from', async (provider) => {
    const who = profile();
    const { session, location } = await socialSignIn(provider, who, { next: '/posts/hello/' });
    expect(location).toBe('/posts/hello/');
    expect(session).not.toBeNull();
    const me = (await (await apiAs(session!, '/auth/me')).json()) as { user: { email: string; emailVerified: boolean; displayName: string } };
    expect(me.user).toMatchObject({ email: who.email, emailVerified: true, displayName: 'Grace Hopper' });
    const again = await socialSignIn(provider, { ...who, email: uniqueEmail('changed-at-provider') });
    expect((await (await apiAs(again.session!, '/auth/me')).json()) as object).toMatchObject({ user: { email: who.email } });
  });

  it('links an existing account only through a verified address', async () => {
    const email = uniqueEmail('local');
    await signUp(email);
    const unverified = await socialSignIn('github', profile({ email }));
    expect(unverified.session).toBeNull();
    expect(unverified.location).toBe('/account/sign-in/?error=oauth_account_unverified');
    await db().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, email));
    const linked = await socialSignIn('github', profile({ email }));
    expect(linked.session).not.toBeNull();
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(await db().select().from(oauthAccounts).where(eq(oauthAccounts.userId, user!.id))).toHaveLength(1);
  });

  it('refuses a provider identity without a verified email', async () => {
    const { session, location } = await socialSignIn('google', profile({ emailVerified: false }));
    expect(session).toBeNull();
    expect(location).toBe('/account/sign-in/?error=oauth_email_unverified');
  });

  it('refuses a callback whose state does not match the cookie, or whose PKCE verifier fails', async () => {
    const tampered = await socialSignIn('github', profile(), { tamperState: true });
    expect([tampered.session, tampered.location]).toEqual([null, '/account/sign-in/?error=oauth_state_mismatch']);
    const stolenCode = await socialSignIn('github', profile(), { wrongVerifier: true });
    expect([stolenCode.session, stolenCode.location]).toEqual([null, '/account/sign-in/?error=oauth_failed']);
  });

  it('refuses a callback without the cookies set at its start, and an off-site next', async () => {
    const noCookies = await api(`/auth/oauth/github/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(noCookies.headers.get('location')).toBe('/account/sign-in/?error=oauth_state_mismatch');
    const offsite = await socialSignIn('github', profile(), { next: '//evil.example/' });
    expect(offsite.location).toBe('/');
  });
});
