// The session cookie (HttpOnly; the token) and its hint (readable by scripts; no identifier), set
// and cleared together. Pages stay static and cookie-free for readers: the account menu calls
// /api/auth/me only when the hint says someone is signed in.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'blogx_session';
export const SIGNED_IN_HINT_COOKIE = 'blogx_signed_in';

/** Secure everywhere but plain-HTTP localhost, where browsers would drop a Secure cookie from http. */
function isSecureContext(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookies(c: Context, token: string, expiresAt: Date): void {
  const options = { path: '/', sameSite: 'Lax', secure: isSecureContext(c), expires: expiresAt } as const;
  setCookie(c, SESSION_COOKIE, token, { ...options, httpOnly: true });
  setCookie(c, SIGNED_IN_HINT_COOKIE, '1', options);
}

export function clearSessionCookies(c: Context): void {
  const options = { path: '/', secure: isSecureContext(c) };
  deleteCookie(c, SESSION_COOKIE, options);
  deleteCookie(c, SIGNED_IN_HINT_COOKIE, options);
}

/** Short-lived cookies of a social sign-in in progress: state, PKCE verifier, where to go after. */
export const OAUTH_COOKIES = { state: 'blogx_oauth_state', verifier: 'blogx_oauth_verifier', next: 'blogx_oauth_next' } as const;
const OAUTH_COOKIE_PATH = '/api/auth/oauth';
export const OAUTH_COOKIE_MAX_AGE_SECONDS = 600;

export function setOAuthCookies(c: Context, values: Record<keyof typeof OAUTH_COOKIES, string>): void {
  for (const [key, name] of Object.entries(OAUTH_COOKIES)) {
    setCookie(c, name, values[key as keyof typeof OAUTH_COOKIES], {
      path: OAUTH_COOKIE_PATH,
      httpOnly: true,
      secure: isSecureContext(c),
      sameSite: 'Lax',
      maxAge: OAUTH_COOKIE_MAX_AGE_SECONDS,
    });
  }
}

/** Reads and clears them: each sign-in attempt can be completed once. */
export function takeOAuthCookies(c: Context): Partial<Record<keyof typeof OAUTH_COOKIES, string>> {
  const values: Partial<Record<keyof typeof OAUTH_COOKIES, string>> = {};
  for (const [key, name] of Object.entries(OAUTH_COOKIES)) {
    values[key as keyof typeof OAUTH_COOKIES] = getCookie(c, name);
    deleteCookie(c, name, { path: OAUTH_COOKIE_PATH, secure: isSecureContext(c) });
  }
  return values;
}
