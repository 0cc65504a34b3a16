// Open Graph card benchmark.
//
// Default: ms per 1200x630 card (median over N titles, one process, warm) and bytes per card, for
// each way of drawing one, with the cheapest as the baseline of the same run; then the stages of
// the pipeline the site uses, the PNG/JPEG/WebP encoders, and the worker pool's throughput (what a
// cold build pays per card).
//   node bench/og.mjs [--titles 100] [--rounds 3] [--seed 42]
//
// --builds: what the cards cost a build. Astro builds of the corpus `npm run bench:build` left in
// bench/.work/ours, cold with the OG routes and cold without them (the baseline), alternating;
// then warm rebuilds (Astro's caches kept) with the OG cache present and absent; then the same warm
// pair for the sample site.
//   npm run bench:build -- --posts 1000 && node bench/og.mjs --builds [--repeat 2]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { parse } from 'yaml';
import { copySiteWithoutPosts } from '../scripts/site-copy.mjs';
import { createCardBuilder } from '../site/lib/og/cards.ts';
import { createMetrics, fingerprintFonts, loadOgFonts } from '../site/lib/og/fonts.ts';
import { createRasterizer, PNG_OPTIONS } from '../site/lib/og/rasterize.ts';
import { createRenderer } from '../site/lib/og/renderer.ts';
import { OG_HEIGHT, OG_WIDTH, fitPostTitle } from '../site/lib/og/template.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TITLES = option('titles', 100);
const ROUNDS = option('rounds', 3);
const SEED = option('seed', 42);
const REPEAT = option('repeat', 2);
const ROOT = new URL('../', import.meta.url);
const path = (p) => new URL(p, ROOT).pathname;

