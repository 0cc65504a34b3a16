import { describe, expect, it } from 'vitest';
import { describeDialogState, describeQuery, describeResults } from './status-text';

describe('describeQuery', () => {
  it('names the words and every filter', () => {
    expect(describeQuery({ q: 'tls', filters: { category: 'Security', tag: 'tls', author: 'Maya Chen' } })).toBe(
      'for “tls” in Security tagged tls by Maya Chen',
    );
  });

  it('describes a filter-only search', () => {
    expect(describeQuery({ q: '', filters: { tag: 'rust' } })).toBe('tagged rust');
  });
});

describe('describeResults', () => {
  it('counts results in words', () => {
    expect(describeResults({ q: 'rust', filters: {} }, 1)).toBe('1 result for “rust”.');
    expect(describeResults({ q: 'rust', filters: {} }, 7)).toBe('7 results for “rust”.');
    expect(describeResults({ q: 'kubernets', filters: {} }, 0)).toBe('No results for “kubernets”.');
  });

  it('describes filters with or without words', () => {
    expect(describeResults({ q: '', filters: { tag: 'kubernetes' } }, 3)).toBe('3 results tagged kubernetes.');
    expect(describeResults({ q: 'tls', filters: { category: 'Security' } }, 2)).toBe('2 results for “tls” in Security.');
  });

  it('keeps a query with markup verbatim, as text for textContent', () => {
    expect(describeResults({ q: '<img src=x onerror=alert(1)>', filters: {} }, 0)).toBe('No results for “<img src=x onerror=alert(1)>”.');
  });
});

describe('describeDialogState', () => {
  it('announces results and suggestions', () => {
    expect(describeDialogState({ q: 'kube', filters: {} }, 3, 2)).toBe('3 results for “kube”. 2 suggestions.');
  });

  it('says suggestions are offered instead when nothing matched', () => {
    expect(describeDialogState({ q: 'kubernets', filters: {} }, 0, 3)).toBe('No results for “kubernets”. 3 suggestions instead.');
  });

  it('announces the popular topics offered for an empty query', () => {
    expect(describeDialogState({ q: '', filters: {} }, 0, 6)).toBe('6 popular topics.');
    expect(describeDialogState({ q: '', filters: {} }, 0, 0)).toBe('');
  });
});
