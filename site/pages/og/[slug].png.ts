// /og/<slug>.png: the Open Graph card of each published post (1200x630 PNG). Drafts and scheduled
// posts have no path, so no card.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Post } from '../../lib/posts';
import { pngResponse, postCardPng, postsWithCards } from './_cards';

export const getStaticPaths = (async () => {
  const posts = await postsWithCards();
  return posts.map((post) => ({ params: { slug: post.slug }, props: { post } }));
}) satisfies GetStaticPaths;

interface Props {
  post: Post;
}

export const GET: APIRoute<Props> = async ({ props }) => pngResponse(await postCardPng(props.post));
