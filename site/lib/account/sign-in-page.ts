// /account/sign-in/: see site/pages/account/sign-in.astro.
import { requestApi } from '../api/request';
import { expectRecord, isRecord, parseUserBody } from './account';
import { $ } from './dom';
import { bindForm } from './form-controller';
import { checkSignIn } from './entry-forms';
import { safeNextPath } from '../../../edge/auth/next-path';
import { loadAccount, publishAccount } from './session';

/** Social sign-in providers this page knows how to label; anything else the API lists is ignored. */
const PROVIDER_LABELS: Record<string, string> = { github: 'GitHub', google: 'Google' };

/** `{ providers: ['github'] }` or `{ providers: [{ id: 'github' }] }`, known ids only. */
export function readProviders(body: unknown): string[] {
  const list = expectRecord(body, 'body').providers;
  if (!Array.isArray(list)) return [];
  const ids = list.map((item) => (typeof item === 'string' ? item : isRecord(item) && typeof item.id === 'string' ? item.id : ''));
  return [...new Set(ids.filter((id) => id in PROVIDER_LABELS))];
}

async function showProviders(next: string): Promise<void> {
  const result = await requestApi('/api/auth/oauth/providers', { parse: readProviders });
  if (!result.ok || result.data.length === 0) return;
  const box = $('[data-oauth-providers]');
  const list = $('ul', box);
  for (const id of result.data) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'button button-wide';
    link.href = `/api/auth/oauth/${id}?${new URLSearchParams({ next })}`;
    link.textContent = `Continue with ${PROVIDER_LABELS[id]}`;
    item.append(link);
    list.append(item);
  }
  box.hidden = false;
}

export function initSignInPage(): void {
  const form = $<HTMLFormElement>('form[data-sign-in-form]');
  const next = safeNextPath(new URLSearchParams(location.search).get('next'));

  void loadAccount().then((state) => {
    if (state.status !== 'signed-in') return;
    const note = $('[data-already-signed-in]');
    const link = document.createElement('a');
    link.href = next;
    link.textContent = 'Continue';
    note.replaceChildren(`You are signed in as ${state.account.displayName}. `, link, ' or sign in as someone else below.');
    note.hidden = false;
  });
  void showProviders(next);

  bindForm(form, {
    check: checkSignIn,
    send: (body) => requestApi('/api/auth/sign-in', { method: 'POST', body, parse: parseUserBody }),
    busyText: 'Signing in…',
    onSuccess: (account) => {
      publishAccount(account);
      location.assign(next);
    },
  });
}
