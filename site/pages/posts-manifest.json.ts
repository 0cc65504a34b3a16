// The posts manifest; the schema it must satisfy lives with its reader in the Worker.
import type { APIRoute } from 'astro';
import { PostsManifest } from '../../edge/content/posts-manifest';
import { getAuthors, getCategories, getPublishedPosts } from '../lib/posts';
import { cardAvatarUrl } from '../lib/seo/og-image';
import { SITE } from '../site.config';

export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const manifest = PostsManifest.parse({
    posts: posts.map(({ slug, entry, author, category }) => ({
      slug,
      title: entry.data.title,
      category: category.id,
      tags: entry.data.tags,
      author: author.id,
      date: entry.data.pubDate.toISOString(),
    })),
    // What the Open Graph cards show besides a post's title (edge/og/card.ts).
    site: { name: SITE.title, tagline: SITE.tagline },
    authors: await Promise.all(
      (await getAuthors()).map(async (author) => ({ id: author.id, name: author.data.name, avatar: await cardAvatarUrl(author) })),
    ),
    categories: (await getCategories()).map((category) => ({ id: category.id, name: category.data.name })),
  });
  return Response.json(manifest);
};
