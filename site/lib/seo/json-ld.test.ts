import { describe, expect, it } from 'vitest';
import { blogPostingJsonLd, breadcrumbListJsonLd, personJsonLd, serializeJsonLd, webSiteJsonLd } from './json-ld';

const SITE = 'https://blog.example.com';
const author = {
  name: 'Maya Chen',
  url: `${SITE}/authors/maya-chen/`,
  image: `${SITE}/_astro/maya.png`,
  jobTitle: 'Staff platform engineer',
  sameAs: ['https://github.com/maya'],
};
const publisher = { name: 'BlogX', url: `${SITE}/`, logo: `${SITE}/favicon.svg` };
const posting = {
  url: `${SITE}/posts/zero-downtime/`,
  headline: 'Zero-downtime deploys',
  description: 'Readiness probes and graceful shutdown.',
  datePublished: new Date('2026-03-14T00:00:00Z'),
  author,
  publisher,
};

describe('blogPostingJsonLd', () => {
  it('describes the post with its author as a Person with a URL', () => {
    const data = blogPostingJsonLd({
      ...posting,
      dateModified: new Date('2026-04-02T00:00:00Z'),
      image: `${SITE}/og/zero-downtime.png`,
      keywords: ['kubernetes', 'deployments'],
      articleSection: 'Cloud Native',
      wordCount: 1234,
      inLanguage: 'en',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Zero-downtime deploys',
      datePublished: '2026-03-14T00:00:00.000Z',
      dateModified: '2026-04-02T00:00:00.000Z',
      author: { '@type': 'Person', name: 'Maya Chen', url: `${SITE}/authors/maya-chen/` },
      publisher: { '@type': 'Organization', name: 'BlogX', logo: { url: `${SITE}/favicon.svg` } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/posts/zero-downtime/` },
      image: [`${SITE}/og/zero-downtime.png`],
      keywords: 'kubernetes, deployments',
      articleSection: 'Cloud Native',
      wordCount: 1234,
    });
  });

  it('uses the publish date as the modified date when the post was never updated', () => {
    expect(blogPostingJsonLd(posting).dateModified).toBe('2026-03-14T00:00:00.000Z');
  });

  it('leaves out fields it was not given instead of writing them empty', () => {
    const data = blogPostingJsonLd({ ...posting, keywords: [] });
    expect(Object.keys(data)).not.toContain('keywords');
    expect(Object.keys(data)).not.toContain('image');
    expect(Object.keys(data)).not.toContain('wordCount');
  });
});

describe('breadcrumbListJsonLd', () => {
  it('numbers the crumbs from 1 in the order given', () => {
    const data = breadcrumbListJsonLd([
      { name: 'Home', url: `${SITE}/` },
      { name: 'Tags', url: `${SITE}/tags/` },
      { name: 'rust', url: `${SITE}/tags/rust/` },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Tags', item: `${SITE}/tags/` },
      { '@type': 'ListItem', position: 3, name: 'rust', item: `${SITE}/tags/rust/` },
    ]);
  });
});

describe('personJsonLd', () => {
  it('carries the profile links as sameAs', () => {
    expect(personJsonLd(author)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Maya Chen',
      url: `${SITE}/authors/maya-chen/`,
      image: `${SITE}/_astro/maya.png`,
      jobTitle: 'Staff platform engineer',
      sameAs: ['https://github.com/maya'],
    });
  });
});

describe('webSiteJsonLd', () => {
  it('offers a SearchAction whose placeholder matches the query-input name', () => {
    const data = webSiteJsonLd({ name: 'BlogX', url: `${SITE}/`, searchUrlTemplate: `${SITE}/search/?q={search_term_string}` });
    expect(data.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  const hostile = { headline: 'Break out </script><script>alert(1)</script> <!-- & \u2028' };

  it('never writes a literal < so a title cannot close the script element', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(json).not.toContain('</script');
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it('parses back to the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
