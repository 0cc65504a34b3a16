// Suggestions as you type: MiniSearch (prefix + fuzzy) over titles, tags, categories, authors and
// h2/h3 headings, so a typo such as "kubernets" still finds the Kubernetes posts. The index is
// built at compile time as static files (site/pages/search/suggestions/): a small part fetched when
// search opens (the topics and the list of shards), and the posts in shards by the first letters
// of their words, fetched as the words are typed (suggestion-loader.ts), so what a reader
// downloads stays small at any number of posts.
import MiniSearch from 'minisearch';
import { FILTER_NAMES, isSitePath, searchPageUrl, type FilterName } from './query';
import { MIN_KEY_LENGTH, processTerm, termLength, tokenize } from './suggestion-terms';
import { plural } from '../format';

/** One published post as the build collects it. */
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

/** A category, tag or author and its number of posts. */
export type TopicEntry = [kind: FilterName, value: string, posts: number];

/**
 * A post in a shard. Category, author and tags are positions in the index file's topics, so their
 * names are not repeated in every shard; headings are only those with a word of this shard.
 */
export type ShardPost = [url: string, title: string, category: number, author: number, tags: number[], headings: string[]];

/** `/search/suggestions/index.json`, fetched when search opens. */
export interface SuggestionIndexFile {
  /** Changes with the posts; a shard of another build is not mixed in. */
  version: string;
  /** Most used first. */
  topics: TopicEntry[];
  /** The shard keys: the first 2 letters of words, 3 or 4 where a prefix is crowded. */
  shards: string[];
}

/** `/search/suggestions/posts/<key>.json`: for each word starting with the key, its best posts. */
export interface SuggestionShard {
  version: string;
  posts: ShardPost[];
}

export const SUGGESTION_INDEX_URL = '/search/suggestions/index.json';
export const shardUrl = (fileName: string) => `/search/suggestions/posts/${fileName}.json`;

export type SuggestionKind = 'post' | FilterName;

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  label: string;
  url: string;
  /** A second line: where the post belongs, or how many posts a topic has. */
  detail: string;
}

export interface SuggestionDocument extends Suggestion {
  title?: string;
  tags?: string;
  category?: string;
  author?: string;
  headings?: string;
}

// The files come from our own build, but a stale or broken one must not break the dialog.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isSuggestionIndexFile(value: unknown): value is SuggestionIndexFile {
  if (!isObject(value) || typeof value.version !== 'string' || !isStringList(value.shards) || !Array.isArray(value.topics)) return false;
  return value.topics.every(
    (topic: unknown) =>
      Array.isArray(topic) &&
      topic.length === 3 &&
      (FILTER_NAMES as readonly unknown[]).includes(topic[0]) &&
      typeof topic[1] === 'string' &&
      isCount(topic[2]),
  );
}

/** A shard of the same build as `index`, whose topic positions point at topics of the right kind. */
export function isSuggestionShard(value: unknown, index: SuggestionIndexFile): value is SuggestionShard {
  if (!isObject(value) || value.version !== index.version || !Array.isArray(value.posts)) return false;
  const isTopic = (position: unknown, kind: FilterName) => isCount(position) && index.topics[position]?.[0] === kind;
  return value.posts.every(
    (post: unknown) =>
      Array.isArray(post) &&
      post.length === 6 &&
      typeof post[0] === 'string' &&
      isSitePath(post[0]) &&
      typeof post[1] === 'string' &&
      isTopic(post[2], 'category') &&
      isTopic(post[3], 'author') &&
      Array.isArray(post[4]) &&
      post[4].every((tag: unknown) => isTopic(tag, 'tag')) &&
      isStringList(post[5]),
  );
}

const TOPIC_NAMES: Record<FilterName, string> = { category: 'Category', tag: 'Tag', author: 'Author' };

export interface Topic {
  kind: FilterName;
  value: string;
  posts: number;
}

const toTopic = ([kind, value, posts]: TopicEntry): Topic => ({ kind, value, posts });

function topicSuggestion({ kind, value, posts }: Topic): Suggestion {
  return {
    id: `${kind}:${value}`,
    kind,
    label: value,
    url: searchPageUrl({ q: '', filters: { [kind]: value } }),
    detail: `${TOPIC_NAMES[kind]} · ${plural(posts, 'post')}`,
  };
}

/** One document per category, tag and author, so a topic can be suggested on its own. */
export function toTopicDocuments(topics: readonly TopicEntry[]): SuggestionDocument[] {
  return topics.map(toTopic).map((topic) => ({
    ...topicSuggestion(topic),
    [topic.kind === 'tag' ? 'tags' : topic.kind]: topic.value,
  }));
}

export const postDocumentId = (url: string) => `post:${url}`;

export function toPostDocument(post: SuggestionPost): SuggestionDocument {
  return {
    id: postDocumentId(post.url),
    kind: 'post',
    label: post.title,
    url: post.url,
    detail: `${post.category} · ${post.author}`,
    title: post.title,
    tags: post.tags.join(' '),
    category: post.category,
    author: post.author,
    headings: post.headings.join(' '),
  };
}

/** A shard's post with its topics named; call only on a shard isSuggestionShard accepted. */
export function fromShardPost([url, title, category, author, tags, headings]: ShardPost, topics: readonly TopicEntry[]): SuggestionPost {
  const name = (position: number) => topics[position]![1];
  return { url, title, category: name(category), author: name(author), tags: tags.map(name), headings };
}

export const SUGGESTION_INDEX_OPTIONS = {
  fields: ['title', 'tags', 'category', 'author', 'headings'],
  storeFields: ['kind', 'label', 'url', 'detail'],
  // The same cutting and folding the shard keys use (suggestion-terms.ts), for documents and queries.
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 3, tags: 2, category: 2, author: 2, headings: 1 },
    // Prefix matching for the word being typed (the last one), once it has two letters.
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && termLength(term) >= MIN_KEY_LENGTH,
    // Typo tolerance grows with the word: one edit for 4-7 letters, two from 8 ("kubernets").
    fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
  },
};

export type SuggestionIndex = MiniSearch<SuggestionDocument>;

export function createSuggestionIndex(documents: readonly SuggestionDocument[] = []): SuggestionIndex {
  const index = new MiniSearch<SuggestionDocument>(SUGGESTION_INDEX_OPTIONS);
  index.addAll(documents);
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
export function popularTopics(topics: readonly TopicEntry[], count: number): Suggestion[] {
  return topics.slice(0, count).map(toTopic).map(topicSuggestion);
}
