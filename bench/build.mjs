// Build benchmark: N generated posts through our site (Astro + Pagefind, every layout and feature)
// against a minimal Astro project building the same corpus, both cold, in the same run.
//   npm run bench:build -- --posts 1000 [--seed 42] [--ours-only]
// --ours-only builds just our copy (no baseline, no ratio): a built corpus for other benchmarks,
// such as bench/search-bytes.mjs --dist bench/.work/ours/dist.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT, run } from '../scripts/run.mjs';
import { copySiteWithoutPosts } from '../scripts/site-copy.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const POSTS = Number(option('posts', 1000));
const SEED = Number(option('seed', 42));
const OURS_ONLY = args.includes('--ours-only');
const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');
const WORK = join(ROOT, 'bench', '.work');
const CATEGORIES = JSON.parse(await readFile(join(ROOT, 'content/categories.json'), 'utf8')).map((c) => c.id);
const AUTHORS = JSON.parse(await readFile(join(ROOT, 'content/authors.json'), 'utf8')).map((a) => a.id);
const COVER = join(ROOT, 'content/posts/docker-multi-stage-builds/cover.png');

if (!existsSync(GENERATOR)) throw new Error(`corpus generator not found at ${GENERATOR}`);

/** Maps the generator's frontmatter onto our schema: author, status, our categories, a cover on every 10th post. */
function toOurPost(source, index) {
  const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const data = parse(front);
  const hash = [...data.category].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const post = {
    title: data.title,
    description: data.description.length >= 20 ? data.description : `${data.description} — generated post`,
    author: AUTHORS[index % AUTHORS.length],
    category: CATEGORIES[hash % CATEGORIES.length],
    tags: data.tags,
    pubDate: data.pubDate,
    status: index % 50 === 49 ? 'draft' : 'published',
    ...(index % 10 === 0 ? { image: './cover.png', imageAlt: `Cover for ${data.title}` } : {}),
  };
  return { slug: data.slug ?? null, text: `---\n${stringify(post)}---\n${body}`, hasImage: index % 10 === 0 };
}

async function writeCorpus(postsDir) {
  const raw = join(WORK, 'raw');
  await rm(raw, { recursive: true, force: true });
  await run('node', [GENERATOR, '--n', String(POSTS), '--out', raw, '--seed', String(SEED)], { stdio: 'ignore' });
  const files = (await readdir(raw)).filter((f) => f.endsWith('.md')).sort();
  await Promise.all(
    files.map(async (file, index) => {
      const post = toOurPost(await readFile(join(raw, file), 'utf8'), index);
      const dir = join(postsDir, file.replace(/\.md$/, ''));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.md'), post.text);
      if (post.hasImage) await cp(COVER, join(dir, 'cover.png'));
    }),
  );
  return files.length;
}

/** The baseline: plain Astro, the same content collection, a bare page per post, no layouts. */
async function prepareBaseline(dir) {
  const files = {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'http://localhost' });\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const posts = defineCollection({
  loader: glob({ pattern: '*/index.md', base: './posts', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: ({ image }) => z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date(), image: image().optional(), imageAlt: z.string().optional() }).passthrough(),
});
export const collections = { posts };
`,
    'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><ul>{posts.map((p) => <li><a href={'/posts/' + p.id + '/'}>{p.data.title}</a></li>)}</ul></body></html>
`,
    'src/pages/posts/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en"><head><meta charset="utf-8"><title>{post.data.title}</title></head>
<body><article data-pagefind-body><h1>{post.data.title}</h1>{post.data.image && <Image src={post.data.image} alt={post.data.imageAlt ?? ''} />}<Content /></article></body></html>
`,
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return join(dir, 'posts');
}

async function timedBuild(dir) {
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  await rm(join(dir, '.astro'), { recursive: true, force: true });
  await rm(join(dir, 'node_modules'), { recursive: true, force: true }); // Astro's image cache: cold means cold
  const t0 = performance.now();
  await run('astro', ['build', '--root', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const t1 = performance.now();
  await run('pagefind', ['--site', join(dir, 'dist')], { stdio: 'ignore' });
  const t2 = performance.now();
  return { astro: (t1 - t0) / 1000, pagefind: (t2 - t1) / 1000, total: (t2 - t0) / 1000 };
}

await rm(WORK, { recursive: true, force: true });
const ours = join(WORK, 'ours');
const baseline = join(WORK, 'baseline');
const count = await writeCorpus(await copySiteWithoutPosts(ours));
if (OURS_ONLY) {
  console.log(`building ${count} generated posts, cold, ours only...`);
  const t = await timedBuild(ours);
  console.log(`BlogX: astro ${t.astro.toFixed(1)} s, pagefind ${t.pagefind.toFixed(1)} s, total ${t.total.toFixed(1)} s (no baseline: not a benchmark result)`);
  process.exit(0);
}
await cp(join(ours, 'content/posts'), await prepareBaseline(baseline), { recursive: true });

console.log(`building ${count} generated posts, cold, ours then baseline...`);
const oursTime = await timedBuild(ours);
const baseTime = await timedBuild(baseline);
const row = (name, t) =>
  `| ${name} | ${t.astro.toFixed(1)} | ${t.pagefind.toFixed(1)} | ${t.total.toFixed(1)} | ${(count / t.total).toFixed(0)} |`;
console.log(`\n| build (${count} posts, cold) | astro s | pagefind s | total s | posts/s |\n|---|---|---|---|---|`);
console.log(row('BlogX', oursTime));
console.log(row('minimal Astro baseline', baseTime));
console.log(`\nratio BlogX / baseline (total): ${(oursTime.total / baseTime.total).toFixed(2)}x`);
