import { describe, expect, it } from 'vitest';
import {
  createSuggestionIndex,
  isSuggestionData,
  listTopics,
  popularTopics,
  rankSuggestions,
  suggest,
  type Suggestion,
  type SuggestionData,
} from './suggestions';

const DATA: SuggestionData = {
  posts: [
    {
      url: '/posts/kubernetes-zero-downtime-deploys/',
      title: 'Zero-downtime deploys on Kubernetes',
      category: 'Cloud Native',
      author: 'Maya Chen',
      tags: ['kubernetes', 'deployments'],
      headings: ['Where requests get lost', 'Readiness probes', 'A preStop delay'],
    },
    {
      url: '/posts/kubernetes-resource-requests-limits/',
      title: 'Requests and limits in Kubernetes, explained',
      category: 'Cloud Native',
      author: 'Maya Chen',
      tags: ['kubernetes', 'performance'],
      headings: ['CPU throttling', 'Memory and the OOM killer'],
    },
    {
      url: '/posts/rust-async-tokio-pitfalls/',
      title: 'Five async pitfalls in Tokio',
      category: 'Languages',
      author: 'Jonas Weber',
      tags: ['rust', 'async'],
      headings: ['Blocking the runtime', 'Holding a mutex across await'],
    },
    {
      url: '/posts/postgresql-index-types/',
      title: 'PostgreSQL index types beyond B-tree',
      category: 'Databases',
      author: 'Priya Raman',
      tags: ['postgresql', 'performance'],
      headings: ['GIN for JSONB and arrays', 'BRIN for huge append-only tables'],
    },
  ],
};

const index = createSuggestionIndex(DATA);
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

describe('listTopics and popularTopics', () => {
  it('counts the posts of every category, tag and author, most used first, ties by name', () => {
    const topics = listTopics(DATA);
    expect(topics.slice(0, 4)).toEqual([
      { kind: 'category', value: 'Cloud Native', posts: 2 },
      { kind: 'tag', value: 'kubernetes', posts: 2 },
      { kind: 'author', value: 'Maya Chen', posts: 2 },
      { kind: 'tag', value: 'performance', posts: 2 },
    ]);
    expect(topics).toContainEqual({ kind: 'tag', value: 'performance', posts: 2 });
    expect(topics).toHaveLength(3 + 3 + 6);
  });

  it('offers the most used topics when nothing matched', () => {
    expect(popularTopics(DATA, 3).map((s) => s.url)).toEqual(['/search/?category=Cloud+Native', '/search/?tag=kubernetes', '/search/?author=Maya+Chen']);
  });
});

describe('isSuggestionData', () => {
  it('accepts the file the build writes', () => {
    expect(isSuggestionData(DATA)).toBe(true);
    expect(isSuggestionData({ posts: [] })).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isSuggestionData(null)).toBe(false);
    expect(isSuggestionData({})).toBe(false);
    expect(isSuggestionData({ posts: [{ url: '/a/', title: 'A', category: 'C', author: 'X', tags: 'rust', headings: [] }] })).toBe(false);
    expect(isSuggestionData({ posts: [null] })).toBe(false);
  });
});