// ---------- --builds ----------
async function timedAstroBuild(dir, { cold, dropOgCache = false }) {
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  await rm(join(dir, '.astro'), { recursive: true, force: true });
  // node_modules/.astro holds Astro's image cache and the OG cache (blogx-og/).
  if (cold) await rm(join(dir, 'node_modules'), { recursive: true, force: true });
  if (dropOgCache) await rm(join(dir, 'node_modules/.astro/blogx-og'), { recursive: true, force: true });
  // CPU seconds (all threads) say more than wall time when other work shares the machine.
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu %U %S'] : [];
  const command = [...time, path('node_modules/.bin/astro'), 'build', '--root', dir];
  const t0 = performance.now();
  const run = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const wall = (performance.now() - t0) / 1000;
  const stderr = run.stderr.toString();
  if (run.status !== 0) throw new Error(`astro build --root ${dir} failed:\n${stderr}`);
  const cpu = stderr.match(/^cpu ([\d.]+) ([\d.]+)$/m);
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

/** Our project (today's site/) with the given posts, under bench/.work so it resolves node_modules. */
async function copyProject(to, { content, withOg }) {
  await rm(to, { recursive: true, force: true });
  await cp(join(content, 'posts'), await copySiteWithoutPosts(to), { recursive: true });
  if (!withOg) await rm(join(to, 'site/pages/og'), { recursive: true, force: true });
}

async function benchBuilds() {
  const work = path('bench/.work/');
  const corpus = join(work, 'ours');
  try {
    await stat(join(corpus, 'content/posts'));
  } catch {
    throw new Error('no corpus in bench/.work/ours: run `npm run bench:build -- --posts N` first');
  }
  const posts = (await readdir(join(corpus, 'content/posts'))).length;
  const withOg = join(work, 'og-with');
  const withoutOg = join(work, 'og-without');
  const sample = join(work, 'og-sample');
  await copyProject(withOg, { content: join(corpus, 'content'), withOg: true });
  await copyProject(withoutOg, { content: join(corpus, 'content'), withOg: false });
  await copyProject(sample, { content: path('content'), withOg: true });

  // Best of the runs: other work on the machine only ever adds time.
  const best = (xs) => Math.min(...xs.map((x) => x.wall));
  const cpu = (xs) => Math.min(...xs.map((x) => x.cpu));
  const rows = { cold: [], coldNoOg: [], warm: [], warmNoCache: [], sampleWarm: [], sampleNoCache: [] };
  const load = [loadavg()[0]];
  for (let r = 0; r < REPEAT; r++) {
    rows.cold.push(await timedAstroBuild(withOg, { cold: true }));
    rows.coldNoOg.push(await timedAstroBuild(withoutOg, { cold: true }));
    rows.warm.push(await timedAstroBuild(withOg, { cold: false }));
    rows.warmNoCache.push(await timedAstroBuild(withOg, { cold: false, dropOgCache: true }));
    if (r === 0) await timedAstroBuild(sample, { cold: true }); // fills the sample's caches
    rows.sampleWarm.push(await timedAstroBuild(sample, { cold: false }));
    rows.sampleNoCache.push(await timedAstroBuild(sample, { cold: false, dropOgCache: true }));
    load.push(loadavg()[0]);
  }
  const cards = (await readdir(join(withOg, 'dist/og'))).length;
  const row = (name, xs, base) =>
    `| ${name} | ${best(xs).toFixed(1)} | ${xs.map((x) => x.wall.toFixed(1)).join(', ')} | ${cpu(xs).toFixed(1)} | ${base ? `${(best(xs) - best(base)).toFixed(1)} s, ${(best(xs) / best(base)).toFixed(2)}x` : ''} |`;
  console.log(`\n${posts} generated posts (${cards} cards incl. site.png); astro build only, ${REPEAT} runs each, load average ${load.map((l) => l.toFixed(1)).join(' -> ')}`);
  console.log('| astro build | best s | runs (s) | CPU s (best) | vs baseline |\n|---|---|---|---|---|');
  console.log(row('cold, without OG routes (baseline)', rows.coldNoOg));
  console.log(row('cold, with OG cards (no cache)', rows.cold, rows.coldNoOg));
  console.log(row('warm rebuild, OG cache absent (baseline for the next row)', rows.warmNoCache));
  console.log(row('warm rebuild, OG cache present', rows.warm, rows.warmNoCache));
  console.log(row('sample site: warm rebuild, OG cache absent (baseline)', rows.sampleNoCache));
  console.log(row('sample site: warm rebuild, OG cache present', rows.sampleWarm, rows.sampleNoCache));
}

if (args.includes('--builds')) {
  await benchBuilds();
  process.exit(0);
}

// ---------- inputs: the sample site's titles, then generated ones ----------
async function loadTitles() {
  const titles = [];
  for (const dir of (await readdir(path('content/posts'))).sort()) {
    const text = await readFile(path(`content/posts/${dir}/index.md`), 'utf8');
    titles.push(parse(text.split('\n---')[0].replace(/^---\n/, '')).title);
  }
  const out = await mkdtemp(join(tmpdir(), 'og-bench-'));
  execFileSync(process.execPath, [path('../shared/bench/gen-corpus.mjs'), '--n', String(TITLES), '--out', out, '--seed', String(SEED)], { stdio: 'ignore' });
  for (const file of (await readdir(out)).sort()) {
    titles.push(parse((await readFile(join(out, file), 'utf8')).split('\n---')[0].replace(/^---\n/, '')).title);
  }
  await rm(out, { recursive: true, force: true });
  return titles.slice(0, TITLES);
}

const titles = await loadTitles();
const authors = JSON.parse(await readFile(path('content/authors.json'), 'utf8'));
const categories = JSON.parse(await readFile(path('content/categories.json'), 'utf8'));
const avatars = await Promise.all(
  authors.map(async (a) => `data:image/png;base64,${(await sharp(path(`content/${a.avatar}`)).resize(64, 64).png().toBuffer()).toString('base64')}`),
);
const fonts = await loadOgFonts();
const metrics = createMetrics(fonts);
const builder = createCardBuilder(metrics, fingerprintFonts(fonts), { siteName: 'BlogX', tagline: 'Field notes', topics: categories.map((c) => c.name) });
const inputs = titles.map((title, i) => ({
  title,
  author: authors[i % authors.length].name,
  avatar: avatars[i % authors.length],
  category: categories[i % categories.length].name,
}));
const cards = inputs.map((input) => builder.postCard(input));
const satoriFonts = fonts.map((f) => ({ ...f, data: f.data.slice().buffer }));
const NO_SYSTEM_FONTS = { font: { loadSystemFonts: false } };
const raw = { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } };

