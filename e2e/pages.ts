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
