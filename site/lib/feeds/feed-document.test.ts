import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { feedUpdated, feedUrls, renderFeed, type FeedDocument, type FeedEntry } from './feed-document';

const SITE = 'https://blog.example.com';
const absolute = (urls: Record<string, string>) =>
  Object.fromEntries(Object.entries(urls).map(([format, url]) => [format, SITE + url])) as FeedDocument['feedUrls'];

function entry(slug: string, published: string, overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    title: `Post ${slug}`,
    url: `${SITE}/posts/${slug}/`,
    published: new Date(published),
    summary: `Summary of ${slug}.`,
    contentHtml: `<p>Body of ${slug} with <img src="${SITE}/_astro/${slug}.webp" alt="x"></p>`,
    author: { name: 'Tomáš Novák', url: `${SITE}/authors/tomas-novak/` },
    category: { id: 'languages', name: 'Languages', url: `${SITE}/categories/languages/` },
    tags: [{ id: 'rust', name: 'rust', url: `${SITE}/tags/rust/` }],
    ...overrides,
  };
}

const hostile = entry('hostile', '2026-03-01T00:00:00Z', {
  title: 'Result<T, E> & friends ]]> "quoted"',
  summary: 'Why <script>alert(1)</script> & co stay text',
  updated: new Date('2026-04-01T00:00:00Z'),
});
const doc: FeedDocument = {
  title: 'BlogX: Languages',
  description: 'Rust, TypeScript & Go',
  homeUrl: `${SITE}/categories/languages/`,
  feedUrls: absolute(feedUrls('/categories/languages/')),
  language: 'en',
  publisher: { name: 'BlogX', url: `${SITE}/` },
  favicon: `${SITE}/favicon.svg`,
  entries: [hostile, entry('older', '2026-01-15T00:00:00Z')],
};

describe('feedUrls', () => {
  it('puts the three feeds beside the listing', () => {
    expect(feedUrls('/')).toEqual({ rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' });
    expect(feedUrls('/tags/rust/')).toEqual({ rss: '/tags/rust/rss.xml', atom: '/tags/rust/atom.xml', json: '/tags/rust/feed.json' });
  });

  it('refuses a listing URL without its trailing slash', () => {
    expect(() => feedUrls('/tags/rust')).toThrow(/end with/);
  });
});

describe('feedUpdated', () => {
  it('is the newest publish or update date, not the time of the build', () => {
    expect(feedUpdated(doc.entries)).toEqual(new Date('2026-04-01T00:00:00Z'));
  });

  it('is stable for an empty feed', () => {
    expect(feedUpdated([])).toEqual(new Date(0));
  });
});

describe('renderFeed rss', () => {
  const rss = renderFeed(doc, 'rss');
  const feed = parseRssFeed(rss);

  it('describes the listing and points at itself', () => {
    expect(feed.title).toBe('BlogX: Languages');
    expect(feed.link).toBe(`${SITE}/categories/languages/`);
    expect(feed.description).toBe('Rust, TypeScript & Go');
    expect(feed.atom?.links?.[0]?.href).toBe(`${SITE}/categories/languages/rss.xml`);
    expect(feed.lastBuildDate).toBe('Wed, 01 Apr 2026 00:00:00 GMT');
  });

  it('gives each item its title, link, stable guid, publish date, author, categories and full content', () => {
    const [first] = feed.items ?? [];
    expect(feed.items).toHaveLength(2);
    expect(first?.title).toBe('Result<T, E> & friends ]]> "quoted"');
    expect(first?.link).toBe(`${SITE}/posts/hostile/`);
    expect(first?.guid).toEqual({ value: `${SITE}/posts/hostile/`, isPermaLink: false });
    expect(first?.pubDate).toBe('Sun, 01 Mar 2026 00:00:00 GMT');
    expect(first?.dc?.creators).toEqual(['Tomáš Novák']);
    expect(first?.categories?.map((category) => category.name)).toEqual(['Languages', 'rust']);
    expect(first?.content?.encoded).toBe(hostile.contentHtml);
  });

  it('keeps the plain-text summary from being read as markup', () => {
    expect(feed.items?.[0]?.description).toBe('Why &lt;script>alert(1)&lt;/script> &amp; co stay text');
  });

  it('does not publish author e-mail addresses', () => {
    expect(rss).not.toContain('<author>');
  });
});

describe('renderFeed atom', () => {
  const feed = parseAtomFeed(renderFeed(doc, 'atom'));

  it('identifies the feed by its listing URL with self and alternate links', () => {
    expect(feed.id).toBe(`${SITE}/categories/languages/`);
    expect(feed.links).toEqual([
      { rel: 'alternate', href: `${SITE}/categories/languages/` },
      { rel: 'self', href: `${SITE}/categories/languages/atom.xml` },
    ]);
    expect(feed.updated).toBe('2026-04-01T00:00:00.000Z');
  });

  it('escapes the plain-text title because Atom declares it as HTML', () => {
    const [first] = feed.entries ?? [];
    expect(first?.title).toEqual({ type: 'html', value: 'Result&lt;T, E> &amp; friends ]]> "quoted"' });
  });

  it('gives each entry its id, dates, author with URL, categories, summary and full content', () => {
    const [first] = feed.entries ?? [];
    expect(first?.id).toBe(`${SITE}/posts/hostile/`);
    expect(first?.published).toBe('2026-03-01T00:00:00.000Z');
    expect(first?.updated).toBe('2026-04-01T00:00:00.000Z');
    expect(first?.authors).toEqual([{ name: 'Tomáš Novák', uri: `${SITE}/authors/tomas-novak/` }]);
    expect(first?.categories).toEqual([
      { term: 'languages', scheme: `${SITE}/categories/`, label: 'Languages' },
      { term: 'rust', scheme: `${SITE}/tags/`, label: 'rust' },
    ]);
    expect(first?.content).toEqual({ type: 'html', value: hostile.contentHtml });
    expect(first?.summary?.type).toBe('html');
  });
});

describe('renderFeed json', () => {
  const text = renderFeed(doc, 'json');
  const feed = parseJsonFeed(text);

  it('writes JSON Feed 1.1 with language and authors', () => {
    expect(text).toContain('"version": "https://jsonfeed.org/version/1.1"');
    expect(feed.feed_url).toBe(`${SITE}/categories/languages/feed.json`);
    expect(feed.language).toBe('en');
    expect(feed.authors).toEqual([{ name: 'BlogX', url: `${SITE}/` }]);
  });

  it('keeps titles and summaries as plain text and the body as HTML', () => {
    const [first] = feed.items ?? [];
    expect(first?.title).toBe('Result<T, E> & friends ]]> "quoted"');
    expect(first?.summary).toBe('Why <script>alert(1)</script> & co stay text');
    expect(first?.content_html).toBe(hostile.contentHtml);
    expect(first?.date_published).toBe('2026-03-01T00:00:00.000Z');
    expect(first?.date_modified).toBe('2026-04-01T00:00:00.000Z');
    expect(first?.authors).toEqual([{ name: 'Tomáš Novák', url: `${SITE}/authors/tomas-novak/` }]);
    expect(first?.tags).toEqual(['Languages', 'rust']);
  });
});

describe('renderFeed determinism', () => {
  it('renders the same bytes for the same content', () => {
    for (const format of ['rss', 'atom', 'json'] as const) expect(renderFeed(doc, format)).toBe(renderFeed(doc, format));
  });
});
