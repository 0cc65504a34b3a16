import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, isRunnable, isSitePath, readSearchQuery, searchPageUrl, toPagefindSearch, toSearchParams } from './query';

const read = (search: string) => readSearchQuery(new URLSearchParams(search));

describe('readSearchQuery', () => {
  it('reads the words and the three filters', () => {
    expect(read('q=zero+downtime&category=Cloud+Native&tag=kubernetes&author=Maya+Chen')).toEqual({
      q: 'zero downtime',
      filters: { category: 'Cloud Native', tag: 'kubernetes', author: 'Maya Chen' },
    });
  });

  it('trims and collapses whitespace and drops empty filters', () => {
    expect(read('q=%20%20rust%20%0A%20async%20&category=&tag=%20')).toEqual({ q: 'rust async', filters: {} });
  });

  it('ignores parameters it does not know', () => {
    expect(read('q=x&page=2&utm_source=y')).toEqual({ q: 'x', filters: {} });
  });

  it('cuts a very long query', () => {
    expect(read(`q=${'a'.repeat(5000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps markup in a query as plain characters', () => {
    expect(read('q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').q).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('toSearchParams and searchPageUrl', () => {
  it('round-trips through the URL', () => {
    const query = { q: 'tls rotation', filters: { category: 'Security', author: 'Maya Chen' } };
    expect(readSearchQuery(toSearchParams(query))).toEqual(query);
  });

  it('leaves empty values out of the URL', () => {
    expect(searchPageUrl({ q: '', filters: { tag: 'rust', category: '' } })).toBe('/search/?tag=rust');
    expect(searchPageUrl({ q: ' ', filters: {} })).toBe('/search/');
  });

  it('percent-encodes markup so the URL carries it as data', () => {
    expect(searchPageUrl({ q: '<b>"x"&y', filters: {} })).toBe('/search/?q=%3Cb%3E%22x%22%26y');
  });
});

describe('toPagefindSearch', () => {
  it('passes words and filters to Pagefind', () => {
    expect(toPagefindSearch({ q: 'index', filters: { category: 'Databases' } })).toEqual({
      term: 'index',
      filters: { category: 'Databases' },
    });
  });

  it('uses a null term to list every page in a filter', () => {
    expect(toPagefindSearch({ q: '', filters: { tag: 'kubernetes' } })).toEqual({ term: null, filters: { tag: 'kubernetes' } });
  });
});

describe('isRunnable', () => {
  it('runs for words or for a filter alone, not for nothing', () => {
    expect(isRunnable({ q: 'go', filters: {} })).toBe(true);
    expect(isRunnable({ q: '', filters: { author: 'Maya Chen' } })).toBe(true);
    expect(isRunnable({ q: '', filters: {} })).toBe(false);
  });
});

describe('isSitePath', () => {
  it('accepts paths on this site only', () => {
    expect(isSitePath('/posts/helm-vs-kustomize/')).toBe(true);
    expect(isSitePath('/posts/a/#section')).toBe(true);
    for (const url of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '']) {
      expect(isSitePath(url)).toBe(false);
    }
  });
});
