// The frontmatter contract: a mistake fails `astro build` with a message naming the file and field.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteCopy, makeTestSiteCopy } from '../scripts/site-copy.mjs';

const ROOT = join(import.meta.dirname, '..');

const VALID = {
  title: '"A valid post"',
  description: '"A description that is long enough to pass the schema."',
  author: 'maya-chen',
  category: 'devops',
  tags: '[testing]',
  pubDate: '2026-01-01',
  status: 'published',
};

async function writePost(dir: string, folder: string, frontmatter: Record<string, string>) {
  const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${value}`).join('\n');
  await mkdir(join(dir, 'content/posts', folder), { recursive: true });
  await writeFile(join(dir, 'content/posts', folder, 'index.md'), `---\n${yaml}\n---\n\nBody text.\n`);
}

/** Builds a one-post copy of the site (inside the repo, so it resolves our node_modules). */
async function buildWithPost(
  frontmatter: Record<string, string>,
  otherPost?: { folder: string; frontmatter: Record<string, string> },
): Promise<{ ok: boolean; output: string }> {
  const dir = await makeTestSiteCopy('content-');
  await writePost(dir, 'broken-post', frontmatter);
  await cp(join(ROOT, 'content/posts/docker-multi-stage-builds/cover.png'), join(dir, 'content/posts/broken-post/cover.png'));
  if (otherPost) await writePost(dir, otherPost.folder, otherPost.frontmatter);
  return buildSiteCopy(dir);
}

describe('frontmatter errors fail the build naming the file and the field', { timeout: 60_000, concurrent: true }, () => {
  it('builds a valid post (the fixture itself is sound)', async () => {
    expect(await buildWithPost(VALID)).toMatchObject({ ok: true });
  });

  it.each([
    ['an invalid date', { pubDate: 'someday' }, 'pubDate'],
    ['an image without alt text', { image: './cover.png' }, 'imageAlt'],
    ['an image that does not exist', { image: './missing.png', imageAlt: 'x' }, 'missing.png'],
    ['a description that is too short', { description: 'short' }, 'description'],
    ['an unknown status', { status: 'live' }, 'status'],
    ['an author who does not exist', { author: 'nobody' }, 'author'],
  ])('%s', async (_, change, field) => {
    const { ok, output } = await buildWithPost({ ...VALID, ...change });
    expect(ok).toBe(false);
    expect(output).toContain('broken-post');
    expect(output).toContain(field);
  });

  it('a slug used by two posts, naming both files', async () => {
    const { ok, output } = await buildWithPost(VALID, { folder: 'impostor', frontmatter: { ...VALID, slug: 'broken-post' } });
    expect(ok).toBe(false);
    expect(output).toContain('content/posts/broken-post/index.md');
    expect(output).toContain('content/posts/impostor/index.md');
  });
});
