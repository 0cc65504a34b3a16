// Suggestions as you type: a small index over titles, tags, categories, authors and h2/h3 headings,
// built at compile time (site/pages/search/suggestions.json.ts) and searched in the browser with
// MiniSearch (prefix + fuzzy), so a typo such as "kubernets" still finds the Kubernetes posts.
import MiniSearch from 'minisearch';
import { searchPageUrl, type FilterName } from './query';
import { plural } from '../format';

/** One published post as the suggestion file carries it. */
export interface SuggestionPost {
  /** URL path of the post, `/posts/<slug>/`. */
  url: string;
  title: string;
  /** Category and author names and tag ids: the values Pagefind's filters use. */
  category: string;
  author: string;
  tags: string[];
  /** h2 and h3 text, in order. */
  headings: string[];
}

/** The static file `/search/suggestions.json`. */
export interface SuggestionData {
  posts: SuggestionPost[];
}

export type SuggestionKind = 'post' | FilterName;

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  label: string;
  url: string;
  /** A second line: where the post belongs, or how many posts a topic has. */
  detail: string;
}

interface SuggestionDocument extends Suggestion {
  title?: string;
  tags?: string;
  category?: string;
  author?: string;
  headings?: string;
}

/** The file comes from our own build, but a stale or broken one must not break the dialog. */
export function isSuggestionData(value: unknown): value is SuggestionData {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as SuggestionData).posts)) return false;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (value as SuggestionData).posts.every(
    (post) =>
      typeof post === 'object' &&
      post !== null &&
      ['url', 'title', 'category', 'author'].every((key) => typeof post[key as keyof SuggestionPost] === 'string') &&
      strings(post.tags) &&
      strings(post.headings),
  );
}

const TOPIC_NAMES: Record<FilterName, string> = { category: 'Category', tag: 'Tag', author: 'Author' };

interface Topic {
  kind: FilterName;
  value: string;
  posts: number;
}

/** Every category, tag and author with its number of posts, most used first. */
export function listTopics(data: SuggestionData): Topic[] {
  const topics = new Map<string, Topic>();
  const add = (kind: FilterName, value: string) => {
    const key = `${kind}:${value}`;
    const topic = topics.get(key) ?? { kind, value, posts: 0 };
    topic.posts += 1;
    topics.set(key, topic);
  };
  for (const post of data.posts) {
    add('category', post.category);
    add('author', post.author);
    for (const tag of new Set(post.tags)) add('tag', tag);
  }
  return [...topics.values()].sort((a, b) => b.posts - a.posts || a.value.localeCompare(b.value));
}

function topicSuggestion({ kind, value, posts }: Topic): Suggestion {
  return {
    id: `${kind}:${value}`,
    kind,
    label: value,
    url: searchPageUrl({ q: '', filters: { [kind]: value } }),
    detail: `${TOPIC_NAMES[kind]} · ${plural(posts, 'post')}`,
  };
}

/** Posts, plus one document per category, tag and author so a topic can be suggested on its own. */
export function toSuggestionDocuments(data: SuggestionData): SuggestionDocument[] {
  const posts: SuggestionDocument[] = data.posts.map((post) => ({
    id: `post:${post.url}`,
    kind: 'post',
    label: post.title,
    url: post.url,
    detail: `${post.category} · ${post.author}`,
    title: post.title,
    tags: post.tags.join(' '),
    category: post.category,
    author: post.author,
    headings: post.headings.join(' '),
  }));
  const topics: SuggestionDocument[] = listTopics(data).map((topic) => ({
    ...topicSuggestion(topic),
    [topic.kind === 'tag' ? 'tags' : topic.kind]: topic.value,
  }));
  return [...posts, ...topics];
}

export const SUGGESTION_INDEX_OPTIONS = {
  fields: ['title', 'tags', 'category', 'author', 'headings'],
  storeFields: ['kind', 'label', 'url', 'detail'],
  searchOptions: {
    boost: { title: 3, tags: 2, category: 2, author: 2, headings: 1 },
    // Prefix matching for the word being typed (the last one), once it has two letters.
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= 2,
    // Typo tolerance grows with the word: one edit for 4-7 letters, two from 8 ("kubernets").
    fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
  },
};

export type SuggestionIndex = MiniSearch<SuggestionDocument>;

export function createSuggestionIndex(data: SuggestionData): SuggestionIndex {
  const index = new MiniSearch<SuggestionDocument>(SUGGESTION_INDEX_OPTIONS);
  index.addAll(toSuggestionDocuments(data));
  return index;
}

export interface SuggestionLimits {
  posts: number;
  topics: number;
  /** Results scoring below this share of the best one are noise from fuzzy matching. */
  minRelativeScore: number;
}

export const DEFAULT_LIMITS: SuggestionLimits = { posts: 5, topics: 3, minRelativeScore: 0.15 };

type ScoredSuggestion = Suggestion & { score: number };

/** Best posts first, then the best topics, each capped, weak fuzzy matches dropped. */
export function rankSuggestions(results: readonly ScoredSuggestion[], limits: SuggestionLimits = DEFAULT_LIMITS): Suggestion[] {
  const best = Math.max(0, ...results.map((result) => result.score));
  const strong = [...results]
    .filter((result) => result.score >= best * limits.minRelativeScore)
    .sort((a, b) => b.score - a.score);
  const pick = ({ id, kind, label, url, detail }: ScoredSuggestion): Suggestion => ({ id, kind, label, url, detail });
  const posts = strong.filter((result) => result.kind === 'post').slice(0, limits.posts);
  const topics = strong.filter((result) => result.kind !== 'post').slice(0, limits.topics);
  return [...posts, ...topics].map(pick);
}

export function suggest(index: SuggestionIndex, query: string, limits: SuggestionLimits = DEFAULT_LIMITS): Suggestion[] {
  if (!query.trim()) return [];
  const results = index.search(query).map((result) => ({
    id: String(result.id),
    score: result.score,
    kind: result.kind as SuggestionKind,
    label: String(result.label),
    url: String(result.url),
    detail: String(result.detail),
  }));
  return rankSuggestions(results, limits);
}

/** When nothing matches at all: the most used topics, so an empty result is never a dead end. */
export function popularTopics(data: SuggestionData, count: number): Suggestion[] {
  return listTopics(data).slice(0, count).map(topicSuggestion);
}
