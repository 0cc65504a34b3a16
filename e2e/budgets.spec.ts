// Byte budgets (DESIGN.md §4): sizes are deterministic, so they are tests. Measured as the browser
// loads each page before any interaction (e2e/bytes.ts).
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { INDEX_FILE_MAX_BYTES, SHARD_MAX_BYTES } from '../site/lib/search/suggestion-shards';
import { shardFileName } from '../site/lib/search/suggestion-terms';
import { isSuggestionIndexFile, shardUrl, SUGGESTION_INDEX_URL } from '../site/lib/search/suggestions';
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

test('the suggestion index stays within budget: the part loaded when search opens, and every shard', async ({ request }) => {
  const fetchGzip = async (path: string) => {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    const body = await response.body();
    return { body, gzip: gzipSync(body, { level: 9 }).byteLength };
  };
  const index = await fetchGzip(SUGGESTION_INDEX_URL);
  const file: unknown = JSON.parse(index.body.toString('utf8'));
  if (!isSuggestionIndexFile(file)) throw new Error(`${SUGGESTION_INDEX_URL} is not a suggestion index file`);
  expect(file.shards.length).toBeGreaterThan(0);
  const shards = await Promise.all(file.shards.map(async (key) => ({ key, gzip: (await fetchGzip(shardUrl(shardFileName(key)))).gzip })));
  const largest = shards.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  test.info().annotations.push({
    type: 'bytes',
    description: `suggestions: index ${index.gzip} B, ${shards.length} shards, largest ${largest.key} ${largest.gzip} B (gzip)`,
  });
  expect(index.gzip, SUGGESTION_INDEX_URL).toBeLessThanOrEqual(INDEX_FILE_MAX_BYTES);
  expect(shards.filter((shard) => shard.gzip > SHARD_MAX_BYTES)).toEqual([]);
});
