// Small DOM helpers shared by the account page modules.

/** The one element a page module needs; a missing one is a markup bug, caught by the e2e tests. */
export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}

/** Show a hidden success or result panel in place of the form and move focus to it. */
export function reveal(panel: HTMLElement, replaces?: HTMLElement): void {
  if (replaces) replaces.hidden = true;
  panel.hidden = false;
  if (!panel.hasAttribute('tabindex')) panel.tabIndex = -1;
  panel.focus();
}

/** Reads a token from the page URL and removes it from the address bar and history. */
export function takeToken(param = 'token'): string | null {
  const url = new URL(location.href);
  const token = url.searchParams.get(param);
  if (token !== null) {
    url.searchParams.delete(param);
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return token?.trim() || null;
}
