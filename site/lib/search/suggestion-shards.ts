// Build-time half of the suggestion index: the topics, and the posts split into shards by the
// first letters of their words. Pure: the caller passes how a file's size is measured (gzip at
// build, so the split follows what readers download).
import { MAX_KEY_LENGTH, MIN_KEY_LENGTH, prefixOf, termLength, termsOf } from './suggestion-terms';
import {
  createSuggestionIndex,
  postDocumentId,
  toPostDocument,
  type ShardPost,
  type SuggestionIndexFile,
  type SuggestionPost,
  type SuggestionShard,
  type Topic,
  type TopicEntry,
} from './suggestions';

/**
 * A shard over this many bytes (gzip) splits by one more letter. With the index file's budget
 * below, the suggestion data for a one-word query stays within the 20 KB the issue allows. Lower
 * would mean longer keys, and a typo within a key is out of reach: at 5,000 generated posts this
 * already gives 78 shards of 2 letters, 975 of 3 and 677 of 4 (bench/README.md).
 */
export const SHARD_MAX_BYTES = 12 * 1024;
/** Budget for index.json (topics and the shard list; about 4 KB at 5,000 generated posts). */
export const INDEX_FILE_MAX_BYTES = 8 * 1024;
/**
 * Posts kept per word: its best ones by the index's own ranking over the whole site. A word in
 * hundreds of posts ("performance", an author's name) would otherwise make its shard grow with the
 * site whatever the split; the dialog shows 5 posts, so 10 leaves room for a second word or a
 * prefix to reorder them. Sites where no word is in more posts than this lose nothing.
 */
export const POSTS_PER_TERM = 10;

export interface ShardOptions {
  maxShardBytes: number;
  postsPerTerm: number;
  /** The size of a file's text as served. */
  measure(text: string): number;
}

export interface SuggestionFiles {
  index: SuggestionIndexFile;
  /** By shard key. */
  shards: Map<string, SuggestionShard>;
}

/** Every category, tag and author with its number of posts, most used first, ties by name. */
export function listTopics(posts: readonly SuggestionPost[]): Topic[] {
  const topics = new Map<string, Topic>();
  const add = (kind: Topic['kind'], value: string) => {
    const key = `${kind}:${value}`;
    const topic = topics.get(key) ?? { kind, value, posts: 0 };
    topic.posts += 1;
    topics.set(key, topic);
  };
  for (const post of posts) {
    add('category', post.category);
    add('author', post.author);
    for (const tag of new Set(post.tags)) add('tag', tag);
  }
  return [...topics.values()].sort((a, b) => b.posts - a.posts || a.value.localeCompare(b.value));
}

/** FNV-1a: a short, stable fingerprint of the posts, to tell one build's files from another's. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The words of a post from two letters on: the ones that pick its shards. */
export function keyTermsOf(post: SuggestionPost): Set<string> {
  const text = [post.title, ...post.tags, post.category, post.author, ...post.headings].join(' ');
  return new Set(termsOf(text).filter((term) => termLength(term) >= MIN_KEY_LENGTH));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The topics and shards for `posts` (newest first). Each word goes to the shard of its first two
 * letters, with its best `postsPerTerm` posts; a shard over `maxShardBytes` splits into one shard
 * per third letter (and one for the word equal to the prefix, if any), and so on up to
 * MAX_KEY_LENGTH letters.
 */
export function buildSuggestionFiles(posts: readonly SuggestionPost[], options: ShardOptions): SuggestionFiles {
  const topics = listTopics(posts);
  const positions = new Map(topics.map((topic, position) => [`${topic.kind}:${topic.value}`, position]));
  const position = (kind: Topic['kind'], value: string) => positions.get(`${kind}:${value}`)!;
  const version = fingerprint(JSON.stringify(posts));

  // Each word's posts; for a word in more than postsPerTerm posts, its best ones, ranked by the
  // same MiniSearch options the reader's index uses.
  const postsOf = new Map<string, number[]>();
  posts.forEach((post, at) => {
    for (const term of keyTermsOf(post)) {
      const list = postsOf.get(term);
      if (list) list.push(at);
      else postsOf.set(term, [at]);
    }
  });
  const terms = [...postsOf.keys()].sort(byCodeUnits);
  const crowded = terms.filter((term) => postsOf.get(term)!.length > options.postsPerTerm);
  if (crowded.length) {
    const index = createSuggestionIndex(posts.map(toPostDocument));
    const order = new Map(posts.map((post, at) => [postDocumentId(post.url), at]));
    for (const term of crowded) {
      const found = index.search(term, { prefix: false, fuzzy: false }).slice(0, options.postsPerTerm);
      postsOf.set(term, found.map((result) => order.get(String(result.id))!));
    }
  }

  const headingTerms = posts.map((post) => post.headings.map(termsOf));
  const toShardPost = (at: number, words: ReadonlySet<string>): ShardPost => {
    const post = posts[at]!;
    return [
      post.url,
      post.title,
      position('category', post.category),
      position('author', post.author),
      [...new Set(post.tags)].map((tag) => position('tag', tag)),
      post.headings.filter((_, heading) => headingTerms[at]![heading]!.some((term) => words.has(term))),
    ];
  };
  const shardOf = (words: readonly string[]): SuggestionShard => {
    const wordSet = new Set(words);
    const members = new Set(words.flatMap((word) => postsOf.get(word)!));
    return { version, posts: [...members].sort((a, b) => a - b).map((at) => toShardPost(at, wordSet)) };
  };

  const shards = new Map<string, SuggestionShard>();
  const place = (prefix: string, words: string[]): void => {
    const shard = shardOf(words);
    const length = termLength(prefix);
    if (words.length === 1 || length >= MAX_KEY_LENGTH || options.measure(JSON.stringify(shard)) <= options.maxShardBytes) {
      shards.set(prefix, shard);
      return;
    }
    // The word equal to the prefix has no next letter: it keeps the prefix as its key.
    if (words.includes(prefix)) shards.set(prefix, shardOf([prefix]));
    for (const [child, group] of groupBy(words.filter((word) => word !== prefix), (word) => prefixOf(word, length + 1))) {
      place(child, group);
    }
  };
  for (const [prefix, group] of groupBy(terms, (term) => prefixOf(term, MIN_KEY_LENGTH))) place(prefix, group);

  const keys = [...shards.keys()].sort(byCodeUnits);
  return {
    index: { version, topics: topics.map(({ kind, value, posts: count }): TopicEntry => [kind, value, count]), shards: keys },
    shards: new Map(keys.map((key) => [key, shards.get(key)!])),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
