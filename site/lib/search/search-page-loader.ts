// The /search/ page's eager script: it loads the search code right away when the page opens with a
// query (the reader submitted a search), otherwise when the reader first uses the form.
import { isRunnable, readSearchQuery } from './query';

export function installSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form');
  if (!root || !form) return;
  let page: Promise<{ submit(): void }> | undefined;
  let ready = false;
  const start = () =>
    (page ??= import('./search-page').then(({ startSearchPage }) => {
      const started = startSearchPage(root);
      ready = true;
      return started;
    }));

  // A submit before the module is ready: hold it and run it in place, without a reload.
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    start().then(
      (loaded) => loaded.submit(),
      () => form.submit(), // Could not load: a plain GET of the same form.
    );
  });
  if (isRunnable(readSearchQuery(new URLSearchParams(location.search)))) void start();
  else form.addEventListener('focusin', () => void start(), { once: true });
}
