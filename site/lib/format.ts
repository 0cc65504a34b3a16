// Formatting shared by every page; English, UTC so a build machine's timezone never shifts a date.
const DATE = /* @__PURE__ */ new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const LONG_DATE = /* @__PURE__ */ new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

export const formatDate = (date: Date): string => DATE.format(date);
export const formatLongDate = (date: Date): string => LONG_DATE.format(date);
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
