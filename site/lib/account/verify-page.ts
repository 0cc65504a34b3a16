// /account/verify/?token=…: see site/pages/account/verify.astro.
import { requestApi } from '../api/request';
import { parseMessageBody, parseUserBody } from './account';
import { mapApiFailure } from './form-errors';
import { $, takeToken } from './dom';
import { signInUrl } from './next-url';
import { loadAccount } from './session';

function setResult(kind: 'success' | 'error' | 'info', text: string, next?: { href: string; label: string }): void {
  const box = $('[data-verify-result]');
  box.className = `notice${kind === 'info' ? '' : ` notice-${kind}`}`;
  $('[data-verify-text]').textContent = text;
  const nextLine = $('[data-verify-next]');
  nextLine.hidden = !next;
  if (next) {
    const link = document.createElement('a');
    link.href = next.href;
    link.textContent = next.label;
    nextLine.replaceChildren(link);
  }
}

async function offerResend(): Promise<void> {
  const state = await loadAccount();
  if (state.status !== 'signed-in' || state.account.emailVerified) return;
  const section = $('[data-verify-resend]');
  const button = $<HTMLButtonElement>('[data-verify-resend-button]');
  const status = $('[data-verify-resend-status]');
  $('[data-verify-email]').textContent = state.account.email;
  section.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Sending…';
    const result = await requestApi('/api/auth/verify/resend', { method: 'POST', parse: parseMessageBody });
    button.disabled = false;
    status.textContent = result.ok ? `${result.data} Check ${state.account.email}.` : (mapApiFailure(result.error, { fields: [] }).form ?? '');
  });
}

export async function initVerifyPage(): Promise<void> {
  const token = takeToken();
  if (!token) {
    const state = await loadAccount();
    if (state.status === 'signed-in' && state.account.emailVerified) {
      setResult('success', `Your address ${state.account.email} is already confirmed.`, { href: '/account/settings/', label: 'Go to your settings' });
    }
    await offerResend();
    return;
  }
  setResult('info', 'Confirming your address…');
  const result = await requestApi('/api/auth/verify', { method: 'POST', body: { token }, parse: parseUserBody });
  if (result.ok) {
    const signedIn = (await loadAccount()).status === 'signed-in';
    setResult(
      'success',
      `Thank you, ${result.data.displayName}: ${result.data.email} is confirmed.`,
      signedIn ? { href: '/account/settings/', label: 'Go to your settings' } : { href: '/account/sign-in/', label: 'Sign in' },
    );
    return;
  }
  if (result.error.code !== 'invalid_token') {
    setResult('error', mapApiFailure(result.error, { fields: [] }).form ?? 'Something went wrong.');
    return;
  }
  const state = await loadAccount();
  if (state.status !== 'signed-in') {
    setResult('error', 'This link is invalid, used or expired. Sign in to ask for a new one.', { href: signInUrl('/account/verify/'), label: 'Sign in' });
  } else if (state.account.emailVerified) {
    setResult('success', `This link was already used: your address ${state.account.email} is confirmed.`, { href: '/account/settings/', label: 'Go to your settings' });
  } else {
    setResult('error', 'This link is invalid, used or expired. Ask for a new one below.');
    await offerResend();
  }
}