/** The whole card as one satori tree (frame + title), as a one-step generator would do it. */
function fullTree(i) {
  const { frame, patches } = cards[i].job;
  const [title] = patches;
  const box = { type: 'div', props: { style: { position: 'absolute', left: title.left, top: title.top, display: 'flex' }, children: [title.tree] } };
  return { ...frame.tree, props: { ...frame.tree.props, children: [...frame.tree.props.children, box] } };
}
const satoriFull = (i) => satori(fullTree(i), { width: OG_WIDTH, height: OG_HEIGHT, fonts: satoriFonts });

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Option (b): an SVG template with <text> lines; librsvg draws them with a system font. */
function svgTemplate(i) {
  const fit = fitPostTitle(inputs[i].title, metrics.measureAt);
  const lines = fit.lines
    .map((line, n) => `<text x="80" y="${136 + (n + 0.85) * fit.fontSize * 1.12}" font-size="${fit.fontSize}" font-weight="800" fill="#f5f6f8">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="#111318"/><rect width="100%" height="12" fill="#2357c6"/>
<text x="80" y="100" font-size="24" font-weight="600" letter-spacing="3" fill="#8fb0ff">${escapeXml(inputs[i].category.toUpperCase())}</text>
${lines}<image x="80" y="486" width="64" height="64" href="${inputs[i].avatar}"/>
<text x="164" y="528" font-size="30" font-weight="600" fill="#f5f6f8">${escapeXml(inputs[i].author)}</text>
<text x="1120" y="530" text-anchor="end" font-size="34" font-weight="800" fill="#f5f6f8">BlogX</text></svg>`;
}

const rasterizer = createRasterizer(fonts);
const framePng = new Map();
/** Option (c): cached frame + the title set by Pango (sharp's text input, system font), composited. */
async function pangoComposite(i) {
  const { frame } = cards[i].job;
  if (!framePng.has(frame.key)) framePng.set(frame.key, await rasterizer.draw({ frame, patches: [] }));
  const text = await sharp({
    text: { text: `<span foreground="#f5f6f8">${escapeXml(inputs[i].title)}</span>`, font: 'DejaVu Sans Bold 56', width: 1040, height: 320, wrap: 'word', rgba: true },
  }).png().toBuffer();
  return sharp(framePng.get(frame.key), raw).composite([{ input: text, left: 80, top: 136 }]).png(PNG_OPTIONS).toBuffer();
}

// ---------- measuring ----------
const loadAtStart = loadavg()[0];
async function measure(candidates) {
  const names = Object.keys(candidates);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const bytes = Object.fromEntries(names.map((n) => [n, 0]));
  for (const name of names) for (let i = 0; i < 5; i++) await candidates[name](i % titles.length); // warm up
  // Interleaved (title by title, candidates in rotating order) so machine noise hits all alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < titles.length; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k + round) % names.length];
        const t0 = performance.now();
        const out = await candidates[name](i);
        samples[name].push(performance.now() - t0);
        if (round === 0) bytes[name] += out?.length ?? 0;
      }
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return names.map((name) => ({ name, ms: median(samples[name]), kb: bytes[name] / titles.length / 1024 }));
}

function table(title, rows, baselineName) {
  const base = baselineName ? rows.find((r) => r.name === baselineName) : rows.reduce((a, b) => (a.ms <= b.ms ? a : b));
  console.log(`\n${title} (baseline: ${base.name})\n| pipeline | ms/card | x baseline | KB/card |\n|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(2)} | ${(r.ms / base.ms).toFixed(2)} | ${r.kb ? r.kb.toFixed(1) : '-'} |`);
}

console.log(`${titles.length} titles x ${ROUNDS} rounds, ${availableParallelism()} cores, load average at start ${loadAtStart.toFixed(1)}`);

