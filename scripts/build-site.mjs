// Builds the static site: Astro pre-renders every page into dist/, then Pagefind indexes it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, run } from './run.mjs';

// Astro keeps rendered markdown between builds and drops it when the content or the Astro config
// changes, but not when an integration's options (Expressive Code's) or markdown plugin code change:
// pages would keep stale code-block markup linking a stylesheet that no longer exists. A digest of
// those sources clears the cache when they change.
const RENDERING_SOURCES = ['astro.config.mjs', 'site/lib/markdown', 'package-lock.json'];
const CACHE_DIR = join(ROOT, 'node_modules/.astro');
const DIGEST_FILE = join(CACHE_DIR, 'blogx-rendering-digest');

async function digestOf(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(ROOT, path);
    const files = (await stat(full)).isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [full];
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

const started = performance.now();
const digest = await digestOf(RENDERING_SOURCES);
if ((await readFile(DIGEST_FILE, 'utf8').catch(() => null)) !== digest) {
  await rm(join(CACHE_DIR, 'data-store.json'), { force: true });
}
await run('astro', ['build']);
await mkdir(CACHE_DIR, { recursive: true });
await writeFile(DIGEST_FILE, digest);
await run('pagefind', ['--site', 'dist']);
console.log(`site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
