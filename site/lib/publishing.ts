// Pure rules for what a build publishes. No Astro imports, so they are unit-tested in Node.

export interface PublishableData {
  status: 'draft' | 'published';
  pubDate: Date;
}

/** Drafts never appear; a future pubDate appears only in a build made after that time. */
export function isPublished(data: PublishableData, now: Date): boolean {
  return data.status === 'published' && data.pubDate.getTime() <= now.getTime();
}

export function byNewestFirst<T extends { data: { pubDate: Date; title: string } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);
}

const WORDS_PER_MINUTE = 230;

/** Reading time in whole minutes (at least 1), counting prose and code alike. */
export function readingMinutes(markdown: string): number {
  const words = markdown.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
