import { describe, expect, it } from 'vitest';
import type { PostsManifest } from '../content/posts-manifest';
import { cardCacheControl, cardFromManifest, cardVersion, OG_TEMPLATE_VERSION, shortHash, type Card } from './card';

const site = { siteName: 'BlogX', tagline: 'Field notes on building and running software', topics: ['Security', 'Web'] };
const postCard = (post: Partial<Extract<Card, { kind: 'post' }>['post']> = {}): Card => ({
  kind: 'post',
  slug: 'session-tokens-done-right',
  post: { title: 'Session tokens done right', author: 'Amara Okafor', avatar: '/_astro/amara.abc123.png', category: 'Security', siteName: 'BlogX', ...post },
  site,
});

const manifest: PostsManifest = {
  posts: [
    { slug: 'session-tokens-done-right', title: 'Session tokens done right', category: 'security', tags: ['auth'], author: 'amara-okafor', date: '2026-01-01T00:00:00.000Z' },
  ],
  site: { name: 'BlogX', tagline: 'Field notes on building and running software' },
  authors: [{ id: 'amara-okafor', name: 'Amara Okafor', avatar: '/_astro/amara.abc123.png' }],
  categories: [
    { id: 'security', name: 'Security' },
    { id: 'web', name: 'Web' },
  ],
};

describe('cardVersion', () => {
  it('is a 16-digit hex hash, stable for the same card', () => {
    expect(cardVersion(postCard())).toMatch(/^[0-9a-f]{16}$/);
    expect(cardVersion(postCard())).toBe(cardVersion(postCard()));
  });

  it('changes when anything the post card shows changes', () => {
    const base = cardVersion(postCard());
    const changed = [
      postCard({ title: 'Session tokens done wrong' }),
      postCard({ author: 'Maya Chen' }),
      postCard({ avatar: '/_astro/amara.def456.png' }),
      postCard({ avatar: undefined }),
      postCard({ category: 'Web' }),
      postCard({ siteName: 'BlogY' }),
    ].map(cardVersion);
    for (const version of changed) expect(version).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('changes when the site card shows another name, tagline or topic list', () => {
    const version = (overrides: Partial<typeof site>) => cardVersion({ kind: 'site', site: { ...site, ...overrides } });
    const base = version({});
    expect(version({ siteName: 'BlogY' })).not.toBe(base);
    expect(version({ tagline: 'Other notes' })).not.toBe(base);
    expect(version({ topics: ['Security', 'Web', 'Rust'] })).not.toBe(base);
  });

  it('depends on the template version', () => {
    // The constant is part of what is hashed, so bumping it moves every card to a new URL.
    expect(cardVersion(postCard())).toBe(shortHash(JSON.stringify([OG_TEMPLATE_VERSION, 'post', 'Session tokens done right', 'Amara Okafor', '/_astro/amara.abc123.png', 'Security', 'BlogX'])));
  });
});

describe('shortHash', () => {
  it('is 64-bit FNV-1a over UTF-8', () => {
    expect(shortHash('')).toBe('cbf29ce484222325');
    expect(shortHash('a')).toBe('af63dc4c8601ec8c');
    expect(shortHash('Tomáš')).not.toBe(shortHash('Tomas'));
  });
});

describe('cardFromManifest', () => {
  it("describes a published post's card with the author's and category's names", () => {
    expect(cardFromManifest(manifest, 'session-tokens-done-right')).toEqual(postCard());
  });

  it('describes the site card with every category as a topic', () => {
    expect(cardFromManifest(manifest, 'site')).toEqual({ kind: 'site', site });
  });

  it('knows no card for a slug the manifest does not list (drafts, scheduled posts)', () => {
    expect(cardFromManifest(manifest, 'kubernetes-gateway-api')).toBeUndefined();
  });
});

describe('cardCacheControl', () => {
  it('is immutable for a year when the request names the current version', () => {
    expect(cardCacheControl('abc', 'abc')).toBe('public, max-age=31536000, immutable');
  });

  it('is short for an old, made-up or missing version', () => {
    expect(cardCacheControl('old', 'abc')).toBe('public, max-age=300');
    expect(cardCacheControl(undefined, 'abc')).toBe('public, max-age=300');
  });

  it('is short for a card drawn without a part it should show', () => {
    expect(cardCacheControl('abc', 'abc', false)).toBe('public, max-age=300');
  });
});
