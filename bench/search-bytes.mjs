// What search costs a reader in bytes, on a built site: the suggestion index (index.json, then the
// shards the words typed need) against the first full-text search with Pagefind, measured in the
// same run in Chromium. Deterministic: each file counts as its gzip -9 size, except Pagefind's
// index, fragment and wasm files, which Pagefind already compresses and which count as served.
//   node bench/search-bytes.mjs [--dist bench/.work/ours/dist] [--suggest kubernets] [--search kubernetes]
// (defaults: dist/, the typo "kubernets" for suggestions, "kubernetes" for Pagefind)
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ROOT } from '../scripts/run.mjs';
import { CHROMIUM_PATH } from '../scripts/ensure-test-tools.mjs';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const DIST = resolve(option('dist', join(ROOT, 'dist')));
const SUGGESTION_QUERY = option('suggest', 'kubernets');
const FULL_TEXT_QUERY = option('search', 'kubernetes');

const gzip = (body) => gzipSync(body, { level: 9 }).byteLength;
/** Bytes a file costs: gzip -9 for text, the file itself for what Pagefind stores compressed. */
const cost = (url, body) => (/\.(pf_\w+|pagefind)$/.test(new URL(url).pathname) ? body.byteLength : gzip(body));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The suggestion files on disk.
const suggestionsDir = join(DIST, 'search/suggestions');
const index = JSON.parse(await readFile(join(suggestionsDir, 'index.json'), 'utf8'));
const indexBytes = gzip(await readFile(join(suggestionsDir, 'index.json')));
const shardFiles = (await readdir(join(suggestionsDir, 'posts'))).filter((name) => name.endsWith('.json'));
const shards = await Promise.all(shardFiles.map(async (name) => ({ name, bytes: gzip(await readFile(join(suggestionsDir, 'posts', name))) })));
shards.sort((a, b) => a.bytes - b.bytes);
const posts = JSON.parse(await readFile(join(DIST, 'posts-manifest.json'), 'utf8')).posts.length;
const keyLengths = Object.entries(Object.groupBy(index.shards, (key) => [...key].length)).map(([length, keys]) => `${keys.length} of ${length} letters`);

const server = await serveDist(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Opens search with "/" on the home page, fills the query, and returns what search fetched. */
async function searchOnce(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
  const files = [];
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  page.on('response', async (response) => {
    const body = await response.body().catch(() => null);
    if (body) files.push({ url: response.url(), path: new URL(response.url()).pathname, bytes: cost(response.url(), body) });
  });
  await page.keyboard.press('/');
  await page.waitForResponse((response) => response.url().endsWith('/search/suggestions/index.json'));
  await page.locator('[data-search-input]').fill(query);
  // Quiet for a second: suggestions, the typing pause, Pagefind and its result fragments are done.
  for (let quiet = 0; quiet < 10; quiet = pending === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
  await context.close();
  return files;
}

const sum = (files) => files.reduce((total, file) => total + file.bytes, 0);
const PAGEFIND_PARTS = [
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['pagefind-entry.json', /\/pagefind-entry\.json$/],
  ['wasm', /\/wasm\.[\w-]+\.pagefind$/],
  ['meta', /\.pf_meta$/],
  ['index chunks', /\.pf_index$/],
  ['filter chunks', /\.pf_filter$/],
  ['result fragments', /\.pf_fragment$/],
];

try {
  const typed = await searchOnce(SUGGESTION_QUERY);
  const fetchedShards = typed.filter((file) => file.path.startsWith('/search/suggestions/posts/'));
  const dialogJs = typed.filter((file) => file.path.startsWith('/_astro/') && file.path.endsWith('.js'));
  const searched = await searchOnce(FULL_TEXT_QUERY);
  const pagefind = searched.filter((file) => file.path.startsWith('/pagefind/'));
  const suggestionBytes = indexBytes + sum(fetchedShards);

  console.log(`${DIST}: ${posts} posts; ${shards.length} shards (${keyLengths.join(', ')})\n`);
  console.log('| suggestion index, gzip -9 | bytes |\n|---|---|');
  console.log(`| index.json (fetched when search opens) | ${indexBytes} |`);
  console.log(`| largest shard (${shards.at(-1).name}) | ${shards.at(-1).bytes} |`);
  console.log(`| median shard | ${shards[Math.floor(shards.length / 2)].bytes} |`);
  console.log(`| all shards together (never fetched together) | ${sum(shards)} |`);
  console.log(`| shards fetched for "${SUGGESTION_QUERY}" (${fetchedShards.map((f) => f.path.split('/').at(-1)).join(', ')}) | ${sum(fetchedShards)} |`);
  console.log(`| **suggestions for "${SUGGESTION_QUERY}": index.json + shards** | **${suggestionBytes}** |`);
  console.log(`| dialog JavaScript (${dialogJs.map((f) => f.path.split('/').at(-1)).join(', ')}) | ${sum(dialogJs)} |`);
  console.log(`\n| Pagefind, first query "${FULL_TEXT_QUERY}" in the dialog | files | bytes |\n|---|---|---|`);
  for (const [name, pattern] of PAGEFIND_PARTS) {
    const part = pagefind.filter((file) => pattern.test(file.path));
    console.log(`| ${name} | ${part.length} | ${sum(part)} |`);
  }
  const other = pagefind.filter((file) => !PAGEFIND_PARTS.some(([, pattern]) => pattern.test(file.path)));
  if (other.length) console.log(`| other (${other.map((f) => f.path).join(', ')}) | ${other.length} | ${sum(other)} |`);
  console.log(`| **total (baseline)** | ${pagefind.length} | **${sum(pagefind)}** |`);
  console.log(`\nsuggestions / Pagefind first query: ${(suggestionBytes / sum(pagefind)).toFixed(3)}x`);
  console.log(`first full search (dialog JS + suggestions + Pagefind): ${kb(sum(dialogJs) + suggestionBytes + sum(pagefind))}`);
} finally {
  await browser.close();
  server.close();
}
