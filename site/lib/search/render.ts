// DOM for search output, shared by the dialog and the /search/ page. Text from content and from
// the query goes in through textContent; excerpts only through excerptToSafeHtml.
import type { Hit } from './engine';
import { excerptToSafeHtml } from './excerpt';
import type { Suggestion } from './suggestions';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function excerpt(tag: 'p' | 'span', pagefindExcerpt: string): HTMLElement {
  const node = element(tag, 'search-excerpt');
  node.innerHTML = excerptToSafeHtml(pagefindExcerpt);
  return node;
}

/** A result on the /search/ page: title, URL, excerpt and the matching sections. */
export function renderHit(hit: Hit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const heading = element('h2', 'search-hit-title');
  const link = element('a', undefined, hit.title);
  link.href = hit.url;
  heading.append(link);
  item.append(heading, element('p', 'search-hit-url', hit.url), excerpt('p', hit.excerpt));
  const sections = hit.sections.slice(0, 2);
  if (sections.length) {
    const list = element('ul', 'search-hit-sections');
    for (const section of sections) {
      const entry = element('li');
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      entry.append(sectionLink, excerpt('p', section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** A suggestion as a plain link (the /search/ page's "did you mean" list). */
export function renderSuggestionLink(suggestion: Suggestion): HTMLLIElement {
  const item = element('li', 'search-suggestion');
  const link = element('a', undefined, suggestion.label);
  link.href = suggestion.url;
  item.append(link, element('span', 'search-detail', suggestion.detail));
  return item;
}
