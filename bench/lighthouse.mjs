// Lighthouse (mobile preset, simulated throttling) on the built site's home, a post and a tag page,
// served from dist/ with gzip as a CDN would, next to a baseline page (one heading, one paragraph)
// from the same server in the same run.   npm run build && npm run bench:lighthouse
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { ROOT } from '../scripts/run.mjs';
import { CHROMIUM_PATH } from '../scripts/ensure-test-tools.mjs';
import { serveDist } from './serve-dist.mjs';

const DIST = join(ROOT, 'dist');
const PAGES = { home: '/', post: '/posts/postgresql-index-types/', tag: '/tags/kubernetes/' };
const BASELINE_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><meta name="description" content="A baseline page."></head><body><main><h1>Baseline</h1><p>One paragraph of text.</p></main></body></html>';

const server = await serveDist(DIST, { '/__baseline/': BASELINE_HTML });
const origin = server.origin;
const chrome = await launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function audit(url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bytes: lhr.audits['total-byte-weight'].numericValue,
  };
}

try {
  const baseline = await audit(`${origin}/__baseline/`);
  console.log(`| page | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS | transfer KB | LCP / baseline |\n|---|---|---|---|---|---|---|---|---|---|`);
  const row = (name, r) =>
    `| ${name} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(1)} | ${(r.lcpMs / baseline.lcpMs).toFixed(2)}x |`;
  console.log(row('baseline page', baseline));
  for (const [name, path] of Object.entries(PAGES)) console.log(row(name, await audit(origin + path)));
} finally {
  await chrome.kill();
  server.close();
}
