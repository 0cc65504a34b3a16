import { describe, expect, it } from 'vitest';
import { POSTS } from './suggestion-fixtures';
import { buildSuggestionFiles } from './suggestion-shards';
import {
  createSuggestionIndex,
  isSuggestionIndexFile,
  isSuggestionShard,
  popularTopics,
  rankSuggestions,
  suggest,
  toPostDocument,
  toTopicDocuments,
  type Suggestion,
  type SuggestionIndexFile,
} from './suggestions';

const { index: FILE, shards: SHARDS } = buildSuggestionFiles(POSTS, { maxShardBytes: Infinity, postsPerTerm: 10, measure: (text) => text.length });
// Every post and topic in one index: what the reader's index holds once the shards a query needs are in.
const index = createSuggestionIndex([...POSTS.map(toPostDocument), ...toTopicDocuments(FILE.topics)]);
const urls = (suggestions: Suggestion[]) => suggestions.map((suggestion) => suggestion.url);

describe('suggest', () => {
  it('finds the Kubernetes posts for the typo "kubernets"', () => {
    const found = suggest(index, 'kubernets');
    expect(urls(found.filter((s) => s.kind === 'post')).sort()).toEqual([
      '/posts/kubernetes-resource-requests-limits/',
      '/posts/kubernetes-zero-downtime-deploys/',
    ]);
    expect(found).toContainEqual(expect.objectContaining({ kind: 'tag', label: 'kubernetes', url: '/search/?tag=kubernetes' }));
  });

  it('suggests while the word is still being typed', () => {
    expect(urls(suggest(index, 'tok'))).toContain('/posts/rust-async-tokio-pitfalls/');
  });

  it('completes only the last word, and only from two letters', () => {
    expect(urls(suggest(index, 'tok zzzz'))).toEqual([]);
    expect(urls(suggest(index, 'zzzz tok'))).toContain('/posts/rust-async-tokio-pitfalls/');
    expect(suggest(index, 'p')).toEqual([]);
  });

  it('matches headings inside posts', () => {
    expect(urls(suggest(index, 'throttling'))[0]).toBe('/posts/kubernetes-resource-requests-limits/');
  });

  it('suggests authors and categories as topics that open the filtered search page', () => {
    expect(suggest(index, 'priya')).toContainEqual({
      id: 'author:Priya Raman',
      kind: 'author',
      label: 'Priya Raman',
      url: '/search/?author=Priya+Raman',
      detail: 'Author · 1 post',
    });
    expect(suggest(index, 'cloud nat')).toContainEqual(expect.objectContaining({ kind: 'category', detail: 'Category · 2 posts' }));
  });

  it('ignores diacritics both ways: "tomas novak" finds Tomáš Novák, "zurich" and "zürich" the same heading', () => {
    expect(suggest(index, 'tomas novak')).toContainEqual(expect.objectContaining({ kind: 'author', label: 'Tomáš Novák' }));
    expect(urls(suggest(index, 'zurich'))).toEqual(['/posts/rust-error-handling/']);
    expect(urls(suggest(index, 'ZÜRICH'))).toEqual(['/posts/rust-error-handling/']);
  });

  it('ranks a title match above a heading match', () => {
    const found = suggest(index, 'postgresql');
    expect(found[0]?.url).toBe('/posts/postgresql-index-types/');
  });

  it('does not apply typo tolerance to short words, which would match almost anything', () => {
    expect(suggest(index, 'gon')).toEqual([]);
  });

  it('returns nothing for an empty query and for words nowhere in the index', () => {
    expect(suggest(index, '   ')).toEqual([]);
    expect(suggest(index, 'xylophone')).toEqual([]);
  });

  it('treats a query with markup as words', () => {
    expect(() => suggest(index, '<img src=x onerror=alert(1)>')).not.toThrow();
  });
});

