// Posts shared by the suggestion tests: the shapes the build collects, with a typo-prone word
// ("kubernetes"), headings, and a name with diacritics.
import type { SuggestionPost } from './suggestions';

export const POSTS: SuggestionPost[] = [
  {
    url: '/posts/kubernetes-zero-downtime-deploys/',
    title: 'Zero-downtime deploys on Kubernetes',
    category: 'Cloud Native',
    author: 'Maya Chen',
    tags: ['kubernetes', 'deployments'],
    headings: ['Where requests get lost', 'Readiness probes', 'A preStop delay'],
  },
  {
    url: '/posts/kubernetes-resource-requests-limits/',
    title: 'Requests and limits in Kubernetes, explained',
    category: 'Cloud Native',
    author: 'Maya Chen',
    tags: ['kubernetes', 'performance'],
    headings: ['CPU throttling', 'Memory and the OOM killer'],
  },
  {
    url: '/posts/rust-async-tokio-pitfalls/',
    title: 'Five async pitfalls in Tokio',
    category: 'Languages',
    author: 'Jonas Weber',
    tags: ['rust', 'async'],
    headings: ['Blocking the runtime', 'Holding a mutex across await'],
  },
  {
    url: '/posts/postgresql-index-types/',
    title: 'PostgreSQL index types beyond B-tree',
    category: 'Databases',
    author: 'Priya Raman',
    tags: ['postgresql', 'performance'],
    headings: ['GIN for JSONB and arrays', 'BRIN for huge append-only tables'],
  },
  {
    url: '/posts/rust-error-handling/',
    title: 'Error handling in Rust without panics',
    category: 'Languages',
    author: 'Tomáš Novák',
    tags: ['rust'],
    headings: ['The ? operator', 'Logging from Zürich to production'],
  },
];
