// /account/settings/: see site/pages/account/settings.astro. Everything shown comes from the API
// and goes into the page as text or form values, never as HTML.
import { requestApi, type ApiFailure } from '../api/request';
import { expectRecord, parseMessageBody, parseUserBody, SOCIAL_NETWORKS, type Account } from './account';
import { $ } from './dom';
import { bindForm, setStatus } from './form-controller';
import { mapApiFailure } from './form-errors';
import { checkPasswordChange, checkProfile } from './settings-forms';
import { describeAgo, formatDateTime } from './time';
import { loadAccount, publishAccount } from './session';

export interface SessionInfo {
  id: string;
  device: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export function parseSessions(body: unknown): SessionInfo[] {
  const list = expectRecord(body, 'body').sessions;
  if (!Array.isArray(list)) throw new TypeError('sessions');
  return list.map((item) => {
    const s = expectRecord(item, 'session');
    if (typeof s.id !== 'string' || typeof s.createdAt !== 'string' || typeof s.lastSeenAt !== 'string') throw new TypeError('session');
    return { id: s.id, device: typeof s.device === 'string' ? s.device : null, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.current === true };
  });
}

const failureText = (failure: ApiFailure): string => mapApiFailure(failure, { fields: [] }).form ?? failure.message;

function fillAccount(account: Account): void {
  $('[data-settings-email]').textContent = account.email;
  const badge = $('[data-settings-verified]');
  badge.textContent = account.emailVerified ? 'Confirmed' : 'Not confirmed';
  badge.className = `badge ${account.emailVerified ? 'badge-success' : 'badge-warning'}`;
  $('[data-settings-resend]').hidden = account.emailVerified;
  $<HTMLInputElement>('[data-settings-username]').value = account.email;
}

function fillProfile(form: HTMLFormElement, account: Account): void {
  const set = (name: string, value: string | null | undefined) => {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.value = value ?? '';
  };
  set('displayName', account.displayName);
  set('bio', account.bio);
  set('website', account.website);
  for (const network of SOCIAL_NETWORKS) set(`social.${network}`, account.social[network]);
}

function sessionItem(session: SessionInfo, now: Date, onRevoke: (session: SessionInfo, button: HTMLButtonElement) => void): HTMLLIElement {
  const item = document.createElement('li');
  const info = document.createElement('div');
  const device = document.createElement('span');
  device.className = 'session-device';
  device.textContent = session.device ?? 'Unknown device';
  info.append(device);
  if (session.current) {
    const badge = document.createElement('span');
    badge.className = 'badge badge-success';
    badge.textContent = 'This device';
    info.append(' ', badge);
  }
  const meta = document.createElement('span');
  meta.className = 'session-meta';
  const seen = document.createElement('time');
  seen.dateTime = session.lastSeenAt;
  seen.title = formatDateTime(session.lastSeenAt);
  seen.textContent = describeAgo(session.lastSeenAt, now);
  meta.append(`Signed in ${formatDateTime(session.createdAt)} · last active `, seen);
  info.append(meta);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-small';
  button.textContent = session.current ? 'Sign out here' : 'Sign out';
  const context = document.createElement('span');
  context.className = 'visually-hidden';
  context.textContent = ` of ${device.textContent}, signed in ${formatDateTime(session.createdAt)}`;
  button.append(context);
  button.addEventListener('click', () => onRevoke(session, button));
  item.append(info, button);
  return item;
}

function showAvatar(account: Account): void {
  const slot = $('[data-avatar-slot]');
  if (account.avatarUrl) {
    const image = Object.assign(document.createElement('img'), { src: account.avatarUrl, alt: 'Your picture', width: 96, height: 96 });
    image.dataset.avatarImage = '';
    slot.replaceChildren(image);
  } else {
    slot.replaceChildren();
  }
  $('[data-avatar-remove]').hidden = !account.avatarUrl;
}

function bindAvatar(account: Account): void {
  const status = $('[data-avatar-status]');
  const input = $<HTMLInputElement>('[data-avatar-file]');
  const remove = $<HTMLButtonElement>('[data-avatar-remove]');
  const done = (result: Awaited<ReturnType<typeof requestApi<Account>>>, message: string) => {
    if (!result.ok) {
      status.textContent = failureText(result.error);
      return;
    }
    publishAccount(result.data);
    showAvatar(result.data);
    status.textContent = message;
  };
  showAvatar(account);
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    status.textContent = 'Uploading…';
    let picture: Blob;
    try {
      // Loaded on first use: most visits to this page never change the picture.
      picture = await (await import('./avatar')).resizeAvatar(file);
    } catch {
      status.textContent = 'This file could not be read as a picture. Try a PNG, JPEG or WebP.';
      return;
    } finally {
      input.value = '';
    }
    done(await requestApi('/api/auth/me/avatar', { method: 'PUT', body: picture, parse: parseUserBody }), 'Picture saved.');
  });
  remove.addEventListener('click', async () => {
    status.textContent = 'Removing…';
    done(await requestApi('/api/auth/me/avatar', { method: 'DELETE', parse: parseUserBody }), 'Picture removed.');
  });
}

