// Pagefind's excerpts are the page's plain text (which may itself contain "<img ...>" or "<script>"
// written in a post about HTML) with <mark> wrapped around the hits. Only those <mark>s may reach
// the DOM as markup; everything else is shown as text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

// An escaped "<mark>", then text with no other escaped <mark> or </mark>, then an escaped "</mark>".
const ESCAPED_MARK_PAIR = /&lt;mark&gt;((?:(?!&lt;\/?mark&gt;)[\s\S])*?)&lt;\/mark&gt;/g;

/**
 * Turns a Pagefind excerpt into HTML that is safe for innerHTML: escapes everything, then restores
 * exact, balanced `<mark>…</mark>` pairs and nothing else (no attributes, no other tags).
 */
export function excerptToSafeHtml(excerpt: string): string {
  return escapeHtml(excerpt).replace(ESCAPED_MARK_PAIR, '<mark>$1</mark>');
}
