// Feeds, sitemap, robots.txt and structured data as a feed reader and a crawler see them.
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { SITE } from '../site/site.config';

const DRAFT = 'kubernetes-gateway-api';
const SCHEDULED = 'rust-2027-edition-preview';

interface ManifestPost {
  slug: string;
  title: string;
  category: string;
  tags: string[];
  author: string;
  date: string;
}

const authors: { id: string; name: string }[] = JSON.parse(readFileSync('content/authors.json', 'utf8'));

async function publishedPosts(request: APIRequestContext): Promise<ManifestPost[]> {
  const manifest = (await (await request.get('/posts-manifest.json')).json()) as { posts: ManifestPost[] };
  return manifest.posts;
}

/** Every listing with feeds and the posts it lists, newest first (the manifest's order). */
function listings(posts: ManifestPost[]): { url: string; posts: ManifestPost[] }[] {
  const categories = [...new Set(posts.map((post) => post.category))];
  const tags = [...new Set(posts.flatMap((post) => post.tags))];
  return [
    { url: '/', posts },
    ...categories.map((id) => ({ url: `/categories/${id}/`, posts: posts.filter((post) => post.category === id) })),
    ...tags.map((id) => ({ url: `/tags/${id}/`, posts: posts.filter((post) => post.tags.includes(id)) })),
  ];
}

/** Feed URLs are absolute on the configured site; the test server may listen elsewhere. */
const pathOf = (url: string | undefined) => new URL(url ?? '').pathname;
const slugOf = (url: string | undefined) => pathOf(url).match(/^\/posts\/([a-z0-9-]+)\/$/)?.[1];

/** Strict XML parsing: the browser reports any well-formedness error as a <parsererror>. */
async function xmlError(page: Page, xml: string): Promise<string | null> {
  return page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
    xml,
  );
}

/** Every URL a feed item's HTML points at (links, images, srcset candidates), parsed as HTML so
 * markup shown as text in code samples does not count. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const { href, src, srcSet } = node.properties;
    for (const value of [href, src]) if (typeof value === 'string') urls.push(value);
    const candidates = Array.isArray(srcSet) ? srcSet.join(', ') : typeof srcSet === 'string' ? srcSet : '';
    for (const candidate of candidates.split(/,\s+/).filter(Boolean)) urls.push(candidate.trim().split(/\s+/)[0]!);
  });
  return urls;
}

interface ParsedItem {
  slug: string | undefined;
  content: string;
}

async function readFeed(request: APIRequestContext, page: Page, url: string, format: 'rss' | 'atom' | 'json'): Promise<ParsedItem[]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  if (format === 'json') {
    expect(response.headers()['content-type'], url).toMatch(/^application\/feed\+json/);
    const feed = parseJsonFeed(text);
    expect(feed.title, url).toBeTruthy();
    return (feed.items ?? []).map((item) => ({ slug: slugOf(item.url), content: item.content_html ?? '' }));
  }
  expect(response.headers()['content-type'], url).toMatch(format === 'rss' ? /^application\/rss\+xml/ : /^application\/atom\+xml/);
  expect(await xmlError(page, text), url).toBeNull();
  if (format === 'rss') {
    const feed = parseRssFeed(text);
    expect(feed.title, url).toBeTruthy();
    return (feed.items ?? []).map((item) => ({ slug: slugOf(item.link), content: item.content?.encoded ?? '' }));
  }
  const feed = parseAtomFeed(text);
  expect(feed.title?.value, url).toBeTruthy();
  return (feed.entries ?? []).map((entry) => ({ slug: slugOf(entry.links?.[0]?.href), content: entry.content?.value ?? '' }));
}

test('every site, category and tag feed parses and carries the full content of its newest posts', async ({ request, page }) => {
  const posts = await publishedPosts(request);
  const feeds = listings(posts).flatMap((listing) => [
    { ...listing, format: 'rss' as const, feedUrl: `${listing.url}rss.xml` },
    { ...listing, format: 'atom' as const, feedUrl: `${listing.url}atom.xml` },
    { ...listing, format: 'json' as const, feedUrl: `${listing.url}feed.json` },
  ]);
  expect(feeds.length).toBeGreaterThan(3 * 10);
  for (const feed of feeds) {
    const items = await readFeed(request, page, feed.feedUrl, feed.format);
    const expected = feed.posts.slice(0, SITE.feedSize).map((post) => post.slug);
    expect(items.map((item) => item.slug), feed.feedUrl).toEqual(expected);
    for (const item of items) {
      expect(item.content, `${feed.feedUrl} ${item.slug}`).toMatch(/<p>[\s\S]*<\/p>[\s\S]*<h2[\s>]/);
      expect(item.content).not.toMatch(/<script\b/i);
      for (const url of urlsIn(item.content)) expect(() => new URL(url), `${feed.feedUrl} ${item.slug}: ${url}`).not.toThrow();
    }
  }
});

test('the site feed holds the newest SITE.feedSize posts and never a draft or scheduled post', async ({ request, page }) => {
  const posts = await publishedPosts(request);
  expect(posts.length).toBeGreaterThan(SITE.feedSize);
  for (const [url, format] of [['/rss.xml', 'rss'], ['/atom.xml', 'atom'], ['/feed.json', 'json']] as const) {
    const response = await request.get(url);
    const text = await response.text();
    expect(text).not.toContain(DRAFT);
    expect(text).not.toContain(SCHEDULED);
    expect(await readFeed(request, page, url, format)).toHaveLength(SITE.feedSize);
  }
});

/** Posts with a local diagram.png beside their markdown, which astro:assets turns into /_astro/ files. */
const DIAGRAM_POSTS = ['kubernetes-zero-downtime-deploys', 'postgresql-index-types', 'static-sites-core-web-vitals', 'webassembly-on-the-edge'];

