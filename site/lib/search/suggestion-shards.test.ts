import { describe, expect, it } from 'vitest';
import { POSTS } from './suggestion-fixtures';
import { buildSuggestionFiles, keyTermsOf, listTopics, type ShardOptions } from './suggestion-shards';
import { prefixOf, shardsForQuery, termLength } from './suggestion-terms';
import type { SuggestionPost, SuggestionShard } from './suggestions';

const UNSPLIT: ShardOptions = { maxShardBytes: Infinity, postsPerTerm: 100, measure: (text) => text.length };
/** Every shard with more than one post is "too big": splits as far as they go. */
const SPLIT_ALL: ShardOptions = { maxShardBytes: 1, postsPerTerm: 100, measure: (text) => (JSON.parse(text) as SuggestionShard).posts.length };

const post = (url: string, title: string, extra: Partial<SuggestionPost> = {}): SuggestionPost => ({
  url,
  title,
  category: 'Cloud Native',
  author: 'Maya Chen',
  tags: [],
  headings: [],
  ...extra,
});

/** The URLs in the shards a query loads. */
function reachable(files: ReturnType<typeof buildSuggestionFiles>, query: string): string[] {
  const keys = new Set(files.index.shards);
  return shardsForQuery(query, keys).flatMap((key) => files.shards.get(key)!.posts.map(([url]) => url));
}

describe('buildSuggestionFiles', () => {
  it('files every post under the first two letters of each of its words, reachable from every prefix of them', () => {
    const files = buildSuggestionFiles(POSTS, UNSPLIT);
    expect(files.index.shards.every((key) => termLength(key) === 2)).toBe(true);
    for (const each of POSTS) {
      for (const term of keyTermsOf(each)) {
        for (let length = 2; length <= termLength(term); length++) {
          expect(reachable(files, prefixOf(term, length)), `${each.url} from "${prefixOf(term, length)}"`).toContain(each.url);
        }
      }
    }
  });

  it('still reaches every post from each word and from every prefix at least as long as its key, when prefixes split', () => {
    const files = buildSuggestionFiles(POSTS, SPLIT_ALL);
    expect(files.index.shards.some((key) => termLength(key) > 2)).toBe(true);
    const keys = new Set(files.index.shards);
    for (const each of POSTS) {
      for (const term of keyTermsOf(each)) {
        const [key] = shardsForQuery(term, keys);
        for (let length = termLength(key!); length <= termLength(term); length++) {
          expect(reachable(files, prefixOf(term, length)), `${each.url} from "${prefixOf(term, length)}"`).toContain(each.url);
        }
      }
    }
  });

  it('splits a shard over the threshold by the next letter, keeping the word equal to the prefix under the prefix', () => {
    const posts = [post('/posts/a/', 'Kubernetes'), post('/posts/b/', 'Kubelet'), post('/posts/c/', 'Kuma'), post('/posts/d/', 'Ku band')];
    const sizes = { ...SPLIT_ALL, maxShardBytes: 2 };
    const files = buildSuggestionFiles(posts, sizes);
    const ku = ['ku', 'kub', 'kum'].map((key) => [key, files.shards.get(key)?.posts.map(([url]) => url)]);
    expect(ku).toEqual([
      ['ku', ['/posts/d/']],
      ['kub', ['/posts/a/', '/posts/b/']],
      ['kum', ['/posts/c/']],
    ]);
    // Under the threshold nothing splits.
    expect(buildSuggestionFiles(posts, { ...sizes, maxShardBytes: 4 }).shards.get('ku')?.posts).toHaveLength(4);
  });

  it('stops splitting at four letters', () => {
    const posts = [post('/posts/a/', 'Kubernetes'), post('/posts/b/', 'Kubelet')];
    const files = buildSuggestionFiles(posts, SPLIT_ALL);
    expect(files.index.shards.filter((key) => key.startsWith('ku'))).toEqual(['kube']);
    expect(files.shards.get('kube')?.posts).toHaveLength(2);
  });

  it('files words by their letters without diacritics, as the index folds them', () => {
    const files = buildSuggestionFiles([post('/posts/a/', 'Über caching in Zürich', { author: 'Tomáš Novák' })], UNSPLIT);
    expect(files.index.shards).toEqual(expect.arrayContaining(['ub', 'zu', 'to', 'no']));
    expect(files.index.shards.join(' ')).not.toMatch(/[üáš]/);
    for (const query of ['über', 'uber', 'zürich', 'tomáš', 'tomas']) expect(reachable(files, query), query).toEqual(['/posts/a/']);
  });

  it('keeps only the best posts of a word found in more posts than postsPerTerm', () => {
    const posts = [
      post('/posts/a/', 'Async pitfalls', { tags: ['rust'] }),
      post('/posts/b/', 'Rust error handling'),
      post('/posts/c/', 'Memory safety', { headings: ['Why Rust'] }),
    ];
    const files = buildSuggestionFiles(posts, { ...UNSPLIT, postsPerTerm: 2 });
    // Title beats tag beats heading, by the index's own boosts.
    expect(files.shards.get('ru')!.posts.map(([url]) => url)).toEqual(['/posts/a/', '/posts/b/']);
    expect(buildSuggestionFiles(posts, UNSPLIT).shards.get('ru')!.posts).toHaveLength(3);
  });

  it('names topics by position in the index file and keeps only the headings with a word of the shard', () => {
    const files = buildSuggestionFiles(POSTS, UNSPLIT);
    const [url, title, category, author, tags, headings] = files.shards.get('cp')!.posts.find(([u]) => u === '/posts/kubernetes-resource-requests-limits/')!;
    expect([url, title]).toEqual(['/posts/kubernetes-resource-requests-limits/', 'Requests and limits in Kubernetes, explained']);
    expect(files.index.topics[category]).toEqual(['category', 'Cloud Native', 2]);
    expect(files.index.topics[author]).toEqual(['author', 'Maya Chen', 2]);
    expect(tags.map((at) => files.index.topics[at]![1])).toEqual(['kubernetes', 'performance']);
    expect(headings).toEqual(['CPU throttling']);
  });

  it('gives every file of a build the same version, and another version when the posts change', () => {
    const files = buildSuggestionFiles(POSTS, UNSPLIT);
    expect(new Set([...files.shards.values()].map((shard) => shard.version))).toEqual(new Set([files.index.version]));
    expect(buildSuggestionFiles(POSTS.slice(1), UNSPLIT).index.version).not.toBe(files.index.version);
    expect(buildSuggestionFiles(POSTS, UNSPLIT)).toEqual(files);
  });
});

describe('listTopics', () => {
  it('counts the posts of every category, tag and author, most used first, ties by name', () => {
    const topics = listTopics(POSTS);
    expect(topics.slice(0, 4)).toEqual([
      { kind: 'category', value: 'Cloud Native', posts: 2 },
      { kind: 'tag', value: 'kubernetes', posts: 2 },
      { kind: 'category', value: 'Languages', posts: 2 },
      { kind: 'author', value: 'Maya Chen', posts: 2 },
    ]);
    expect(topics).toContainEqual({ kind: 'tag', value: 'performance', posts: 2 });
    expect(topics).toHaveLength(3 + 4 + 6);
  });
});
