// Build glue for the suggestion files: the published posts with their headings, split once per
// build and shared by index.json and every shard's endpoint. Sizes are gzip -9, as budgets measure.
import { gzipSync } from 'node:zlib';
import { render } from 'astro:content';
import { getPublishedPosts } from '../../../lib/posts';
import { toSuggestionPost } from '../../../lib/search/suggestion-data';
import { buildSuggestionFiles, POSTS_PER_TERM, SHARD_MAX_BYTES, type SuggestionFiles } from '../../../lib/search/suggestion-shards';

async function build(): Promise<SuggestionFiles> {
  const posts = await getPublishedPosts();
  const suggestionPosts = await Promise.all(
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
  );
  return buildSuggestionFiles(suggestionPosts, {
    maxShardBytes: SHARD_MAX_BYTES,
    postsPerTerm: POSTS_PER_TERM,
    measure: (text) => gzipSync(text, { level: 9 }).byteLength,
  });
}

let files: Promise<SuggestionFiles> | undefined;
export const getSuggestionFiles = () => (files ??= build());

export const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
