import { describe, expect, it } from 'vitest';
import { escapeXml, newest, renderSitemap, sitemapEntries } from './sitemap';

const SITE = 'https://blog.example.com';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('sitemapEntries', () => {
  const entries = sitemapEntries({
    site: SITE,
    postsPerPage: 10,
    posts: [
      { url: '/posts/a/', lastmod: day('2026-03-01') },
      { url: '/posts/b/', lastmod: day('2026-02-01') },
    ],
    listings: [
      { url: '/', total: 24, lastmod: day('2026-03-01') },
      { url: '/tags/rust/', total: 3, lastmod: day('2026-02-01') },
      { url: '/categories/empty/', total: 0 },
    ],
    pages: ['/archive/', '/about/', '/'],
  });
  const locs = entries.map((entry) => entry.loc);

  it('lists every page of each listing, using the same pagination as the pages', () => {
    expect(locs).toEqual(expect.arrayContaining([`${SITE}/`, `${SITE}/page/2/`, `${SITE}/page/3/`, `${SITE}/tags/rust/`]));
    expect(locs).not.toContain(`${SITE}/page/4/`);
    expect(locs).not.toContain(`${SITE}/tags/rust/page/2/`);
  });

  it('keeps an empty listing at its first page', () => {
    expect(locs).toContain(`${SITE}/categories/empty/`);
  });

  it('lists each post with its last modification date', () => {
    expect(entries.find((entry) => entry.loc === `${SITE}/posts/a/`)?.lastmod).toEqual(day('2026-03-01'));
  });

  it('lists each URL once even when a single page repeats a listing', () => {
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.filter((loc) => loc === `${SITE}/`)).toHaveLength(1);
  });
});

describe('renderSitemap', () => {
  it('writes a urlset with escaped locations and ISO dates', () => {
    const xml = renderSitemap([{ loc: `${SITE}/search/?q=a&b`, lastmod: day('2026-01-02') }, { loc: `${SITE}/about/` }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(`<url><loc>${SITE}/search/?q=a&amp;b</loc><lastmod>2026-01-02T00:00:00.000Z</lastmod></url>`);
    expect(xml).toContain(`<url><loc>${SITE}/about/</loc></url>`);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('newest', () => {
  it('picks the latest date and gives undefined for none', () => {
    expect(newest([day('2026-01-01'), day('2026-05-01'), day('2026-03-01')])).toEqual(day('2026-05-01'));
    expect(newest([])).toBeUndefined();
  });
});
