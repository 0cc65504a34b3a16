// sitemap.xml from the same published posts, listings and page counts the pages are built from.
import type { APIRoute } from 'astro';
import { SITE } from '../site.config';
import { authorUrl, categoryUrl, getAuthors, getCategories, getPublishedPosts, getTags, type Post } from '../lib/posts';
import { newest, renderSitemap, sitemapEntries } from '../lib/seo/sitemap';

const lastmod = (post: Post) => post.entry.data.updatedDate ?? post.entry.data.pubDate;

/** A listing's entry: its URL, how many posts it pages through and when the newest changed. */
function listing(url: string, posts: Post[]) {
  return { url, total: posts.length, lastmod: newest(posts.map(lastmod)) };
}

export const GET: APIRoute = async ({ site }) => {
  const posts = await getPublishedPosts();
  const [categories, tags, authors] = await Promise.all([getCategories(), getTags(), getAuthors()]);
  const entries = sitemapEntries({
    site: site!,
    postsPerPage: SITE.postsPerPage,
    posts: posts.map((post) => ({ url: post.url, lastmod: lastmod(post) })),
    listings: [
      listing('/', posts),
      ...categories.map((category) => listing(categoryUrl(category.id), posts.filter((post) => post.category.id === category.id))),
      ...tags.map((tag) => listing(tag.url, posts.filter((post) => post.entry.data.tags.includes(tag.id)))),
      ...authors.map((author) => listing(authorUrl(author.id), posts.filter((post) => post.author.id === author.id))),
    ],
    pages: ['/archive/', '/tags/', '/about/', '/search/'],
  });
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