test('local images in feed content become absolute astro:assets URLs that load', async ({ request, page }) => {
  const items = (await readFeed(request, page, '/rss.xml', 'rss')).filter((item) => DIAGRAM_POSTS.includes(item.slug ?? ''));
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const images = urlsIn(item.content).filter((url) => url.includes('/_astro/diagram.'));
    expect(images.length, item.slug).toBeGreaterThan(0);
    for (const src of images) {
      expect(src, item.slug).toMatch(/^https?:\/\/[^/]+\/_astro\//);
      const image = await request.get(pathOf(src));
      expect(image.status(), src).toBe(200);
      expect(image.headers()['content-type'], src).toMatch(/^image\//);
    }
  }
});

test('the sitemap lists every published post and listing once, no draft, no 404, and every URL is served', async ({ request, page }) => {
  const posts = await publishedPosts(request);
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(await xmlError(page, xml)).toBeNull();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => pathOf(match[1]));
  expect(new Set(paths).size).toBe(paths.length);
  for (const post of posts) expect(paths).toContain(`/posts/${post.slug}/`);
  expect(paths.filter((path) => path.startsWith('/posts/'))).toHaveLength(posts.length);
  expect(xml).not.toContain(DRAFT);
  expect(xml).not.toContain(SCHEDULED);
  expect(paths.some((path) => path.includes('404'))).toBe(false);
  for (const path of ['/', '/archive/', '/tags/', '/about/', '/search/']) expect(paths).toContain(path);
  const missing: string[] = [];
  for (const path of paths) if ((await request.get(path)).status() !== 200) missing.push(path);
  expect(missing, 'sitemap URLs the site does not serve').toEqual([]);
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(pathOf(sitemap)).toBe('/sitemap.xml');
  expect(text).toContain('Disallow: /admin/');
});

test('JSON-LD on a post parses and names its author', async ({ request, page }) => {
  const post = (await publishedPosts(request)).find((candidate) => candidate.slug === 'kubernetes-zero-downtime-deploys')!;
  await page.goto(`/posts/${post.slug}/`);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  );
  const article = blocks.find((block) => block['@type'] === 'BlogPosting') as {
    headline: string;
    datePublished: string;
    author: { '@type': string; name: string; url: string };
    mainEntityOfPage: { '@id': string };
  };
  expect(article.headline).toBe(post.title);
  expect(article.datePublished).toBe(post.date);
  expect(article.author['@type']).toBe('Person');
  expect(article.author.name).toBe(authors.find((author) => author.id === post.author)?.name);
  expect(pathOf(article.author.url)).toBe(`/authors/${post.author}/`);
  expect(pathOf(article.mainEntityOfPage['@id'])).toBe(`/posts/${post.slug}/`);
  const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
  expect(breadcrumbs.itemListElement.map((crumb) => crumb.name)).toEqual(['Home', expect.any(String), post.title]);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="article:author"]')).toHaveAttribute('content', new RegExp(`/authors/${post.author}/$`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/posts/${post.slug}/$`));
});

test('the home page offers a site search action and feeds that answer', async ({ page, request }) => {
  await page.goto('/');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as { '@type': string; potentialAction?: { target: { urlTemplate: string } } },
  );
  const site = blocks.find((block) => block['@type'] === 'WebSite');
  expect(site?.potentialAction?.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
  const feeds = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => ({ type: link.getAttribute('type'), href: link.getAttribute('href') ?? '' })),
  );
  expect(feeds.map((feed) => feed.type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  for (const feed of feeds) expect((await request.get(feed.href)).status(), feed.href).toBe(200);
});

test('a category page links its own feeds besides the site feeds', async ({ page, request }) => {
  await page.goto('/categories/cloud-native/');
  const hrefs = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs).toEqual(expect.arrayContaining(['/rss.xml', '/categories/cloud-native/rss.xml', '/categories/cloud-native/atom.xml', '/categories/cloud-native/feed.json']));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

/** Width and height of a PNG from its IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the Open Graph cards pages link are 1200x630 PNGs the Worker draws, immutable at the linked version', async ({ page, request }) => {
  const post = 'kubernetes-zero-downtime-deploys';
  for (const path of [`/posts/${post}/`, '/', '/categories/cloud-native/']) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
    const url = new URL(image!);
    expect(url.pathname, path).toBe(path === '/' || path.startsWith('/categories/') ? '/og/site.png' : `/og/${post}.png`);
    expect(url.searchParams.get('v'), path).toMatch(/^[0-9a-f]{16}$/);
    const card = await request.get(url.pathname + url.search);
    expect(card.status(), path).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    // Immutable only when the build's version is the one the Worker computes from the manifest.
    expect(card.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
  }
  const json = parseJsonFeed(await (await request.get('/feed.json')).text());
  const item = json.items?.find((entry) => slugOf(entry.url) === post);
  await page.goto(`/posts/${post}/`);
  expect(item?.image).toBe(await page.locator('meta[property="og:image"]').getAttribute('content'));
});

test('drafts and scheduled posts have no Open Graph card', async ({ request }) => {
  for (const slug of [DRAFT, SCHEDULED]) {
    const res = await request.get(`/og/${slug}.png`);
    expect(res.status(), slug).toBe(404);
    expect((await res.json()) as unknown).toEqual({ error: { code: 'not_found', message: `No published post has the slug "${slug}"` } });
  }
});
