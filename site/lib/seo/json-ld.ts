// schema.org JSON-LD builders. Pure: every URL comes in absolute, so tests need no Astro.

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface PersonInput {
  name: string;
  url: string;
  image?: string;
  jobTitle?: string;
  description?: string;
  /** Profiles elsewhere (website, GitHub, Mastodon...). */
  sameAs?: string[];
}

export interface OrganizationInput {
  name: string;
  url: string;
  logo?: string;
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date;
  author: PersonInput;
  publisher: OrganizationInput;
  image?: string;
  keywords?: string[];
  articleSection?: string;
  wordCount?: number;
  inLanguage?: string;
}

export interface Crumb {
  name: string;
  url: string;
}

export interface WebSiteInput {
  name: string;
  url: string;
  description?: string;
  inLanguage?: string;
  /** Search URL with `{search_term_string}` where the query goes. */
  searchUrlTemplate: string;
}

/** Drops undefined and empty-array fields, so the output carries only what is known. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

function person(input: PersonInput): JsonLd {
  return compact({
    '@type': 'Person',
    name: input.name,
    url: input.url,
    image: input.image,
    jobTitle: input.jobTitle,
    description: input.description,
    sameAs: input.sameAs,
  });
}

function organization(input: OrganizationInput): JsonLd {
  return compact({
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    logo: input.logo && { '@type': 'ImageObject', url: input.logo },
  });
}

export function blogPostingJsonLd(input: BlogPostingInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished.toISOString(),
    // Google reads a missing dateModified as "never updated"; the publish date says the same explicitly.
    dateModified: (input.dateModified ?? input.datePublished).toISOString(),
    author: person(input.author),
    publisher: organization(input.publisher),
    image: input.image && [input.image],
    keywords: input.keywords?.join(', ') || undefined,
    articleSection: input.articleSection,
    wordCount: input.wordCount,
    inLanguage: input.inLanguage,
  });
}

/** Home > ... > current page; positions start at 1 as schema.org requires. */
export function breadcrumbListJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function personJsonLd(input: PersonInput): JsonLd {
  return { '@context': CONTEXT, ...person(input) };
}

export function webSiteJsonLd(input: WebSiteInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  });
}

/**
 * JSON for an inline `<script type="application/ld+json">`. `<` is escaped so a title holding
 * `</script>` or `<!--` cannot end the script; U+2028/2029 so old parsers see valid JS strings.
 * The escapes are JSON string escapes, so the data parses back unchanged.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
