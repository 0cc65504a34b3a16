// The /search/ page: reads ?q= and the filters, runs Pagefind, shows results with escaped
// excerpts, and suggestions instead of a dead end. Loaded by the page's small script when the page
// opens with a query or when the reader first uses the form.
import { loadSuggester, searchFullText, type FullTextResults } from './engine';
import { FILTER_NAMES, isRunnable, readSearchQuery, searchPageUrl, type SearchQuery } from './query';
import { renderHit, renderSuggestionLink } from './render';
import { describeResults } from './status-text';

const PAGE_SIZE = 10;
const POPULAR_TOPICS = 8;
const TYPING_PAUSE_MS = 250;

export interface SearchPage {
  /** Runs the query in the form now, as a submit does. */
  submit(): void;
}

export function startSearchPage(root: HTMLElement): SearchPage {
  const part = <T extends HTMLElement>(name: string) => {
    const found = root.querySelector<T>(`[data-search-page-${name}]`);
    if (!found) throw new Error(`search page: [data-search-page-${name}] is missing`);
    return found;
  };
  const form = part<HTMLFormElement>('form');
  const input = part<HTMLInputElement>('input');
  const status = part('status');
  const list = part<HTMLOListElement>('results');
  const more = part<HTMLButtonElement>('more');
  const suggestionsBox = part('suggestions');
  const suggestionsTitle = part('suggestions-title');
  const suggestionsList = part<HTMLUListElement>('suggestions-list');

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: FullTextResults | undefined;

  const readForm = (): SearchQuery => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return readSearchQuery(params);
  };

  const fillForm = (query: SearchQuery) => {
    input.value = query.q;
    for (const name of FILTER_NAMES) {
      const select = form.elements.namedItem(name);
      if (!(select instanceof HTMLSelectElement)) continue;
      const value = query.filters[name] ?? '';
      // A value the build does not know (an old link): add it, so the filter still shows and applies.
      if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  };

  const showMore = async () => {
    if (!current) return;
    const run = generation;
    const from = list.children.length;
    const hits = await current.load(from, from + PAGE_SIZE);
    if (run !== generation) return;
    list.append(...hits.map(renderHit));
    more.hidden = list.children.length >= current.total;
    // Keyboard readers continue where the new results start.
    list.children[from]?.querySelector('a')?.focus();
  };

  const run = async (query: SearchQuery) => {
    const mine = ++generation;
    clearTimeout(timer);
    if (!isRunnable(query)) {
      current = undefined;
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      suggestionsBox.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    try {
      const results = await searchFullText(query);
      const hits = await results.load(0, PAGE_SIZE);
      if (mine !== generation) return;
      current = results;
      list.replaceChildren(...hits.map(renderHit));
      more.hidden = hits.length >= results.total;
      status.textContent = describeResults(query, results.total);
      suggestionsBox.hidden = true;
      if (results.total === 0) await showSuggestions(query, mine);
    } catch {
      if (mine === generation) status.textContent = 'Search is unavailable right now. Please try again later.';
    }
  };

  // Never a dead end: typo-tolerant suggestions for the words, or the most used topics.
  const showSuggestions = async (query: SearchQuery, mine: number) => {
    const suggester = await loadSuggester();
    const suggestions = query.q ? await suggester.suggest(query.q) : [];
    if (mine !== generation) return;
    const shown = suggestions.length ? suggestions : suggester.popular(POPULAR_TOPICS);
    suggestionsTitle.textContent = suggestions.length ? 'Did you mean' : 'Popular topics';
    suggestionsList.replaceChildren(...shown.map(renderSuggestionLink));
    suggestionsBox.hidden = shown.length === 0;
  };

  const update = (push: boolean) => {
    const query = readForm();
    const url = searchPageUrl(query);
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(true);
  });
  more.addEventListener('click', () => void showMore());
  addEventListener('popstate', () => {
    const query = readSearchQuery(new URLSearchParams(location.search));
    fillForm(query);
    void run(query);
  });

  const initial = readSearchQuery(new URLSearchParams(location.search));
  if (isRunnable(initial)) {
    fillForm(initial);
    void run(initial);
  } else if (isRunnable(readForm())) {
    update(false); // Typed while this module was loading.
  }
  return { submit: () => update(true) };
}
