// <account-menu> in the header, the part every page loads. Without the signed-in hint cookie it
// does nothing at all: no API call, no cookie, no further code; the static "Sign in" link stays.
// With the hint, or when the page signs someone in, it loads ./account-menu-panel, which asks
// /api/auth/me and fills in the menu.
import type { AccountState } from './session';
import { ACCOUNT_CHANGED_EVENT, hasSignedInHint } from './signed-in-hint';

class AccountMenuElement extends HTMLElement {
  connectedCallback(): void {
    const upgrade = (state?: AccountState) =>
      import('./account-menu-panel').then(({ upgradeAccountMenu }) => upgradeAccountMenu(this, state)).catch(() => undefined);
    document.addEventListener(ACCOUNT_CHANGED_EVENT, (event) => void upgrade((event as CustomEvent<AccountState>).detail));
    if (hasSignedInHint(document.cookie)) void upgrade();
  }
}

export function defineAccountMenu(): void {
  if (!customElements.get('account-menu')) customElements.define('account-menu', AccountMenuElement);
}
