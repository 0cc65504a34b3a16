/** Groups items (already newest first) by UTC year, newest year first, keeping their order. */
export function groupByYear<T>(items: T[], dateOf: (item: T) => Date): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = dateOf(item).getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }));
}
