import { describe, expect, it } from 'vitest';
import { pickHeadings, toSuggestionPost } from './suggestion-data';

describe('pickHeadings', () => {
  it('keeps h2 and h3 in order and leaves out h1 and h4 and deeper', () => {
    const headings = [
      { depth: 1, text: 'Title' },
      { depth: 2, text: 'Where requests get lost' },
      { depth: 3, text: 'Readiness probes' },
      { depth: 4, text: 'A detail' },
      { depth: 2, text: 'Graceful shutdown' },
    ];
    expect(pickHeadings(headings)).toEqual(['Where requests get lost', 'Readiness probes', 'Graceful shutdown']);
  });

  it('collapses whitespace and keeps each heading once', () => {
    expect(pickHeadings([{ depth: 2, text: ' Setup \n steps ' }, { depth: 3, text: 'Setup steps' }, { depth: 2, text: ' ' }])).toEqual([
      'Setup steps',
    ]);
  });
});

describe('toSuggestionPost', () => {
  it('carries the filter values Pagefind uses and the picked headings', () => {
    const post = { url: '/posts/a/', title: 'A', category: 'Cloud Native', author: 'Maya Chen', tags: ['kubernetes'] };
    expect(toSuggestionPost(post, [{ depth: 2, text: 'One' }])).toEqual({ ...post, headings: ['One'] });
  });
});
