// The one home of site-wide constants.
export const SITE = {
  title: 'BlogX',
  tagline: 'Field notes on building and running software',
  description:
    'In-depth articles on Kubernetes, Rust, TypeScript, PostgreSQL, security and the craft of shipping reliable software.',
  locale: 'en',
  postsOnHome: 12,
} as const;
