// The browser half of the suggestion index: starts from index.json (topics and the shard list),
// fetches each shard a query needs once, and adds its posts to one MiniSearch index.
import { shardsForQuery } from './suggestion-terms';
import {
  createSuggestionIndex,
  fromShardPost,
  isSuggestionShard,
  popularTopics,
  suggest,
  toPostDocument,
  toTopicDocuments,
  type Suggestion,
  type SuggestionIndexFile,
  type SuggestionPost,
} from './suggestions';

export interface Suggester {
  /** Suggestions once the shards the query needs are in; at once when they already are. */
  suggest(query: string): Promise<Suggestion[]>;
  popular(count: number): Suggestion[];
}

export const EMPTY_INDEX_FILE: SuggestionIndexFile = { version: '', topics: [], shards: [] };

/**
 * `fetchShard` resolves to a shard's parsed JSON (anything: it is checked here), or rejects when
 * the download failed, in which case the next query that needs the shard tries again.
 */
export function createSuggester(file: SuggestionIndexFile, fetchShard: (key: string) => Promise<unknown>): Suggester {
  const index = createSuggestionIndex(toTopicDocuments(file.topics));
  const keys = new Set(file.shards);
  const posts = new Map<string, SuggestionPost>();
  const shards = new Map<string, Promise<void>>();

  const addPost = (post: SuggestionPost) => {
    const known = posts.get(post.url);
    if (!known) {
      posts.set(post.url, post);
      index.add(toPostDocument(post));
      return;
    }
    // A shard carries only the headings with its own words, so a post met again may bring more.
    const headings = post.headings.filter((heading) => !known.headings.includes(heading));
    if (!headings.length) return;
    const merged = { ...known, headings: [...known.headings, ...headings] };
    posts.set(post.url, merged);
    index.replace(toPostDocument(merged));
  };

  const load = (key: string): Promise<void> => {
    let loading = shards.get(key);
    if (!loading) {
      loading = fetchShard(key).then((data) => {
        // A broken shard, or one from another build, adds nothing; the rest keeps working.
        if (!isSuggestionShard(data, file)) return;
        for (const post of data.posts) addPost(fromShardPost(post, file.topics));
      });
      shards.set(key, loading);
      loading.catch(() => shards.delete(key));
    }
    return loading;
  };

  return {
    async suggest(query) {
      await Promise.all(shardsForQuery(query, keys).map((key) => load(key).catch(() => {})));
      return suggest(index, query);
    },
    popular: (count) => popularTopics(file.topics, count),
  };
}
