// One page of every kind the reader site has, for checks that must hold on all of them.
export const READER_PAGES = {
  home: '/',
  'home, page 2': '/page/2/',
  post: '/posts/postgresql-index-types/',
  category: '/categories/databases/',
  tag: '/tags/kubernetes/',
  author: '/authors/maya-chen/',
  archive: '/archive/',
  'all tags': '/tags/',
  about: '/about/',
  search: '/search/',
  'not found': '/no-such-page/',
} as const;

// The account pages as a signed-out visitor first sees them (static, reader-facing: same budgets).
export const ACCOUNT_PAGES = {
  'sign-in': '/account/sign-in/',
  'sign-up': '/account/sign-up/',
  'forgot password': '/account/forgot/',
  'reset password without a token': '/account/reset/',
  'verify email without a token': '/account/verify/',
  'settings, signed out': '/account/settings/',
} as const;

/** Sample accounts seeded on start (scripts/seed.mjs), all with this password. */
export const SAMPLE_PASSWORD = 'blogx-sample-password';
