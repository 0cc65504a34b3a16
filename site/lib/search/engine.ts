// The search back end shared by the dialog and the /search/ page: Pagefind for full text, the
// suggestion index for as-you-type suggestions. Both load on first use only.
import { isSitePath, toPagefindSearch, type SearchQuery } from './query';
import { createSuggester, EMPTY_INDEX_FILE, type Suggester } from './suggestion-loader';
import { shardFileName } from './suggestion-terms';
import { isSuggestionIndexFile, shardUrl, SUGGESTION_INDEX_URL } from './suggestions';

/** The part of Pagefind's browser API (pagefind_web_js, 1.x) we use. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: unknown;
}
interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt: page text with <mark> around hits. Render with excerptToSafeHtml only. */
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

export interface FullTextResults {
  total: number;
  /** Loads the data of results [from, to): Pagefind fetches one small fragment per result. */
  load(from: number, to: number): Promise<Hit[]>;
}

// Kept out of Vite's reach: the file only exists after `pagefind` has indexed the built site.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // On the main thread: its worker is 12 KB gzipped more to download, and a query takes
    // milliseconds here, so the first search stays lighter.
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

async function toHit(result: PagefindResult): Promise<Hit | null> {
  const data = await result.data();
  if (!isSitePath(data.url)) return null;
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    // Sections under a heading with an id; the first sub-result without an anchor is the page itself.
    sections: data.sub_results
      .filter((section) => section.anchor && isSitePath(section.url) && section.url !== data.url)
      .map(({ title, url, excerpt }) => ({ title, url, excerpt })),
  };
}

/** Full-text search over post bodies, with the category, tag and author filters. */
export async function searchFullText(query: SearchQuery): Promise<FullTextResults> {
  const { term, filters } = toPagefindSearch(query);
  const search = await (await loadPagefind()).search(term, { filters });
  return {
    total: search.results.length,
    load: async (from, to) => (await Promise.all(search.results.slice(from, to).map(toHit))).filter((hit) => hit !== null),
  };
}

let suggester: Promise<Suggester> | undefined;

/** JSON from our own files; null for a missing or unreadable one. A network failure rejects. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.ok ? response.json().catch(() => null) : null;
}

/** The suggestion index's small part (topics, shard list) now; shards as queries need them. */
export function loadSuggester(): Promise<Suggester> {
  suggester ??= (async () => {
    const file = await fetchJson(SUGGESTION_INDEX_URL);
    return createSuggester(isSuggestionIndexFile(file) ? file : EMPTY_INDEX_FILE, (key) => fetchJson(shardUrl(shardFileName(key))));
  })();
  suggester.catch(() => (suggester = undefined));
  return suggester;
}

/** Starts both downloads when search opens, so the first keystroke does not wait for them. */
export function warmUp(): void {
  loadSuggester().catch(() => {});
  loadPagefind().catch(() => {});
}
