// The search dialog's behaviour, loaded by loader.ts when the reader opens search. A combobox (the input) with
// a listbox of suggestions (MiniSearch, instant, typo-tolerant) and full-text results (Pagefind,
// after a short pause in typing). Focus stays in the input; arrows move aria-activedescendant.
import { isNavigationKey, keepActiveIndex, nextActiveIndex } from './active-option';
import { loadSuggester, searchFullText, warmUp } from './engine';
import { readSearchQuery, searchPageUrl, type SearchQuery } from './query';
import { element, excerpt } from './render';
import { describeDialogState, describeResults } from './status-text';
import type { Suggester } from './suggestion-loader';
import type { Suggestion } from './suggestions';

interface OptionView {
  url: string;
  label: string;
  detail: string;
  excerpt?: string;
}

interface Group {
  label: string;
  options: OptionView[];
}

const RESULTS_SHOWN = 5;
const POPULAR_TOPICS = 6;
/** Pagefind runs after this pause in typing; suggestions update on every key. */
const TYPING_PAUSE_MS = 150;

const fromSuggestion = ({ url, label, detail }: Suggestion): OptionView => ({ url, label, detail });

class SearchDialog {
  readonly #input: HTMLInputElement;
  readonly #listbox: HTMLElement;
  readonly #status: HTMLElement;
  #opener: HTMLElement | null = null;
  #options: HTMLAnchorElement[] = [];
  #active = -1;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(dialog: HTMLDialogElement) {
    const part = <T extends HTMLElement>(name: string) => {
      const found = dialog.querySelector<T>(`[data-search-${name}]`);
      if (!found) throw new Error(`search dialog: [data-search-${name}] is missing`);
      return found;
    };
    this.#input = part<HTMLInputElement>('input');
    this.#listbox = part('listbox');
    this.#status = part('status');

    this.#input.addEventListener('input', () => this.#update());
    this.#input.addEventListener('keydown', (event) => this.#onKeyDown(event));
    part('close').addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the <dialog> itself; the panel inside covers the rest.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.addEventListener('close', () => this.#onClose());
    // Back/forward cache: come back to the page as it was, not to an open dialog.
    addEventListener('pagehide', () => dialog.open && dialog.close());
  }

  /** Called after loader.ts has opened the dialog; the input may already hold what was typed. */
  open(opener: HTMLElement | null): void {
    this.#opener ??= opener;
    warmUp();
    void this.#update();
  }

  #query(): SearchQuery {
    return readSearchQuery(new URLSearchParams({ q: this.#input.value }));
  }

  async #update(): Promise<void> {
    const generation = ++this.#generation;
    clearTimeout(this.#timer);
    const query = this.#query();
    let suggester: Suggester;
    try {
      suggester = await loadSuggester();
    } catch {
      suggester = { suggest: async () => [], popular: () => [] };
    }
    if (generation !== this.#generation) return;

    if (!query.q) {
      const popular = suggester.popular(POPULAR_TOPICS).map(fromSuggestion);
      this.#render([{ label: 'Popular topics', options: popular }]);
      this.#status.textContent = describeDialogState(query, 0, popular.length);
      return;
    }
    // The first query with a new word waits for its shard; full text does not wait for that.
    const ready = suggester.suggest(query.q).then(
      (found) => found.map(fromSuggestion),
      () => [],
    );

    this.#timer = setTimeout(async () => {
      try {
        const results = await searchFullText(query);
        const suggestions = await ready;
        if (generation !== this.#generation) return;
        if (results.total === 0) {
          // Never a dead end: typo-tolerant suggestions, or failing those, the popular topics.
          const instead = suggestions.length ? suggestions : suggester.popular(POPULAR_TOPICS).map(fromSuggestion);
          this.#render([{ label: suggestions.length ? 'Did you mean' : 'Popular topics', options: instead }]);
          this.#status.textContent = describeDialogState(query, 0, instead.length);
          return;
        }
        // Posts already suggested are not repeated; Pagefind fetches one fragment per result, so
        // only as many as are shown.
        const suggested = new Set(suggestions.map((option) => option.url));
        const fresh: OptionView[] = [];
        for (let from = 0; fresh.length < RESULTS_SHOWN && from < results.total; from += RESULTS_SHOWN) {
          const hits = await results.load(from, from + RESULTS_SHOWN);
          if (generation !== this.#generation) return;
          for (const hit of hits) {
            if (!suggested.has(hit.url)) fresh.push({ url: hit.url, label: hit.title, detail: hit.url, excerpt: hit.excerpt });
          }
        }
        const all: OptionView = {
          url: searchPageUrl(query),
          label: 'All results, with filters',
          detail: describeResults(query, results.total),
        };
        this.#render([
          { label: 'Suggestions', options: suggestions },
          { label: 'In articles', options: [...fresh.slice(0, RESULTS_SHOWN), all] },
        ]);
        this.#status.textContent = describeDialogState(query, results.total, suggestions.length);
      } catch {
        if (generation !== this.#generation) return;
        this.#status.textContent = 'Full-text search is unavailable right now; suggestions still work.';
      }
    }, TYPING_PAUSE_MS);

    const suggestions = await ready;
    // A later keystroke wins, whichever shard arrives first.
    if (generation !== this.#generation) return;
    this.#render([{ label: 'Suggestions', options: suggestions }]);
  }

  #render(groups: Group[]): void {
    const activeUrl = this.#options[this.#active]?.getAttribute('href') ?? null;
    const listId = this.#listbox.id;
    let count = 0;
    const nodes = groups
      .filter((group) => group.options.length)
      .map((group, groupIndex) => {
        const node = element('div', 'search-group');
        node.setAttribute('role', 'group');
        const label = element('div', 'search-group-label', group.label);
        label.id = `${listId}-group-${groupIndex}`;
        node.setAttribute('aria-labelledby', label.id);
        node.append(label);
        for (const view of group.options) {
          const option = element('a', 'search-option');
          option.id = `${listId}-option-${count++}`;
          option.href = view.url;
          option.tabIndex = -1;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.append(element('span', 'search-option-label', view.label), element('span', 'search-detail', view.detail));
          if (view.excerpt) option.append(excerpt('span', view.excerpt));
          node.append(option);
        }
        return node;
      });
    this.#listbox.replaceChildren(...nodes);
    this.#options = [...this.#listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    // An empty listbox is hidden: it is invalid ARIA and there is nothing to move to.
    this.#listbox.hidden = this.#options.length === 0;
    this.#input.setAttribute('aria-expanded', String(this.#options.length > 0));
    this.#activate(keepActiveIndex(activeUrl, this.#options.map((option) => option.getAttribute('href') ?? '')));
  }

  #activate(index: number): void {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#options[index];
    if (!option) {
      this.#input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (isNavigationKey(event.key)) {
      const next = nextActiveIndex(this.#active, this.#options.length, event.key);
      if (next === -1 && this.#active === -1) return; // Home/End in the input: move the caret.
      event.preventDefault();
      this.#activate(next);
    } else if (event.key === 'Enter' && this.#options[this.#active]) {
      // With an active option Enter opens it; otherwise the form submits to /search/?q=.
      event.preventDefault();
      this.#options[this.#active]!.click();
    }
  }

  #onClose(): void {
    clearTimeout(this.#timer);
    this.#activate(-1);
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected && opener !== document.body) opener.focus();
  }
}

const dialogs = new WeakMap<HTMLDialogElement, SearchDialog>();

export function openSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement | null): void {
  let controller = dialogs.get(dialog);
  if (!controller) {
    controller = new SearchDialog(dialog);
    dialogs.set(dialog, controller);
  }
  controller.open(opener);
}
