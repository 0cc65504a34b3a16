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
