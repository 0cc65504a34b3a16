// A copy of the site without its posts, for builds of other content: the build benchmark's
// generated corpus and the fixture posts of build tests. Copies live inside the repository
// (bench/.work, test-results) so they resolve the same node_modules.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QUIET_ENV, ROOT } from './run.mjs';

const SITE_FILES = ['site', 'edge/content', 'edge/og', 'edge/auth/next-path.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/authors.json', 'content/authors', 'content/categories.json'];

/** Copies everything a build needs except content/posts, which the caller fills. */
export async function copySiteWithoutPosts(target) {
  await Promise.all(SITE_FILES.map((path) => cp(join(ROOT, path), join(target, path), { recursive: true })));
  return join(target, 'content/posts');
}

/** A fresh copy under test-results/<prefix>*, for a build test to add its posts to. */
export async function makeTestSiteCopy(prefix) {
  await mkdir(join(ROOT, 'test-results'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'test-results', prefix));
  await copySiteWithoutPosts(dir);
  return dir;
}

/** Runs `astro build` on a copy; never throws for a failed build, so tests can read its output. */
export async function buildSiteCopy(dir) {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', dir], { env: QUIET_ENV });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
