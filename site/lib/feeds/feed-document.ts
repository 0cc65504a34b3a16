// RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from one description of a listing. Pure: every
// URL comes in absolute and the content is already rendered, so tests need no Astro.
import { Feed, type Category, type Item } from 'feed';
import { toHtml } from 'hast-util-to-html';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export const FEED_FILE_NAMES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export type FeedUrls = Record<FeedFormat, string>;

/** The three feeds of a listing live beside it: `/rss.xml`, `/tags/rust/atom.xml`, `/categories/web/feed.json`. */
export function feedUrls(listingUrl: string): FeedUrls {
  if (!listingUrl.endsWith('/')) throw new Error(`listing URL must end with "/": ${listingUrl}`);
  return { rss: listingUrl + FEED_FILE_NAMES.rss, atom: listingUrl + FEED_FILE_NAMES.atom, json: listingUrl + FEED_FILE_NAMES.json };
}

export interface FeedPerson {
  name: string;
  url: string;
  avatar?: string;
}

/** A category or tag of a post; `url` is its listing page. */
export interface FeedTerm {
  id: string;
  name: string;
  url: string;
}

export interface FeedEntry {
  title: string;
  /** The post's absolute URL; also its permanent id (slugs never change once published). */
  url: string;
  published: Date;
  updated?: Date;
  /** Plain text (the post description). */
  summary: string;
  /** The full rendered body, with absolute URLs. */
  contentHtml: string;
  author: FeedPerson;
  category: FeedTerm;
  tags: FeedTerm[];
  image?: string;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The listing page the feed mirrors. */
  homeUrl: string;
  feedUrls: FeedUrls;
  language: string;
  /** Stands for the feed as a whole (Atom requires an author when an entry could lack one). */
  publisher: FeedPerson;
  favicon?: string;
  /** Newest first, already cut to the feed size. */
  entries: FeedEntry[];
}

const lastModified = (entry: FeedEntry) => entry.updated ?? entry.published;

/** The newest change among the entries, so output depends on content only, never on the clock. */
export function feedUpdated(entries: FeedEntry[]): Date {
  const times = entries.map((entry) => lastModified(entry).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/** Plain text as HTML, for fields the formats define as HTML (Atom `type="html"`, RSS description). */
const textAsHtml = (text: string) => toHtml({ type: 'text', value: text }, { characterReferences: { useNamedReferences: true } });

/** The taxonomy a term belongs to, e.g. https://site/tags/ for https://site/tags/rust/. */
const schemeOf = (term: FeedTerm) => new URL('../', term.url).href;

function categories(entry: FeedEntry): Category[] {
  return [entry.category, ...entry.tags].map((term) => ({ name: term.name, term: term.id, scheme: schemeOf(term), domain: schemeOf(term) }));
}

function xmlFeed(doc: FeedDocument, format: 'rss' | 'atom'): Feed {
  const feed = new Feed({
    title: doc.title,
    description: doc.description,
    id: doc.homeUrl,
    link: doc.homeUrl,
    language: doc.language,
    updated: feedUpdated(doc.entries),
    generator: false,
    favicon: doc.favicon,
    feedLinks: { rss: doc.feedUrls.rss, atom: doc.feedUrls.atom, json: doc.feedUrls.json },
    author: format === 'atom' ? { name: doc.publisher.name, link: doc.publisher.url } : undefined,
  });
  for (const entry of doc.entries) {
    const item: Item = {
      title: format === 'atom' ? textAsHtml(entry.title) : entry.title,
      id: entry.url,
      link: entry.url,
      date: lastModified(entry),
      published: entry.published,
      description: textAsHtml(entry.summary),
      // An empty content:encoded would also drop the namespace declaration dc:creator needs.
      content: entry.contentHtml || textAsHtml(entry.summary),
      category: categories(entry),
    };
    // RSS's <author> must be an e-mail address, which we do not publish; dc:creator takes a name.
    if (format === 'atom') item.author = [{ name: entry.author.name, link: entry.author.url }];
    else item.extensions = [{ name: 'dc:creator', objects: { _text: entry.author.name } }];
    feed.addItem(item);
  }
  return feed;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  favicon?: string;
  authors: { name: string; url: string; avatar?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary: string;
    image?: string;
    date_published: string;
    date_modified: string;
    authors: { name: string; url: string; avatar?: string }[];
    tags: string[];
  }[];
}

const jsonPerson = (person: FeedPerson) => ({ name: person.name, url: person.url, ...(person.avatar && { avatar: person.avatar }) });

// The feed package writes JSON Feed 1.0 only (fixed version, singular author), so 1.1 is built here
// as a typed object; JSON.stringify does all the escaping JSON needs.
function jsonFeed(doc: FeedDocument): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: doc.feedUrls.json,
    description: doc.description,
    language: doc.language,
    ...(doc.favicon && { favicon: doc.favicon }),
    authors: [jsonPerson(doc.publisher)],
    items: doc.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      ...(entry.image && { image: entry.image }),
      date_published: entry.published.toISOString(),
      date_modified: lastModified(entry).toISOString(),
      authors: [jsonPerson(entry.author)],
      tags: [entry.category.name, ...entry.tags.map((tag) => tag.name)],
    })),
  };
}

export function renderFeed(doc: FeedDocument, format: FeedFormat): string {
  if (format === 'json') return `${JSON.stringify(jsonFeed(doc), null, 2)}\n`;
  const feed = xmlFeed(doc, format);
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
