// A card's PNG for the route: always the card the manifest describes now, rendered once per location
// and kept in the Cache API under its canonical URL (with the current version), so a made-up ?v=
// can neither miss the cache nor make the Worker draw. Within an isolate, concurrent requests for a
// card that is being drawn wait for that drawing.
import { encodeBase64 } from '@oslojs/encoding';
import { readPostsManifest } from '../content/read-posts-manifest';
import { ApiError } from '../errors';
import { cardFromManifest, cardVersion, CURRENT_CARD_MAX_AGE_SECONDS, type Card } from './card';
import { cardMetrics, renderPng } from './render';
import { cardTree } from './template';

/** hit: from the Cache API; render: drawn for this request; shared: drawn for a concurrent one. */
export type CardSource = 'hit' | 'render' | 'shared';

interface Drawing {
  png: Uint8Array;
  /** False when a part was missing (the avatar): such a card is served but not kept. */
  complete: boolean;
}

export interface ServedCard extends Drawing {
  version: string;
  source: CardSource;
}

const drawing = new Map<string, Promise<Drawing>>();

export async function serveCard(assets: Fetcher, requestUrl: string, name: string): Promise<ServedCard> {
  const { origin } = new URL(requestUrl);
  const manifest = await readPostsManifest(assets, origin);
  const card = cardFromManifest(manifest, name);
  if (!card) throw new ApiError('not_found', 404, `No published post has the slug "${name}"`);
  const version = cardVersion(card);
  const key = `${origin}/og/${name}.png?v=${version}`;

  const cached = await caches.default.match(key);
  if (cached) return { png: new Uint8Array(await cached.arrayBuffer()), complete: true, version, source: 'hit' };

  const pending = drawing.get(key);
  if (pending) return { ...(await pending), version, source: 'shared' };
  const drawn = (async (): Promise<Drawing> => {
    const result = await drawCard(card, assets, origin);
    // Stored before answering, so the next request at this location is a hit (a put is local).
    if (result.complete) await caches.default.put(key, pngResponse(result.png, `public, max-age=${CURRENT_CARD_MAX_AGE_SECONDS}, immutable`));
    return result;
  })();
  drawing.set(key, drawn);
  try {
    return { ...(await drawn), version, source: 'render' };
  } finally {
    drawing.delete(key);
  }
}

export function pngResponse(png: Uint8Array, cacheControl: string, headers: Record<string, string> = {}): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png', 'Cache-Control': cacheControl, ...headers } });
}

async function drawCard(card: Card, assets: Fetcher, origin: string): Promise<Drawing> {
  const avatarUrl = card.kind === 'post' ? card.post.avatar : undefined;
  const avatar = avatarUrl ? await avatarDataUri(assets, new URL(avatarUrl, origin)) : undefined;
  const { tree, uncovered } = cardTree(card, cardMetrics(), avatar);
  if (uncovered.length && card.kind === 'post') {
    console.warn(`[og] the card fonts lack ${uncovered.join('')} (post "${card.slug}"); drawing the site card`);
  }
  return { png: await renderPng(tree), complete: !avatarUrl || avatar !== undefined };
}

/** The avatar as a data: URI (resvg decodes PNG and JPEG), or undefined when it cannot be read. */
async function avatarDataUri(assets: Fetcher, url: URL): Promise<string | undefined> {
  const res = await assets.fetch(url);
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok || !/^image\/(png|jpeg)\b/.test(type)) {
    await res.body?.cancel();
    console.warn(`[og] avatar ${url.pathname} answered ${res.status} ${type}; drawing a monogram`);
    return undefined;
  }
  return `data:${type.split(';')[0]};base64,${encodeBase64(new Uint8Array(await res.arrayBuffer()))}`;
}
