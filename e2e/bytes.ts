// What a page costs the reader before any interaction, as e2e/budgets.spec.ts and the account
// tests measure it: every response but images, gzip-compressed here so the dev server's own
// encoding does not matter.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** DESIGN.md §4: reader pages. */
export const JS_BUDGET_BYTES = 10 * 1024;
export const TOTAL_BUDGET_BYTES = 60 * 1024;

export interface PageBytes {
  js: number;
  total: number;
  sizes: { url: string; type: string; gzip: number }[];
}

export async function measurePageBytes(page: Page, path: string): Promise<PageBytes> {
  const sizes: PageBytes['sizes'] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'image' || response.status() >= 300) return;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => void sizes.push({ url: response.url(), type, gzip: gzipSync(body, { level: 9 }).byteLength })),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const js = sizes.filter((entry) => entry.type === 'script').reduce((sum, entry) => sum + entry.gzip, 0);
  const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
  return { js, total, sizes };
}
