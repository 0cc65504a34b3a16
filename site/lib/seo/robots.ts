// robots.txt: crawl the reader site, skip the app and API, and find the sitemap.

/** Paths with nothing for a search engine: the editor and account screens, the API, previews. */
export const DISALLOWED_PATHS = ['/admin/', '/account/', '/api/', '/preview/'] as const;

export function renderRobotsTxt(site: URL | string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', site).href}`,
    '',
  ].join('\n');
}
