import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ACCOUNT_PAGES, READER_PAGES } from './pages';

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries({ ...READER_PAGES, ...ACCOUNT_PAGES })) {
    test(`axe finds no WCAG 2.2 AA violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
