// Byte budgets (DESIGN.md §4): sizes are deterministic, so they are tests. Measured as the browser
// loads each page before any interaction, gzip-compressed here so the dev server's own encoding
// does not matter.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { READER_PAGES } from './pages';

const JS_BUDGET_BYTES = 10 * 1024;
const TOTAL_BUDGET_BYTES = 60 * 1024;

for (const [name, path] of Object.entries(READER_PAGES)) {
  test(`the ${name} page stays within the JavaScript and total byte budgets`, async ({ page }) => {
    const sizes: { url: string; type: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (type === 'image' || response.status() >= 300) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ url: response.url(), type, gzip: gzipSync(body, { level: 9 }).byteLength });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const js = sizes.filter((entry) => entry.type === 'script').reduce((sum, entry) => sum + entry.gzip, 0);
    const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
    test.info().annotations.push({ type: 'bytes', description: `${name}: js ${js} B, total ${total} B (gzip)` });
    expect(js, `JavaScript on ${path}: ${JSON.stringify(sizes.filter((e) => e.type === 'script'))}`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(total, `everything but images on ${path}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  });
}
