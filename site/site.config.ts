// The one home of site-wide constants.
export const SITE = {
  title: 'BlogX',
  tagline: 'Field notes on building and running software',
  description:
    'In-depth articles on Kubernetes, Rust, TypeScript, PostgreSQL, security and the craft of shipping reliable software.',
  locale: 'en',
  /** Posts per page on the home page and on category, tag and author listings. */
  postsPerPage: 10,
  /** Posts with full content in each feed. */
  feedSize: 20,
  /** Related posts shown under an article. */
  relatedCount: 4,
} as const;
