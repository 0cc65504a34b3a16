import { describe, expect, it } from 'vitest';
import { POSTS } from './suggestion-fixtures';
import { createSuggester, EMPTY_INDEX_FILE } from './suggestion-loader';
import { buildSuggestionFiles, type ShardOptions } from './suggestion-shards';
import type { Suggestion } from './suggestions';

const OPTIONS: ShardOptions = { maxShardBytes: Infinity, postsPerTerm: 10, measure: (text) => text.length };
const FILES = buildSuggestionFiles(POSTS, OPTIONS);

/** A suggester over the built files whose downloads are recorded (and can be made to fail). */
function setUp(files = FILES, fail: (key: string) => boolean = () => false) {
  const fetched: string[] = [];
  const suggester = createSuggester(files.index, async (key) => {
    fetched.push(key);
    if (fail(key)) throw new Error('offline');
    return JSON.parse(JSON.stringify(files.shards.get(key) ?? null));
  });
  return { suggester, fetched };
}

const posts = (suggestions: Suggestion[]) => suggestions.filter((s) => s.kind === 'post').map((s) => s.url);

describe('createSuggester', () => {
  it('suggests the Kubernetes posts for "kubernets" after fetching only the "ku" shard', async () => {
    const { suggester, fetched } = setUp();
    expect(posts(await suggester.suggest('kubernets')).sort()).toEqual([
      '/posts/kubernetes-resource-requests-limits/',
      '/posts/kubernetes-zero-downtime-deploys/',
    ]);
    expect(fetched).toEqual(['ku']);
  });

  it('fetches each shard once, also for queries asked while it loads', async () => {
    const { suggester, fetched } = setUp();
    await Promise.all([suggester.suggest('ku'), suggester.suggest('kub'), suggester.suggest('kubernetes')]);
    await suggester.suggest('zero downtime');
    await suggester.suggest('kubernetes zero');
    expect(fetched).toEqual(['ku', 'ze', 'do']);
  });

  it('fetches nothing for an empty query or a single letter', async () => {
    const { suggester, fetched } = setUp();
    expect(await suggester.suggest('')).toEqual([]);
    expect(await suggester.suggest('k')).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('finds the same posts as one index over everything, for words, prefixes, typos and headings', async () => {
    const split = buildSuggestionFiles(POSTS, { ...OPTIONS, maxShardBytes: 1, measure: (text) => JSON.parse(text).posts.length });
    for (const files of [FILES, split]) {
      const { suggester } = setUp(files);
      expect(posts(await suggester.suggest('zero downtime'))[0]).toBe('/posts/kubernetes-zero-downtime-deploys/');
      expect(posts(await suggester.suggest('postgres'))).toEqual(['/posts/postgresql-index-types/']);
      expect(posts(await suggester.suggest('tokio pitfals'))).toEqual(['/posts/rust-async-tokio-pitfalls/']);
      expect(posts(await suggester.suggest('zurich'))).toEqual(['/posts/rust-error-handling/']);
    }
  });

  it('adds the headings a second shard brings to a post it already has', async () => {
    const { suggester } = setUp();
    // "ku" brings the post without its "CPU throttling" heading, which has no word in "ku".
    await suggester.suggest('kubernetes');
    expect(posts(await suggester.suggest('throttling'))).toEqual(['/posts/kubernetes-resource-requests-limits/']);
    expect(posts(await suggester.suggest('kubernetes throttling'))[0]).toBe('/posts/kubernetes-resource-requests-limits/');
    // The post is still there once, under its own title.
    expect((await suggester.suggest('requests')).filter((s) => s.label === 'Requests and limits in Kubernetes, explained')).toHaveLength(1);
  });

  it('suggests topics before any shard arrives, and the most used ones when asked', async () => {
    const { suggester } = setUp(FILES, () => true);
    expect(await suggester.suggest('maya')).toContainEqual(expect.objectContaining({ kind: 'author', label: 'Maya Chen' }));
    expect(suggester.popular(2).map((s) => s.label)).toEqual(['Cloud Native', 'kubernetes']);
  });

  it('tries a failed download again with the next query that needs it', async () => {
    let offline = true;
    const { suggester, fetched } = setUp(FILES, () => offline);
    expect(posts(await suggester.suggest('kubernetes'))).toEqual([]);
    offline = false;
    expect(posts(await suggester.suggest('kubernetes'))).toHaveLength(2);
    expect(fetched).toEqual(['ku', 'ku']);
  });

  it('ignores a broken shard or one from another build, and keeps working', async () => {
    const stale = { ...FILES, shards: new Map([...FILES.shards].map(([key, shard]) => [key, { ...shard, version: 'older' }])) };
    const { suggester } = setUp(stale);
    expect(posts(await suggester.suggest('kubernetes'))).toEqual([]);
    expect(await suggester.suggest('kubernetes')).toContainEqual(expect.objectContaining({ kind: 'tag', label: 'kubernetes' }));

    const broken = createSuggester(FILES.index, async () => ({ posts: 'nope' }));
    expect(posts(await broken.suggest('kubernetes'))).toEqual([]);
  });

  it('works, empty, without an index file', async () => {
    const suggester = createSuggester(EMPTY_INDEX_FILE, async () => null);
    expect(await suggester.suggest('kubernetes')).toEqual([]);
    expect(suggester.popular(6)).toEqual([]);
  });
});
