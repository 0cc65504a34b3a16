// /search/suggestions/index.json: the part of the suggestion index the search dialog fetches when
// the reader opens search (topics with their post counts, and the list of shards). Never before.
import type { APIRoute } from 'astro';
import { getSuggestionFiles, jsonResponse } from './_files';

export const GET: APIRoute = async () => jsonResponse((await getSuggestionFiles()).index);
