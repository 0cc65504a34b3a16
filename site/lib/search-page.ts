// Mounts Pagefind's UI (served from our own /pagefind/) and runs a `?q=` query when present.
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

export function startSearchPage(element: Element | null): void {
  if (!element || !window.PagefindUI) return;
  const ui = new window.PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}
