// The posts manifest; the schema it must satisfy lives with its reader in the Worker.
import type { APIRoute } from 'astro';
import { PostsManifest } from '../../edge/content/posts-manifest';
import { getPublishedPosts } from '../lib/posts';

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
  });
  return Response.json(manifest);
};
