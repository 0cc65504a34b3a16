// Where Open Graph images live. The OG image generator writes these files; pages and feeds point
// at them. One home for the URL scheme so the generator and every reference agree.

/** Size of every generated OG image (the 1.91:1 card Facebook, LinkedIn and X all crop well). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The card for the home page and listings that have none of their own. */
export const SITE_OG_IMAGE_PATH = '/og/site.png';

export function postOgImagePath(slug: string): string {
  return `/og/${slug}.png`;
}
