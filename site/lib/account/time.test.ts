import { describe, expect, it } from 'vitest';
import { describeAgo, formatDateTime } from './time';

const now = new Date('2026-11-23T12:00:00Z');
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('describeAgo', () => {
  it('says just now within a minute, then minutes, hours and days', () => {
    expect(describeAgo(before(5), now, 'en')).toBe('just now');
    expect(describeAgo(before(60), now, 'en')).toBe('1 minute ago');
    expect(describeAgo(before(5 * 60 + 30), now, 'en')).toBe('5 minutes ago');
    expect(describeAgo(before(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(describeAgo(before(86_400), now, 'en')).toBe('yesterday');
    expect(describeAgo(before(3 * 86_400), now, 'en')).toBe('3 days ago');
  });

  it('gives the date for anything a week old or more, and nothing for a bad time', () => {
    expect(describeAgo(before(30 * 86_400), now, 'en')).toBe(formatDateTime(before(30 * 86_400), 'en'));
    expect(describeAgo('not a date', now, 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('formats date and time in the given zone', () => {
    expect(formatDateTime('2026-11-23T12:05:00Z', 'en', 'UTC')).toBe('Nov 23, 2026, 12:05 PM');
  });
});
