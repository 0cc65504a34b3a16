// Who is signed in, asked once per page load and shared by everything on the page that cares (the
// header's account menu, the settings page, the sign-in page). Nothing is asked without the hint
// cookie. Changes (sign-in, profile saved, sign-out) are published as a document event so every
// part of the page shows the same account.
import { requestApi, type ApiFailure } from '../api/request';
import { parseUserBody, type Account } from './account';
import { ACCOUNT_CHANGED_EVENT, clearedHintCookie, hasSignedInHint } from './signed-in-hint';

export type AccountState = { status: 'signed-in'; account: Account } | { status: 'signed-out' } | { status: 'unknown'; error: ApiFailure };

let loading: Promise<AccountState> | undefined;

function forgetHint(): void {
  document.cookie = clearedHintCookie(location.protocol === 'https:');
  delete document.documentElement.dataset.signedIn;
}

/** The account of this browser, from /api/auth/me; signed out without asking when there is no hint. */
export function loadAccount(): Promise<AccountState> {
  loading ??= (async (): Promise<AccountState> => {
    if (!hasSignedInHint(document.cookie)) return { status: 'signed-out' };
    const result = await requestApi('/api/auth/me', { parse: parseUserBody });
    if (result.ok) return { status: 'signed-in', account: result.data };
    if (result.error.status === 401) {
      forgetHint();
      return { status: 'signed-out' };
    }
    return { status: 'unknown', error: result.error };
  })();
  return loading;
}

/** Tell the page the account changed (null: signed out). */
export function publishAccount(account: Account | null): void {
  const state: AccountState = account ? { status: 'signed-in', account } : { status: 'signed-out' };
  if (account) document.documentElement.dataset.signedIn = '';
  else forgetHint();
  loading = Promise.resolve(state);
  document.dispatchEvent(new CustomEvent<AccountState>(ACCOUNT_CHANGED_EVENT, { detail: state }));
}

/** POST /api/auth/sign-out, then tell the page. The server clears both cookies. */
export async function signOut(): Promise<ApiFailure | null> {
  const result = await requestApi('/api/auth/sign-out', { method: 'POST' });
  if (!result.ok) return result.error;
  publishAccount(null);
  return null;
}
