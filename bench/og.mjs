// Open Graph card benchmark: what a card costs the Worker, on the production bundle in workerd.
//
// Bundles the Worker as `wrangler deploy` would (--dry-run), reports its size against Cloudflare's
// limits, then runs it with Miniflare on a generated site (a posts manifest with the sample site's
// titles and generated ones, the authors' avatars as the build writes them) and times, per request,
// wall time from Node and the CPU time workerd spent (from /proc, all its threads):
//   cold  the first card in a fresh workerd (new isolate: WebAssembly instantiation, font parsing)
//   warm  the next cards, each a different post, in the same isolate
//   hit   the same cards again, from the Cache API
//   baseline  a trivial route in the same isolate (Hono's 404 for /og/a/b: no I/O, no rendering)
//   node bench/og.mjs [--cards 40] [--cold 5] [--seed 42]
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import sharp from 'sharp';
import { parse } from 'yaml';
import { PostsManifest } from '../edge/content/posts-manifest.ts';
import { cardFromManifest, cardVersion } from '../edge/og/card.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CARDS = option('cards', 40);
const COLD = option('cold', 5);
const SEED = option('seed', 42);
const ROOT = new URL('../', import.meta.url);
const path = (p) => new URL(p, ROOT).pathname;
const work = await mkdtemp(join(tmpdir(), 'og-bench-'));
const MiB = 1024 * 1024;

// ---------- the production bundle ----------
const bundleDir = join(work, 'bundle');
execFileSync(path('node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', bundleDir], { cwd: path('.'), stdio: 'ignore' });
const modules = (await readdir(bundleDir)).filter((file) => !file.endsWith('.map') && file !== 'README.md');
let raw = 0;
let gzip = 0;
const largest = [];
for (const file of modules) {
  const bytes = await readFile(join(bundleDir, file));
  const gz = gzipSync(bytes).byteLength;
  raw += bytes.byteLength;
  gzip += gz;
  largest.push({ file: file.replace(/^[0-9a-f]{40}-/, ''), raw: bytes.byteLength, gz });
}
largest.sort((a, b) => b.raw - a.raw);
console.log(`Worker bundle (${modules.length} modules): ${(raw / MiB).toFixed(2)} MiB raw, ${(gzip / MiB).toFixed(2)} MiB gzip`);
console.log('Limits (compressed): 3 MiB Workers Free, 10 MiB Workers Paid');
for (const { file, raw: r, gz } of largest.slice(0, 4)) console.log(`  ${file}: ${(r / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzip`);

// ---------- a generated site: manifest + avatars ----------
async function loadTitles() {
  const titles = [];
  for (const dir of (await readdir(path('content/posts'))).sort()) {
    const text = await readFile(path(`content/posts/${dir}/index.md`), 'utf8');
    titles.push(parse(text.split('\n---')[0].replace(/^---\n/, '')).title);
  }
  const out = join(work, 'corpus');
  execFileSync(process.execPath, [path('../shared/bench/gen-corpus.mjs'), '--n', String(CARDS + COLD), '--out', out, '--seed', String(SEED)], { stdio: 'ignore' });
  for (const file of (await readdir(out)).sort()) {
    titles.push(parse((await readFile(join(out, file), 'utf8')).split('\n---')[0].replace(/^---\n/, '')).title);
  }
  return titles.slice(0, CARDS + COLD);
}

const assets = join(work, 'assets');
await mkdir(join(assets, '_astro'), { recursive: true });
const authors = JSON.parse(await readFile(path('content/authors.json'), 'utf8'));
const categories = JSON.parse(await readFile(path('content/categories.json'), 'utf8'));
for (const author of authors) await sharp(path(`content/${author.avatar}`)).resize(64, 64).png().toFile(join(assets, `_astro/${author.id}.png`));
const titles = await loadTitles();
const manifest = PostsManifest.parse({
  posts: titles.map((title, i) => ({
    slug: `post-${i}`,
    title,
    category: categories[i % categories.length].id,
    tags: ['bench'],
    author: authors[i % authors.length].id,
    date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  })),
  site: { name: 'BlogX', tagline: 'Field notes on building and running software' },
  authors: authors.map((a) => ({ id: a.id, name: a.name, avatar: `/_astro/${a.id}.png` })),
  categories: categories.map((c) => ({ id: c.id, name: c.name })),
});
await writeFile(join(assets, 'posts-manifest.json'), JSON.stringify(manifest));
const cardUrl = (i) => `http://localhost/og/post-${i}.png?v=${cardVersion(cardFromManifest(manifest, `post-${i}`))}`;

