// The props SeoHead takes; Base.astro passes its own props through, so pages set them on <Base>.
import type { JsonLd } from './json-ld';

export interface OgImage {
  /** Absolute or root-relative. */
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface SeoProps {
  /** The page's own title; the site name is appended (the home page passes SITE.title). */
  title: string;
  description?: string;
  /** The page's card (site/lib/seo/og-image.ts). Defaults to the site card. */
  image?: OgImage;
  type?: 'website' | 'article' | 'profile';
  /** Overrides the page's own URL, for a post first published elsewhere (frontmatter canonicalURL). */
  canonical?: string;
  jsonLd?: JsonLd[];
  /** Feeds of this listing (category, tag), linked besides the site-wide ones. Root-relative URLs. */
  feeds?: { title: string; rss: string; atom: string; json: string };
  article?: {
    published: Date;
    modified?: Date;
    /** The author's page (absolute or root-relative). */
    author: string;
    section: string;
    tags: string[];
  };
  /** The author's X handle with its @, for twitter:creator. */
  twitterCreator?: string;
  /** For pages search engines should drop (404): no canonical, robots noindex. */
  noindex?: boolean;
  keywords?: readonly string[];
}
