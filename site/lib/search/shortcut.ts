// When a key press or click should open the search dialog. Pure, so the rules are tested in Node.

interface ElementLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

interface ClickLike {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  defaultPrevented?: boolean;
}

const NOT_TYPED_INTO = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Where "/" is a character the reader is typing, not a shortcut. */
export function isTextField(element: ElementLike | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED_INTO.has((element.type ?? 'text').toLowerCase());
}

/** "/" outside text fields, or Ctrl+K / Cmd+K anywhere. */
export function isSearchShortcut(event: KeyLike, inTextField: boolean): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.key === '/') return !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** A plain left click opens the dialog; Ctrl/Cmd/Shift/middle clicks keep the link's own behaviour. */
export function isPlainClick(event: ClickLike): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
}
