import { env, SELF } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { cardFromManifest, cardVersion } from '../og/card';
import { PostsManifest } from '../content/posts-manifest';
import { ORIGIN, errorOf } from './helpers';

// The fixture site (edge/test/fixtures/assets, see vitest.config.ts) lists three published posts:
// one whose author has an avatar, one whose avatar file is missing, one with a title in kanji.
const manifest = PostsManifest.parse(await (await env.ASSETS.fetch(`${ORIGIN}/posts-manifest.json`)).json());
const versionOf = (name: string) => cardVersion(cardFromManifest(manifest, name)!);
const card = (path: string, init?: RequestInit) => SELF.fetch(`${ORIGIN}${path}`, init);

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const png = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('GET /og/:slug.png', () => {
  it("draws a published post's card as a 1200x630 PNG, immutable at its current version", async () => {
    const res = await card(`/og/rust-error-handling.png?v=${versionOf('rust-error-handling')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('set-cookie')).toBeNull();
    const bytes = await png(res);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.byteLength).toBeGreaterThan(10_000); // a drawn card, not a blank canvas
  });

  it('answers the second request from the cache, under the canonical versioned URL', async () => {
    const url = `/og/rust-error-handling.png?v=${versionOf('rust-error-handling')}`;
    const first = await card(url);
    const firstBytes = await png(first);
    const second = await card(url);
    expect(second.headers.get('server-timing')).toBe('og;desc="hit"');
    expect(await png(second)).toEqual(firstBytes);
    const stored = await caches.default.match(`${ORIGIN}${url}`);
    expect(stored?.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('gives an old or made-up version the current card from the cache, cached briefly, without drawing it', async () => {
    const current = await png(await card(`/og/rust-error-handling.png?v=${versionOf('rust-error-handling')}`));
    for (const path of ['/og/rust-error-handling.png?v=0000000000000000', '/og/rust-error-handling.png?v=anything', '/og/rust-error-handling.png']) {
      const res = await card(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=300');
      expect(res.headers.get('server-timing'), path).toBe('og;desc="hit"');
      expect(await png(res), path).toEqual(current);
    }
    expect(await caches.default.match(`${ORIGIN}/og/rust-error-handling.png?v=anything`)).toBeUndefined();
  });

  it('draws concurrent requests for one card once', async () => {
    const url = `/og/zero-downtime-deploys.png?v=${versionOf('zero-downtime-deploys')}`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const responses = await Promise.all([card(url), card(url), card(url)]);
    const sources = responses.map((res) => res.headers.get('server-timing'));
    expect(sources.filter((source) => source === 'og;desc="render"')).toHaveLength(1);
    expect(sources.filter((source) => source === 'og;desc="shared"')).toHaveLength(2);
    const [a, b, c] = await Promise.all(responses.map(png));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    warn.mockRestore();
  });

  it('draws a monogram when the avatar cannot be read, and neither keeps nor pins that card', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = `/og/zero-downtime-deploys.png?v=${versionOf('zero-downtime-deploys')}`;
    const res = await card(url);
    expect(pngSize(await png(res))).toEqual({ width: 1200, height: 630 });
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await caches.default.match(`${ORIGIN}${url}`)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/_astro/missing.png answered 404'));
    warn.mockRestore();
  });

  it('draws the site card for a title the fonts cannot draw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unicode = await png(await card(`/og/unicode-titles.png?v=${versionOf('unicode-titles')}`));
    const site = await png(await card(`/og/site.png?v=${versionOf('site')}`));
    expect(unicode).toEqual(site);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('lack 漢字'));
    warn.mockRestore();
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await card(`/og/site.png?v=${versionOf('site')}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 in the one error shape for a slug that is not published (unknown, draft, scheduled)', async () => {
    for (const slug of ['no-such-post', 'kubernetes-gateway-api']) {
      const res = await card(`/og/${slug}.png`);
      expect(res.status, slug).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorOf(res)).toEqual({ code: 'not_found', message: `No published post has the slug "${slug}"` });
    }
  });

  it('rejects a file name that is not <slug>.png, in the one error shape', async () => {
    for (const path of ['/og/Rust.png', '/og/rust-error-handling.jpg', '/og/..%2Fposts-manifest.json']) {
      const res = await card(path);
      expect(res.status, path).toBe(400);
      expect((await errorOf(res)).code, path).toBe('invalid_request');
    }
    const nested = await card('/og/a/b.png');
    expect(nested.status).toBe(404);
    expect((await errorOf(nested)).code).toBe('not_found');
  });
});
