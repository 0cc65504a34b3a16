// The signed-in half of <account-menu> (./account-menu), loaded only when someone is signed in:
// asks /api/auth/me once (shared with the page through ./session), shows the display name as text
// and runs a disclosure menu (Settings, the admin pages the role allows, Sign out). Escape, a click
// outside or focus leaving closes it.
import { initialOf, menuLinksFor, type Account } from './account';
import { loadAccount, signOut, type AccountState } from './session';

/** Pages that show account data mark their content with this; signing out there reloads them. */
export const ACCOUNT_REQUIRED_SELECTOR = '[data-account-required]';

const wired = new WeakSet<HTMLElement>();

function parts(menu: HTMLElement) {
  const q = <T extends HTMLElement>(selector: string) => menu.querySelector<T>(selector);
  return {
    trigger: q<HTMLButtonElement>('[data-account-trigger]'),
    panel: q('[data-account-panel]'),
    text(selector: string, text: string) {
      const element = q(selector);
      if (element) element.textContent = text;
    },
    q,
  };
}

function setOpen(menu: HTMLElement, open: boolean): void {
  const { trigger, panel } = parts(menu);
  if (!panel || !trigger) return;
  panel.hidden = !open;
  trigger.setAttribute('aria-expanded', String(open));
}

function wire(menu: HTMLElement): void {
  if (wired.has(menu)) return;
  wired.add(menu);
  const { trigger, panel, q } = parts(menu);
  trigger?.addEventListener('click', () => setOpen(menu, panel?.hasAttribute('hidden') ?? false));
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel?.hasAttribute('hidden')) return;
    setOpen(menu, false);
    trigger?.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node | null)) setOpen(menu, false);
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node | null)) setOpen(menu, false);
  });
  const signOutButton = q<HTMLButtonElement>('[data-account-sign-out]');
  signOutButton?.addEventListener('click', async () => {
    signOutButton.disabled = true;
    parts(menu).text('[data-account-error]', '');
    const failure = await signOut();
    signOutButton.disabled = false;
    if (failure) {
      parts(menu).text('[data-account-error]', `Could not sign out: ${failure.message}`);
      return;
    }
    if (document.querySelector(ACCOUNT_REQUIRED_SELECTOR)) location.reload();
    else q<HTMLAnchorElement>('[data-account-sign-in]')?.focus();
  });
}

function render(menu: HTMLElement, state: AccountState): void {
  if (state.status === 'signed-out') {
    setOpen(menu, false);
    return;
  }
  wire(menu);
  const { text, q } = parts(menu);
  const account: Account | null = state.status === 'signed-in' ? state.account : null;
  const name = account?.displayName ?? 'Account';
  text('[data-account-name]', name);
  parts(menu).trigger?.setAttribute('title', name);
  text('[data-account-full-name]', name);
  text('[data-account-email]', account?.email ?? '');
  const avatar = q('[data-account-initial]');
  if (avatar) {
    avatar.replaceChildren();
    if (account?.avatarUrl) {
      const img = document.createElement('img');
      img.alt = '';
      img.src = account.avatarUrl;
      avatar.append(img);
    } else if (account) {
      avatar.textContent = initialOf(account.displayName);
    }
  }
  const allowed = new Set(menuLinksFor(account?.role ?? 'reader').map((link) => link.href));
  for (const item of menu.querySelectorAll<HTMLElement>('li[data-role]')) {
    item.hidden = !allowed.has(item.querySelector('a')?.getAttribute('href') ?? '');
  }
}

/** Shows `state`, or the account from /api/auth/me when none is given. */
export async function upgradeAccountMenu(menu: HTMLElement, state?: AccountState): Promise<void> {
  // The button shows from first paint when the hint is there: make it work before /me answers.
  wire(menu);
  render(menu, state ?? (await loadAccount()));
}