async function showSessions(): Promise<void> {
  const list = $('[data-session-list]');
  const status = $('[data-sessions-status]');
  const result = await requestApi('/api/auth/sessions', { parse: parseSessions });
  if (!result.ok) {
    status.textContent = `Could not list your sessions: ${failureText(result.error)}`;
    return;
  }
  const revoke = async (session: SessionInfo, button: HTMLButtonElement) => {
    button.disabled = true;
    status.textContent = 'Signing out…';
    const done = await requestApi(`/api/auth/sessions/${encodeURIComponent(session.id)}`, { method: 'DELETE' });
    if (!done.ok) {
      button.disabled = false;
      status.textContent = failureText(done.error);
      return;
    }
    if (session.current) {
      publishAccount(null);
      location.reload();
      return;
    }
    status.textContent = `Signed out of ${session.device ?? 'the unknown device'}.`;
    button.closest('li')?.remove();
    $<HTMLButtonElement>('[data-sign-out-all]').focus();
  };
  const now = new Date();
  // This device first, then the others as the API orders them (most recently seen first).
  const sessions = [...result.data].sort((a, b) => Number(b.current) - Number(a.current));
  list.replaceChildren(...sessions.map((session) => sessionItem(session, now, revoke)));
}

export async function initSettingsPage(): Promise<void> {
  const loading = $('[data-settings-loading]');
  const state = await loadAccount();
  loading.hidden = true;
  if (state.status === 'signed-out') {
    $('[data-settings-signed-out]').hidden = false;
    return;
  }
  if (state.status === 'unknown') {
    $('[data-settings-failed-text]').textContent = `Your account could not be loaded: ${failureText(state.error)} Reload the page to try again.`;
    $('[data-settings-failed]').hidden = false;
    return;
  }
  const account = state.account;
  const profileForm = $<HTMLFormElement>('form[data-profile-form]');
  const passwordForm = $<HTMLFormElement>('form[data-password-form]');
  fillAccount(account);
  fillProfile(profileForm, account);
  bindAvatar(account);
  $('[data-settings-content]').hidden = false;

  bindForm(profileForm, {
    check: checkProfile,
    send: (body) => requestApi('/api/auth/me', { method: 'PATCH', body, parse: parseUserBody }),
    busyText: 'Saving…',
    onSuccess: (updated) => {
      publishAccount(updated);
      fillProfile(profileForm, updated);
      setStatus(profileForm, 'Profile saved.');
    },
  });

  bindForm(passwordForm, {
    check: checkPasswordChange,
    send: (body) => requestApi('/api/auth/password', { method: 'POST', body }),
    busyText: 'Changing your password…',
    errors: { codeFields: { password_too_common: 'newPassword', invalid_credentials: 'currentPassword' } },
    onSuccess: async () => {
      passwordForm.reset();
      $<HTMLInputElement>('[data-settings-username]').value = account.email;
      setStatus(passwordForm, 'Password changed. Every other device was signed out.');
      await showSessions();
    },
  });

  const resend = $<HTMLButtonElement>('[data-settings-resend]');
  resend.addEventListener('click', async () => {
    const status = $('[data-settings-resend-status]');
    resend.disabled = true;
    status.textContent = 'Sending…';
    const result = await requestApi('/api/auth/verify/resend', { method: 'POST', parse: parseMessageBody });
    resend.disabled = false;
    status.textContent = result.ok ? `${result.data} Check ${account.email}.` : failureText(result.error);
  });

  const signOutAll = $<HTMLButtonElement>('[data-sign-out-all]');
  signOutAll.addEventListener('click', async () => {
    signOutAll.disabled = true;
    const result = await requestApi('/api/auth/sign-out-all', { method: 'POST' });
    if (result.ok) {
      publishAccount(null);
      location.reload();
      return;
    }
    signOutAll.disabled = false;
    $('[data-sessions-status]').textContent = failureText(result.error);
  });

  await showSessions();
}
