// Byte budgets (DESIGN.md §4): sizes are deterministic, so they are tests. Measured as the browser
// loads each page before any interaction (e2e/bytes.ts).
import { expect, test } from '@playwright/test';
import { JS_BUDGET_BYTES, measurePageBytes, TOTAL_BUDGET_BYTES } from './bytes';
import { ACCOUNT_PAGES, READER_PAGES } from './pages';

for (const [name, path] of Object.entries({ ...READER_PAGES, ...ACCOUNT_PAGES })) {
  test(`the ${name} page stays within the JavaScript and total byte budgets`, async ({ page }) => {
    const { js, total, sizes } = await measurePageBytes(page, path);
    test.info().annotations.push({ type: 'bytes', description: `${name}: js ${js} B, total ${total} B (gzip)` });
    expect(js, `JavaScript on ${path}: ${JSON.stringify(sizes.filter((e) => e.type === 'script'))}`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(total, `everything but images on ${path}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  });
}
