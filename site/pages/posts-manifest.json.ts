// The posts manifest (DESIGN.md §5): the Worker reads it through the ASSETS binding to validate
// slugs and label results, since markdown posts are not in the database.
import type { APIRoute } from 'astro';
import { getPublishedPosts } from '../lib/posts';

export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  return Response.json({
    posts: posts.map(({ slug, entry, author, category }) => ({
      slug,
      title: entry.data.title,
      category: category.id,
      tags: entry.data.tags,
      author: author.id,
      date: entry.data.pubDate.toISOString(),
    })),
  });
};
