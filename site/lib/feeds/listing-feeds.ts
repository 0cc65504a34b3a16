// The site's feeds: which posts go in each listing's feed and how their bodies are rendered.
// Endpoints under site/pages/ are one line each on top of these.
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { SITE } from '../../site.config';
import { authorUrl, categoryUrl, getCategories, getPostsInCategory, getPostsWithTag, getPublishedPosts, getTags, tagUrl, type Post } from '../posts';
import { absoluteUrl } from '../seo/page-seo';
import { postOgImage } from '../seo/og-image';
import { postHtmlForFeed } from '../markdown/feed-html';
import { FEED_CONTENT_TYPES, feedUrls, renderFeed, type FeedDocument, type FeedEntry, type FeedFormat } from './feed-document';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/**
 * A post's body as HTML with absolute URLs, rendered once per build however many feeds carry it.
 * `entry.rendered.html` still holds astro:assets placeholders (`<img __ASTRO_IMAGE_=...>`); rendering
 * `<Content />` through the container API resolves them to the same /_astro/ files the page uses.
 */
function renderBody(post: Post): Promise<string> {
  let body = bodies.get(post.slug);
  if (!body) {
    body = (async () => {
      container ??= AstroContainer.create();
      const { Content } = await render(post.entry);
      return postHtmlForFeed(await (await container).renderToString(Content), absoluteUrl(post.url));
    })();
    bodies.set(post.slug, body);
  }
  return body;
}

async function feedEntry(post: Post): Promise<FeedEntry> {
  const { data } = post.entry;
  const term = (id: string, name: string, url: string) => ({ id, name, url: absoluteUrl(url) });
  return {
    title: data.title,
    url: absoluteUrl(post.url),
    published: data.pubDate,
    updated: data.updatedDate,
    summary: data.description,
    contentHtml: await renderBody(post),
    author: {
      name: post.author.data.name,
      url: absoluteUrl(authorUrl(post.author.id)),
      avatar: absoluteUrl(post.author.data.avatar.src),
    },
    category: term(post.category.id, post.category.data.name, categoryUrl(post.category.id)),
    tags: data.tags.map((tag) => term(tag, tag, tagUrl(tag))),
    image: absoluteUrl((await postOgImage(post)).url),
  };
}

const documents = new Map<string, Promise<FeedDocument>>();

/** The feed of the listing at `listingUrl`: its newest SITE.feedSize posts, built once for all three formats. */
function listingFeed(listingUrl: string, title: string, description: string, posts: () => Promise<Post[]>): Promise<FeedDocument> {
  let document = documents.get(listingUrl);
  if (!document) {
    document = (async () => {
      const latest = (await posts()).slice(0, SITE.feedSize);
      const urls = feedUrls(listingUrl);
      return {
        title,
        description,
        homeUrl: absoluteUrl(listingUrl),
        feedUrls: { rss: absoluteUrl(urls.rss), atom: absoluteUrl(urls.atom), json: absoluteUrl(urls.json) },
        language: SITE.locale,
        publisher: { name: SITE.title, url: absoluteUrl('/') },
        favicon: absoluteUrl('/favicon.svg'),
        entries: await Promise.all(latest.map(feedEntry)),
      };
    })();
    documents.set(listingUrl, document);
  }
  return document;
}

function feedResponse(document: FeedDocument, format: FeedFormat): Response {
  return new Response(renderFeed(document, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

export function siteFeedRoute(format: FeedFormat): APIRoute {
  return async () => feedResponse(await listingFeed('/', SITE.title, SITE.description, getPublishedPosts), format);
}

export const categoryFeedPaths = (async () =>
  (await getCategories()).map((category) => ({ params: { category: category.id } }))) satisfies GetStaticPaths;

export function categoryFeedRoute(format: FeedFormat): APIRoute {
  return async ({ params }) => {
    const category = (await getCategories()).find((candidate) => candidate.id === params.category);
    if (!category) throw new Error(`no category "${params.category}"`);
    const document = await listingFeed(
      categoryUrl(category.id),
      `${SITE.title}: ${category.data.name}`,
      category.data.description,
      () => getPostsInCategory(category.id),
    );
    return feedResponse(document, format);
  };
}

export const tagFeedPaths = (async () => (await getTags()).map((tag) => ({ params: { tag: tag.id } }))) satisfies GetStaticPaths;

export function tagFeedRoute(format: FeedFormat): APIRoute {
  return async ({ params }) => {
    const tag = params.tag!;
    const document = await listingFeed(tagUrl(tag), `${SITE.title}: posts tagged ${tag}`, `Posts tagged ${tag} on ${SITE.title}.`, () =>
      getPostsWithTag(tag),
    );
    return feedResponse(document, format);
  };
}
