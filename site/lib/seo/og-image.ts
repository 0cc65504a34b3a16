// The Open Graph cards pages link to: the Worker draws them (edge/og/); the build links each at its
// version, which edge/og/card.ts computes from what the card shows. The posts manifest carries the
// same inputs (names, avatar URL, site name and tagline), so the Worker computes the same version.
import { getImage } from 'astro:assets';
import { cardVersion, type Card } from '../../../edge/og/card';
import { OG_IMAGE_SIZE, postOgImageAlt, postOgImageUrl, siteOgImageAlt, siteOgImageUrl } from '../../../edge/og/meta';
import { AVATAR, type SiteCardContent } from '../../../edge/og/template';
import { SITE } from '../../site.config';
import { getCategories, type Author, type Post } from '../posts';
import type { OgImage } from './seo-props';

const avatars = new Map<string, Promise<string>>();

/** Root-relative URL of the author's avatar as the card draws it: a PNG (resvg reads PNG and JPEG), card-sized. */
export function cardAvatarUrl(author: Author): Promise<string> {
  let url = avatars.get(author.id);
  if (!url) {
    url = getImage({ src: author.data.avatar, width: AVATAR, height: AVATAR, format: 'png' }).then((image) => image.src);
    avatars.set(author.id, url);
  }
  return url;
}

let siteContent: Promise<SiteCardContent> | undefined;

/** What the site card shows: the site's name and tagline and every category (once per build). */
export function siteCardContent(): Promise<SiteCardContent> {
  siteContent ??= getCategories().then((categories) => ({ siteName: SITE.title, tagline: SITE.tagline, topics: categories.map((category) => category.data.name) }));
  return siteContent;
}

export async function postOgImage(post: Post): Promise<OgImage> {
  const card: Card = {
    kind: 'post',
    slug: post.slug,
    post: {
      title: post.entry.data.title,
      author: post.author.data.name,
      avatar: await cardAvatarUrl(post.author),
      category: post.category.data.name,
      siteName: SITE.title,
    },
    site: await siteCardContent(),
  };
  return { url: postOgImageUrl(post.slug, cardVersion(card)), alt: postOgImageAlt(card.post), ...OG_IMAGE_SIZE };
}

export async function siteOgImage(): Promise<OgImage> {
  const site = await siteCardContent();
  return { url: siteOgImageUrl(cardVersion({ kind: 'site', site })), alt: siteOgImageAlt(site), ...OG_IMAGE_SIZE };
}
