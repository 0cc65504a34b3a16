// Where the Open Graph cards are served and how to describe them, for the pages' meta tags, feeds
// and JSON-LD (site/lib/seo/og-image.ts) and for the Worker's route (edge/routes/og.ts).
import { SITE_CARD_NAME } from './card';
import { OG_HEIGHT, OG_WIDTH } from './template';

export const OG_IMAGE_SIZE = { width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png' } as const;

/** Root-relative URL of a post's card at a version (card.ts cardVersion). */
export const postOgImageUrl = (slug: string, version: string) => `/og/${slug}.png?v=${version}`;

/** Root-relative URL of the site-wide card, for the home page and listings. */
export const siteOgImageUrl = (version: string) => `/og/${SITE_CARD_NAME}.png?v=${version}`;

/** Alt text of a post card: what the card shows, in reading order. */
export function postOgImageAlt(post: { title: string; author: string; category: string; siteName: string }): string {
  return `${post.title}, by ${post.author}, in ${post.category}, on ${post.siteName}`;
}

/** Alt text of the site card. */
export function siteOgImageAlt(site: { siteName: string; tagline: string }): string {
  return `${site.siteName}: ${site.tagline}`;
}
