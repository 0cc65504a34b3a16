// The script-readable `blogx_signed_in=1` cookie that the API sets beside the HttpOnly session
// cookie. It carries no identifier; it only tells pages whether asking /api/auth/me is worth it, so
// anonymous readers make no API call. (Base.astro's inline head script reads it too, by name.)
export const SIGNED_IN_HINT_COOKIE = 'blogx_signed_in';

/** Whether a `document.cookie` string holds the hint. */
export function hasSignedInHint(cookies: string): boolean {
  return cookies.split(';').some((pair) => pair.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}

/** The cookie assignment that removes a stale hint (the session behind it is gone). */
export function clearedHintCookie(secure: boolean): string {
  return `${SIGNED_IN_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Dispatched on document when the account of this page changes (signed in, profile saved, signed out). */
export const ACCOUNT_CHANGED_EVENT = 'blogx:account-changed';
