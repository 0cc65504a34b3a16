// A copy of the site without its posts, for builds of other content: the build benchmark's
// generated corpus and the one-post fixtures of build tests. Put the copy inside the repository
// (bench/.work, test-results) so it resolves the same node_modules.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './run.mjs';

const SITE_FILES = ['site', 'edge/content', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/authors.json', 'content/authors', 'content/categories.json'];

/** Copies everything a build needs except content/posts, which the caller fills. */
export async function copySiteWithoutPosts(target) {
  await Promise.all(SITE_FILES.map((path) => cp(join(ROOT, path), join(target, path), { recursive: true })));
  return join(target, 'content/posts');
}
