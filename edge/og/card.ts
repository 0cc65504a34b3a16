// Which card a URL names, what it shows, and its version: a short hash of what the card shows. The
// build puts the version in the pages' image URLs (/og/<slug>.png?v=...) and the Worker computes it
// again from the posts manifest, both with cardVersion, so a card's URL changes exactly when it does.
import type { PostsManifest } from '../content/posts-manifest';
import type { PostCardContent, SiteCardContent } from './template';

/**
 * Bump when the pixels change for a reason the inputs do not show (the design in template.ts, the
 * fonts, satori or resvg upgrades): every card then gets a new URL.
 */
export const OG_TEMPLATE_VERSION = 1;

export interface PostCardInputs extends PostCardContent {
  /** Root-relative URL of the author's avatar (a small PNG the build writes), or none for a monogram. */
  avatar?: string;
}

export type Card =
  | { kind: 'post'; slug: string; post: PostCardInputs; site: SiteCardContent }
  | { kind: 'site'; site: SiteCardContent };

/** The site card's name in /og/<name>.png; no post can take it (see cardFromManifest). */
export const SITE_CARD_NAME = 'site';

/**
 * The version of a card: what it shows, hashed. A post whose title the fonts cannot draw shows the
 * site card, but keeps its own version (the build cannot tell, it has no fonts).
 */
export function cardVersion(card: Card): string {
  const shown =
    card.kind === 'post'
      ? ['post', card.post.title, card.post.author, card.post.avatar ?? null, card.post.category, card.post.siteName]
      : ['site', card.site.siteName, card.site.tagline, card.site.topics];
  return shortHash(JSON.stringify([OG_TEMPLATE_VERSION, ...shown]));
}

/** 64-bit FNV-1a of the UTF-8 bytes, 16 hex digits: pure, synchronous, the same in Node and workerd. */
export function shortHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** The card named by /og/<name>.png, from the manifest: a published post's or the site's; else undefined. */
export function cardFromManifest(manifest: PostsManifest, name: string): Card | undefined {
  const site: SiteCardContent = { siteName: manifest.site.name, tagline: manifest.site.tagline, topics: manifest.categories.map((c) => c.name) };
  if (name === SITE_CARD_NAME) return { kind: 'site', site };
  const entry = manifest.posts.find((post) => post.slug === name);
  if (!entry) return undefined;
  // The manifest's schema checks that every post's author and category are listed.
  const author = manifest.authors.find((a) => a.id === entry.author)!;
  const category = manifest.categories.find((c) => c.id === entry.category)!;
  return {
    kind: 'post',
    slug: entry.slug,
    post: { title: entry.title, author: author.name, avatar: author.avatar, category: category.name, siteName: site.siteName },
    site,
  };
}

/** A year: the URL changes whenever the card does. */
export const CURRENT_CARD_MAX_AGE_SECONDS = 365 * 24 * 3600;
/** An old or made-up version gets today's card, briefly, so it is not pinned anywhere for long. */
export const OTHER_VERSION_MAX_AGE_SECONDS = 300;

/**
 * Cache-Control of a card response: immutable only when the request named the current version and
 * the card was drawn complete (not with a monogram for an avatar that could not be read).
 */
export function cardCacheControl(requested: string | undefined, current: string, complete = true): string {
  return complete && requested === current
    ? `public, max-age=${CURRENT_CARD_MAX_AGE_SECONDS}, immutable`
    : `public, max-age=${OTHER_VERSION_MAX_AGE_SECONDS}`;
}
