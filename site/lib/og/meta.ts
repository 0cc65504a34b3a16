// Where the Open Graph cards are served and how to describe them, for the pages' meta tags.
import { OG_HEIGHT, OG_WIDTH } from './template.ts';

export const OG_IMAGE_SIZE = { width: OG_WIDTH, height: OG_HEIGHT, type: 'image/png' } as const;

/** Root-relative path of a published post's card (site/pages/og/[slug].png.ts). */
export const postOgImagePath = (slug: string) => `/og/${slug}.png`;

/** Root-relative path of the site-wide card, for the home page and listings (site/pages/og/site.png.ts). */
export const SITE_OG_IMAGE_PATH = '/og/site.png';

/** Alt text of a post card: what the card shows, in reading order. */
export function postOgImageAlt(post: { title: string; author: string; category: string; siteName: string }): string {
  return `${post.title}, by ${post.author}, in ${post.category}, on ${post.siteName}`;
}

/** Alt text of the site card. */
export function siteOgImageAlt(site: { siteName: string; tagline: string }): string {
  return `${site.siteName}: ${site.tagline}`;
}
