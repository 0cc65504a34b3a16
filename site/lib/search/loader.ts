// The only search code on a page before the reader opens search: it listens for "/", Ctrl/Cmd+K
// and a click on the header button, opens the server-rendered <dialog> at once (so nothing typed
// is lost) and loads the dialog module, which brings MiniSearch, the suggestion index and
// Pagefind. Without JavaScript the button is a link to /search/.
import { isPlainClick, isSearchShortcut, isTextField } from './shortcut';

export function installSearchLoader(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const button = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
  if (!dialog || !input) return;

  const open = (opener: Element | null) => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    import('./dialog')
      .then(({ openSearchDialog }) => dialog.open && openSearchDialog(dialog, opener instanceof HTMLElement ? opener : null))
      // A chunk gone after a redeploy, or offline: the dialog's form still submits to /search/.
      .catch(() => input.form?.submit());
  };

  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isTextField(document.activeElement))) return;
    event.preventDefault();
    open(document.activeElement);
  });
  button?.addEventListener('click', (event) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    open(button);
  });
}
