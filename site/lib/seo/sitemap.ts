// sitemap.xml (sitemaps.org protocol) from the same lists and page counts the pages use. Pure.
import { pageUrls } from '../pagination';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date;
}

export interface SitemapInput {
  site: URL | string;
  postsPerPage: number;
  /** Published posts only: the caller takes them from getPublishedPosts(). */
  posts: { url: string; lastmod: Date }[];
  /** Paginated listings (home, categories, tags, authors) with their post counts. */
  listings: { url: string; total: number; lastmod?: Date }[];
  /** Single pages (archive, tags index, about, search). */
  pages: string[];
}

/** Every URL once, absolute, in a stable order: listings, posts, then single pages. */
export function sitemapEntries(input: SitemapInput): SitemapEntry[] {
  const absolute = (path: string) => new URL(path, input.site).href;
  const entries = [
    ...input.listings.flatMap((listing) =>
      pageUrls(listing.url, listing.total, input.postsPerPage).map((url) => ({ loc: absolute(url), lastmod: listing.lastmod })),
    ),
    ...input.posts.map((post) => ({ loc: absolute(post.url), lastmod: post.lastmod })),
    ...input.pages.map((url) => ({ loc: absolute(url) })),
  ];
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.loc) && seen.add(entry.loc));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The five XML escapes the sitemap protocol requires in <loc>. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

export function renderSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : '';
    return `  <url><loc>${escapeXml(entry.loc)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Newest date in a list, for a listing's lastmod; undefined for an empty listing. */
export function newest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((latest, date) => (!latest || date > latest ? date : latest), undefined);
}
