import { describe, expect, it } from 'vitest';
import { groupByYear } from './archive';

describe('groupByYear', () => {
  it('groups by UTC year, newest year first, keeping order within a year', () => {
    const items = ['2026-03-01', '2026-01-05', '2025-12-31T23:30:00Z', '2024-06-01'].map((d) => new Date(d));
    expect(groupByYear(items, (d) => d).map(({ year, items: grouped }) => [year, grouped.length])).toEqual([
      [2026, 2],
      [2025, 1],
      [2024, 1],
    ]);
  });

  it('returns nothing for no items', () => {
    expect(groupByYear([], (d: Date) => d)).toEqual([]);
  });
});