describe('rankSuggestions', () => {
  const result = (id: string, kind: Suggestion['kind'], score: number) => ({ id, kind, label: id, url: `/${id}/`, detail: '', score });

  it('puts posts before topics, each by score, within the limits', () => {
    const ranked = rankSuggestions(
      [result('t1', 'tag', 9), result('p1', 'post', 5), result('p2', 'post', 8), result('p3', 'post', 7), result('a1', 'author', 6)],
      { posts: 2, topics: 1, minRelativeScore: 0 },
    );
    expect(ranked.map((s) => s.id)).toEqual(['p2', 'p3', 't1']);
  });

  it('drops matches far weaker than the best one', () => {
    const ranked = rankSuggestions([result('p1', 'post', 10), result('p2', 'post', 0.5)], { posts: 5, topics: 5, minRelativeScore: 0.1 });
    expect(ranked.map((s) => s.id)).toEqual(['p1']);
  });

  it('returns suggestions without their scores', () => {
    expect(rankSuggestions([result('p1', 'post', 1)])[0]).not.toHaveProperty('score');
  });
});

describe('popularTopics', () => {
  it('offers the most used topics, as the index file lists them, when nothing matched', () => {
    expect(popularTopics(FILE.topics, 3).map((s) => s.url)).toEqual(['/search/?category=Cloud+Native', '/search/?tag=kubernetes', '/search/?category=Languages']);
    expect(popularTopics(FILE.topics, 1)[0]).toEqual({
      id: 'category:Cloud Native',
      kind: 'category',
      label: 'Cloud Native',
      url: '/search/?category=Cloud+Native',
      detail: 'Category · 2 posts',
    });
  });
});

describe('isSuggestionIndexFile', () => {
  it('accepts the file the build writes', () => {
    expect(isSuggestionIndexFile(FILE)).toBe(true);
    expect(isSuggestionIndexFile(JSON.parse(JSON.stringify(FILE)))).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isSuggestionIndexFile(null)).toBe(false);
    expect(isSuggestionIndexFile({ posts: [] })).toBe(false);
    expect(isSuggestionIndexFile({ ...FILE, shards: 'ku' })).toBe(false);
    expect(isSuggestionIndexFile({ ...FILE, topics: [['series', 'Rust', 1]] })).toBe(false);
    expect(isSuggestionIndexFile({ ...FILE, topics: [['tag', 'rust', -1]] })).toBe(false);
  });
});

describe('isSuggestionShard', () => {
  const shard = SHARDS.get('ku')!;
  const post = shard.posts[0]!;
  const withPost = (changed: unknown[]) => ({ ...shard, posts: [changed] });
  const tagAt = FILE.topics.findIndex(([kind]) => kind === 'tag');

  it('accepts a shard of the same build', () => {
    expect(isSuggestionShard(JSON.parse(JSON.stringify(shard)), FILE)).toBe(true);
  });

  it('rejects a shard of another build, whose topic positions may mean other topics', () => {
    const other: SuggestionIndexFile = { ...FILE, version: 'another' };
    expect(isSuggestionShard(shard, other)).toBe(false);
  });

  it('rejects topic positions out of range or of the wrong kind, links off the site and wrong shapes', () => {
    expect(isSuggestionShard(withPost([post[0], post[1], FILE.topics.length, post[3], post[4], post[5]]), FILE)).toBe(false);
    expect(isSuggestionShard(withPost([post[0], post[1], tagAt, post[3], post[4], post[5]]), FILE)).toBe(false);
    expect(isSuggestionShard(withPost([post[0], post[1], post[2], post[3], [post[2]], post[5]]), FILE)).toBe(false);
    expect(isSuggestionShard(withPost(['https://evil.example/', ...post.slice(1)]), FILE)).toBe(false);
    expect(isSuggestionShard(withPost([...post.slice(0, 5), 'heading']), FILE)).toBe(false);
    expect(isSuggestionShard({ version: FILE.version, posts: [null] }, FILE)).toBe(false);
    expect(isSuggestionShard(null, FILE)).toBe(false);
  });
});
