import { describe, expect, it } from 'vitest';
import { describeRange, usersQuery } from './users';

describe('usersQuery', () => {
  it('sends search and role only when set, with the page window', () => {
    expect(usersQuery({ q: '', role: '', offset: 0 })).toBe('/api/users?limit=25&offset=0');
    expect(usersQuery({ q: ' 50%_off ', role: 'author', offset: 25 })).toBe('/api/users?limit=25&offset=25&q=50%25_off&role=author');
  });

  it('keeps the search within the 100 characters the API takes', () => {
    const query = new URL(usersQuery({ q: 'x'.repeat(150), role: '', offset: 0 }), 'http://h').searchParams.get('q');
    expect(query).toHaveLength(100);
  });
});

describe('describeRange', () => {
  it('describes the rows shown out of the total', () => {
    expect(describeRange(0, 25, 60)).toBe('1–25 of 60');
    expect(describeRange(50, 10, 60)).toBe('51–60 of 60');
    expect(describeRange(0, 0, 0)).toBe('No accounts');
  });
});
