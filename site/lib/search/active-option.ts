// Which option of the combobox's listbox is active (aria-activedescendant). -1: none, the caret
// stays in the input and Enter submits the typed query.

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const NAVIGATION_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

export function isNavigationKey(key: string): key is NavigationKey {
  return NAVIGATION_KEYS.has(key);
}

/** A page of options for PageUp/PageDown: about what the dialog shows at once. */
export const PAGE_STEP = 5;

/**
 * The next active option after a key press. Arrows wrap around the ends; Home/End only move when an
 * option is already active, so in the input they keep moving the caret.
 */
export function nextActiveIndex(current: number, count: number, key: NavigationKey): number {
  if (count <= 0) return -1;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= last ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? last : current - 1;
    case 'Home':
      return current < 0 ? -1 : 0;
    case 'End':
      return current < 0 ? -1 : last;
    case 'PageDown':
      return Math.min(Math.max(current, 0) + PAGE_STEP, last);
    case 'PageUp':
      return Math.max(current - PAGE_STEP, 0);
  }
}

/** After the list is re-rendered: keep the same option active if it is still there, else none. */
export function keepActiveIndex(previousId: string | null, ids: readonly string[]): number {
  return previousId === null ? -1 : ids.indexOf(previousId);
}
