// What each page type passes to <Base> for its head: `<Base {...postSeo(post)}>`. One place decides
// titles, cards, feeds and JSON-LD per page type, so pages stay thin and consistent.
import { SITE } from '../../site.config';
import { authorUrl, categoryUrl, tagUrl, type Author, type Category, type Post } from '../posts';
import { feedUrls } from '../feeds/feed-document';
import { blogPostingJsonLd, breadcrumbListJsonLd, personJsonLd, webSiteJsonLd, type Crumb, type PersonInput } from './json-ld';
import { postOgImage } from './og-image';
import { withPageNumber, xHandle } from './page-meta';
import { plural } from '../format';
import type { SeoProps } from './seo-props';

/** The configured `site` of astro.config.mjs; every URL in JSON-LD and feeds is absolute. */
export function siteUrl(): URL {
  return new URL(import.meta.env.SITE);
}

export const absoluteUrl = (path: string): string => new URL(path, siteUrl()).href;

const home = (): Crumb => ({ name: 'Home', url: absoluteUrl('/') });

function authorPerson(author: Author): PersonInput {
  const { data } = author;
  return {
    name: data.name,
    url: absoluteUrl(authorUrl(author.id)),
    image: absoluteUrl(data.avatar.src),
    jobTitle: data.role,
    description: data.bio,
    sameAs: [data.website, ...Object.values(data.social)].filter((url): url is string => Boolean(url)),
  };
}

const publisher = () => ({ name: SITE.title, url: absoluteUrl('/'), logo: absoluteUrl('/favicon.svg') });

export async function postSeo(post: Post): Promise<SeoProps> {
  const { data } = post.entry;
  const url = absoluteUrl(post.url);
  const image = await postOgImage(post);
  const author = authorPerson(post.author);
  return {
    title: data.metaTitle ?? data.title,
    description: data.metaDescription ?? data.description,
    type: 'article',
    canonical: data.canonicalURL,
    keywords: data.keywords ?? data.tags,
    image,
    article: {
      published: data.pubDate,
      modified: data.updatedDate,
      author: author.url,
      section: post.category.data.name,
      tags: data.tags,
    },
    twitterCreator: xHandle(post.author.data.social.x),
    jsonLd: [
      blogPostingJsonLd({
        url,
        headline: data.title,
        description: data.description,
        datePublished: data.pubDate,
        dateModified: data.updatedDate,
        author: { name: author.name, url: author.url },
        publisher: publisher(),
        image: absoluteUrl(image.url),
        keywords: data.keywords ?? data.tags,
        articleSection: post.category.data.name,
        inLanguage: SITE.locale,
      }),
      breadcrumbListJsonLd([
        home(),
        { name: post.category.data.name, url: absoluteUrl(categoryUrl(post.category.id)) },
        { name: data.title, url },
      ]),
    ],
  };
}

/** The home page and its pagination pages (`/page/2/`...). */
export function homeSeo(page = 1): SeoProps {
  return {
    title: page > 1 ? withPageNumber('Latest posts', page) : SITE.title,
    description: withPageNumber(SITE.description, page),
    jsonLd:
      page > 1
        ? []
        : [
            webSiteJsonLd({
              name: SITE.title,
              url: absoluteUrl('/'),
              description: SITE.description,
              inLanguage: SITE.locale,
              searchUrlTemplate: `${absoluteUrl('/search/')}?q={search_term_string}`,
            }),
          ],
  };
}

export function categorySeo(category: Category, page = 1): SeoProps {
  const url = categoryUrl(category.id);
  return {
    title: withPageNumber(category.data.name, page),
    description: withPageNumber(category.data.description, page),
    feeds: { title: `${SITE.title}: ${category.data.name}`, ...feedUrls(url) },
    jsonLd: [breadcrumbListJsonLd([home(), { name: category.data.name, url: absoluteUrl(url) }])],
  };
}

export function tagSeo(tag: string, postCount: number, page = 1): SeoProps {
  const url = tagUrl(tag);
  const posts = plural(postCount, 'post');
  return {
    title: withPageNumber(`Posts tagged ${tag}`, page),
    description: withPageNumber(`${posts} tagged ${tag} on ${SITE.title}: ${SITE.tagline.toLowerCase()}.`, page),
    feeds: { title: `${SITE.title}: posts tagged ${tag}`, ...feedUrls(url) },
    jsonLd: [
      breadcrumbListJsonLd([home(), { name: 'Tags', url: absoluteUrl('/tags/') }, { name: tag, url: absoluteUrl(url) }]),
    ],
  };
}

export function authorSeo(author: Author, page = 1): SeoProps {
  const person = authorPerson(author);
  return {
    title: withPageNumber(author.data.name, page),
    description: withPageNumber(`${author.data.role}. ${author.data.bio}`, page),
    type: 'profile',
    twitterCreator: xHandle(author.data.social.x),
    jsonLd: [personJsonLd(person), breadcrumbListJsonLd([home(), { name: author.data.name, url: person.url }])],
  };
}

/** Archive, all tags, about, search: one level below home. */
export function sectionSeo(title: string, description: string, path: string): SeoProps {
  return {
    title,
    description,
    jsonLd: [breadcrumbListJsonLd([home(), { name: title, url: absoluteUrl(path) }])],
  };
}

export function notFoundSeo(): SeoProps {
  return { title: 'Page not found', description: 'That page does not exist.', noindex: true };
}
