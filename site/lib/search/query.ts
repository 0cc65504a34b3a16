// The search state is the URL: `/search/?q=…&category=…&tag=…&author=…`. Filter values are the
// values Pagefind indexed (data-pagefind-filter on the post page): category and author names, tag ids.

export const FILTER_NAMES = ['category', 'tag', 'author'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

export interface SearchQuery {
  q: string;
  filters: Filters;
}

export const SEARCH_PATH = '/search/';
/** Longer queries are cut: nobody types more, and it bounds the work a crafted URL can cause. */
export const MAX_QUERY_LENGTH = 200;

const clean = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);

export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = clean(params.get(name));
    if (value) filters[name] = value;
  }
  return { q: clean(params.get('q')), filters };
}

/** Empty values are left out so URLs stay short and shareable. */
export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  const q = clean(query.q);
  if (q) params.set('q', q);
  for (const name of FILTER_NAMES) {
    const value = clean(query.filters[name] ?? null);
    if (value) params.set(name, value);
  }
  return params;
}

export function searchPageUrl(query: SearchQuery): string {
  const params = toSearchParams(query).toString();
  return params ? `${SEARCH_PATH}?${params}` : SEARCH_PATH;
}

export function hasFilters(query: SearchQuery): boolean {
  return FILTER_NAMES.some((name) => Boolean(query.filters[name]));
}

/** A query worth running: words, or at least one filter (Pagefind lists a filter's pages without words). */
export function isRunnable(query: SearchQuery): boolean {
  return query.q !== '' || hasFilters(query);
}

/** The arguments for `pagefind.search(term, { filters })`; a null term lists every page matching the filters. */
export function toPagefindSearch(query: SearchQuery): { term: string | null; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = query.filters[name];
    if (value) filters[name] = value;
  }
  return { term: query.q || null, filters };
}

/** Pagefind results are our own pages; anything that is not a same-site path is dropped, never linked. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}
