// /search/suggestions.json: the suggestion index's source, written at build time from published
// posts only. The search dialog fetches it when the reader opens search, never before.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getPublishedPosts } from '../../lib/posts';
import { toSuggestionPost } from '../../lib/search/suggestion-data';
import type { SuggestionData } from '../../lib/search/suggestions';

export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const data: SuggestionData = {
    posts: await Promise.all(
      posts.map(async (post) => {
        const { headings } = await render(post.entry);
        return toSuggestionPost(
          {
            url: post.url,
            title: post.entry.data.title,
            category: post.category.data.name,
            author: post.author.data.name,
            tags: post.entry.data.tags,
          },
          headings,
        );
      }),
    ),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
