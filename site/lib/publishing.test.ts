import { describe, expect, it } from 'vitest';
import { byNewestFirst, isPublished, readingMinutes } from './publishing';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('isPublished', () => {
  it('publishes a post whose date has passed', () => {
    expect(isPublished({ status: 'published', pubDate: new Date('2026-05-31') }, NOW)).toBe(true);
  });

  it('publishes a post dated exactly now', () => {
    expect(isPublished({ status: 'published', pubDate: NOW }, NOW)).toBe(true);
  });

  it('holds back a scheduled post until a build after its date', () => {
    const scheduled = { status: 'published' as const, pubDate: new Date('2026-06-01T12:00:01Z') };
    expect(isPublished(scheduled, NOW)).toBe(false);
    expect(isPublished(scheduled, new Date('2026-06-02'))).toBe(true);
  });

  it('never publishes a draft, whatever its date', () => {
    expect(isPublished({ status: 'draft', pubDate: new Date('2020-01-01') }, NOW)).toBe(false);
  });
});

describe('byNewestFirst', () => {
  it('sorts by date descending, then by title for posts on the same day', () => {
    const post = (title: string, date: string) => ({ data: { title, pubDate: new Date(date) } });
    const sorted = [post('b', '2026-01-01'), post('c', '2026-03-01'), post('a', '2026-01-01')].sort(byNewestFirst);
    expect(sorted.map((p) => p.data.title)).toEqual(['c', 'a', 'b']);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute for a short text', () => {
    expect(readingMinutes('Hello world')).toBe(1);
  });

  it('counts about 230 words a minute', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });

  it('counts words in any script and ignores markdown punctuation', () => {
    expect(readingMinutes(`## Überschrift\n\n- ${'naïve café '.repeat(345)}\n\`\`\`\n---\n\`\`\``)).toBe(3);
  });
});
