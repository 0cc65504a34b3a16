// /search/suggestions/posts/<key>.json: the posts with a word starting with <key>, fetched when a
// query has such a word. The file name is the key made URL-safe (shardFileName).
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardFileName } from '../../../../lib/search/suggestion-terms';
import type { SuggestionShard } from '../../../../lib/search/suggestions';
import { getSuggestionFiles, jsonResponse } from '../_files';

export const getStaticPaths = (async () => {
  const { shards } = await getSuggestionFiles();
  return [...shards].map(([key, shard]) => ({ params: { key: shardFileName(key) }, props: { shard } }));
}) satisfies GetStaticPaths;

interface Props {
  shard: SuggestionShard;
}

export const GET: APIRoute<Props> = ({ props }) => jsonResponse(props.shard);