const pipelines = await measure({
  'satori whole card -> resvg PNG, resvg defaults (scans system fonts)': async (i) => new Resvg(await satoriFull(i)).render().asPng(),
  'satori whole card -> resvg PNG': async (i) => new Resvg(await satoriFull(i), NO_SYSTEM_FONTS).render().asPng(),
  'satori whole card -> resvg pixels -> sharp PNG': async (i) => sharp(new Resvg(await satoriFull(i), NO_SYSTEM_FONTS).render().pixels, raw).png(PNG_OPTIONS).toBuffer(),
  'satori whole card -> librsvg (sharp) PNG': async (i) => sharp(Buffer.from(await satoriFull(i))).png(PNG_OPTIONS).toBuffer(),
  '(b) SVG <text> template -> librsvg PNG, system font (DejaVu)': (i) => sharp(Buffer.from(svgTemplate(i))).png(PNG_OPTIONS).toBuffer(),
  '(c) cached frame + Pango title (system font), composited -> PNG': (i) => pangoComposite(i),
  'site: cached frame + satori title patch -> resvg -> sharp PNG': (i) => rasterizer.render(cards[i].job),
});
table('Card pipelines, whole card per call', pipelines);

// Stages of the site's pipeline, and encoders on the same pixels.
const patchSvgs = await Promise.all(cards.map((c) => satori(c.job.patches[0].tree, { width: c.job.patches[0].width, height: c.job.patches[0].height, fonts: satoriFonts })));
const pixels = await Promise.all(cards.map((c) => rasterizer.draw(c.job)));
const stages = await measure({
  'satori: title patch -> SVG': async (i) => {
    const p = cards[i].job.patches[0];
    return satori(p.tree, { width: p.width, height: p.height, fonts: satoriFonts });
  },
  'resvg: title patch -> pixels': (i) => new Resvg(patchSvgs[i], NO_SYSTEM_FONTS).render().pixels,
  'copy the frame pixels (per card)': async (i) => Buffer.from(pixels[i]),
  [`sharp PNG zlib ${PNG_OPTIONS.compressionLevel} (site)`]: (i) => sharp(pixels[i], raw).png(PNG_OPTIONS).toBuffer(),
  'sharp PNG zlib 1': (i) => sharp(pixels[i], raw).png({ compressionLevel: 1 }).toBuffer(),
  'sharp PNG zlib 6': (i) => sharp(pixels[i], raw).png({ compressionLevel: 6 }).toBuffer(),
  'sharp PNG zlib 9': (i) => sharp(pixels[i], raw).png({ compressionLevel: 9 }).toBuffer(),
  'sharp PNG 8-bit palette (libimagequant)': (i) => sharp(pixels[i], raw).png({ palette: true }).toBuffer(),
  'sharp JPEG q85 (libjpeg-turbo)': (i) => sharp(pixels[i], raw).removeAlpha().jpeg({ quality: 85, mozjpeg: false }).toBuffer(),
  'sharp WebP q80': (i) => sharp(pixels[i], raw).removeAlpha().webp({ quality: 80 }).toBuffer(),
});
table('Stages of the site pipeline and encoders on the same 1200x630 pixels', stages, `sharp PNG zlib ${PNG_OPTIONS.compressionLevel} (site)`);

// Throughput of the worker pool the build uses (no cache): what a cold build pays per card.
console.log('\nWorker pool, no cache, every card drawn (wall time, after start-up):\n| workers | ms/card | cards/s | start-up ms |\n|---|---|---|---|');
for (const workers of [1, availableParallelism()]) {
  const renderer = createRenderer({ fonts, workerUrl: new URL('../site/lib/og/render-worker.ts', import.meta.url), workers });
  const t0 = performance.now();
  await Promise.all(cards.slice(0, workers * 2).map((c) => renderer.render(c.hash, c.job)));
  const startup = performance.now() - t0;
  const t1 = performance.now();
  for (let round = 0; round < ROUNDS; round++) await Promise.all(cards.map((c) => renderer.render(c.hash, c.job)));
  const per = (performance.now() - t1) / (ROUNDS * cards.length);
  console.log(`| ${workers} | ${per.toFixed(2)} | ${(1000 / per).toFixed(0)} | ${startup.toFixed(0)} |`);
  await renderer.close();
}
console.log(`\nload average at end ${loadavg()[0].toFixed(1)} (other work on the machine inflates every row alike)`);
