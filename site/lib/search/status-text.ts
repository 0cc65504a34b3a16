// What the live region says after a search, and the visible "no results" line. Plain text: the
// caller puts it in textContent, so a query with markup is read and shown as typed.
import { FILTER_NAMES, type SearchQuery } from './query';

const count = (n: number, one: string, many: string) => `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;

/** for “kubernetes” in Cloud Native tagged rust by Maya Chen */
export function describeQuery(query: SearchQuery): string {
  const parts = query.q ? [`for “${query.q}”`] : [];
  const words = { category: 'in', tag: 'tagged', author: 'by' } as const;
  for (const name of FILTER_NAMES) {
    const value = query.filters[name];
    if (value) parts.push(`${words[name]} ${value}`);
  }
  return parts.join(' ');
}

export function describeResults(query: SearchQuery, results: number): string {
  const what = describeQuery(query);
  return `${count(results, 'result', 'results')}${what ? ` ${what}` : ''}.`;
}

/** For the dialog's live region: results, and what is offered instead when there are none. */
export function describeDialogState(query: SearchQuery, results: number, suggestions: number): string {
  if (!query.q) return suggestions ? `${count(suggestions, 'popular topic', 'popular topics')}.` : '';
  const found = describeResults(query, results);
  if (suggestions === 0) return found;
  return `${found} ${count(suggestions, 'suggestion', 'suggestions')}${results === 0 ? ' instead' : ''}.`;
}