// ---------- workerd ----------
const wrangler = await readFile(path('wrangler.toml'), 'utf8');
const compatibilityDate = wrangler.match(/^compatibility_date = "([^"]+)"/m)[1];

/** CPU nanoseconds spent so far by every thread of a process. */
async function cpuNs(pid) {
  let total = 0;
  for (const task of await readdir(`/proc/${pid}/task`)) {
    total += Number((await readFile(`/proc/${pid}/task/${task}/schedstat`, 'utf8')).split(' ')[0]);
  }
  return total;
}

async function workerdPid() {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === process.pid && stat.includes('(workerd)')) return Number(entry);
  }
  throw new Error('workerd process not found');
}

async function startWorker() {
  const t0 = performance.now();
  // Miniflare 5 takes a new options shape; the v4 shape (what wrangler's docs show) converts.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      // Every module of the bundle, the entry first, typed as wrangler.toml's rules type them.
      modules: ['index.js', ...modules.filter((file) => file !== 'index.js')].map((file) => ({
        type: file.endsWith('.wasm') ? 'CompiledWasm' : file.endsWith('.woff') ? 'Data' : 'ESModule',
        path: join(bundleDir, file),
      })),
      modulesRoot: bundleDir,
      compatibilityDate,
      compatibilityFlags: ['nodejs_compat'],
      assets: { directory: assets, binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } },
    }),
  );
  await mf.ready;
  return { mf, pid: await workerdPid(), startupMs: performance.now() - t0 };
}

async function timed(mf, pid, url, expectStatus = 200) {
  const cpu0 = await cpuNs(pid);
  const t0 = performance.now();
  const res = await mf.dispatchFetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  const wall = performance.now() - t0;
  const cpu = (await cpuNs(pid)) - cpu0;
  if (res.status !== expectStatus) throw new Error(`${url}: ${res.status}`);
  return { wall, cpu: cpu / 1e6, bytes, source: res.headers.get('server-timing') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = { cold: [], warm: [], hit: [], baseline: [], startup: [] };
const loadAtStart = loadavg()[0];

for (let k = 0; k < COLD; k++) {
  const { mf, pid, startupMs } = await startWorker();
  try {
    rows.startup.push({ wall: startupMs, cpu: (await cpuNs(pid)) / 1e6 });
    const cold = await timed(mf, pid, cardUrl(k));
    if (cold.source !== 'og;desc="render"') throw new Error(`cold request was ${cold.source}`);
    rows.cold.push(cold);
    if (k > 0) continue;
    // Warm and hit: different cards in the isolate that drew the first; baseline interleaved.
    for (let i = COLD; i < COLD + CARDS; i++) {
      rows.warm.push(await timed(mf, pid, cardUrl(i)));
      rows.baseline.push(await timed(mf, pid, 'http://localhost/og/a/b', 404));
    }
    for (let i = COLD; i < COLD + CARDS; i++) {
      const hit = await timed(mf, pid, cardUrl(i));
      if (hit.source !== 'og;desc="hit"') throw new Error(`repeat request was ${hit.source}`);
      rows.hit.push(hit);
    }
  } finally {
    await mf.dispose();
  }
}

const base = { wall: median(rows.baseline.map((r) => r.wall)), cpu: median(rows.baseline.map((r) => r.cpu)) };
const line = (name, xs) => {
  const wall = median(xs.map((r) => r.wall));
  const cpu = median(xs.map((r) => r.cpu));
  const kb = xs[0]?.bytes ? `${(median(xs.map((r) => r.bytes)) / 1024).toFixed(0)}` : '-';
  return `| ${name} | ${xs.length} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${(wall / base.wall).toFixed(1)}x | ${kb} |`;
};
console.log(`\n${CARDS} cards + ${COLD} cold starts, ${cpus().length} cores (${cpus()[0].model}), load average ${loadAtStart.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log('| request | n | ms wall (median) | ms CPU in workerd (median) | wall x baseline | KB |\n|---|---|---|---|---|---|');
console.log(line('baseline: trivial route (Hono 404)', rows.baseline));
console.log(line('card, cold (first in a fresh isolate)', rows.cold));
console.log(line('card, warm (next different card)', rows.warm));
console.log(line('card, cache hit', rows.hit));
console.log(`workerd start-up to ready (compiles the WebAssembly): ${median(rows.startup.map((r) => r.wall)).toFixed(0)} ms wall, ${median(rows.startup.map((r) => r.cpu)).toFixed(0)} ms CPU (median of ${rows.startup.length})`);
await rm(work, { recursive: true, force: true });
