import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Requests that belong to search: Pagefind, the suggestion index, the dialog and page modules. */
const SEARCH_REQUEST = /\/pagefind\/|\/search\/suggestions\/|\/_astro\/(dialog|search-page)\./;
const SUGGESTION_SHARD = /\/search\/suggestions\/posts\/([^/]+)\.json$/;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search articles' });
const combobox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search articles' });
const status = (page: Page) => dialog(page).getByRole('status');

/** Fails the test if anything opens a JavaScript dialog (an injected alert(1) would). */
function failOnAlerts(page: Page): string[] {
  const alerts: string[] = [];
  page.on('dialog', async (alert) => {
    alerts.push(alert.message());
    await alert.dismiss();
  });
  return alerts;
}

test('search is not requested before the reader opens it', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (SEARCH_REQUEST.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto('/posts/kubernetes-zero-downtime-deploys/', { waitUntil: 'networkidle' });
  await page.mouse.move(10, 10);
  await page.getByRole('link', { name: 'Search' }).first().hover();
  await page.waitForTimeout(300);
  expect(searchRequests).toEqual([]);

  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('/search/suggestions/index.json'))).toBe(true);
  // Opening loads the small part only; post shards wait for words.
  expect(searchRequests.filter((url) => SUGGESTION_SHARD.test(url))).toEqual([]);
});

test('typing fetches only the suggestion shards of the words typed, each once', async ({ page }) => {
  const shards: string[] = [];
  page.on('request', (request) => {
    const match = SUGGESTION_SHARD.exec(new URL(request.url()).pathname);
    if (match) shards.push(match[1]!);
  });
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('kubernets zero', { delay: 30 });
  await expect(dialog(page).getByRole('option', { name: /Zero-downtime deploys on Kubernetes/ }).first()).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('o');
  // The status changes once full-text search has run for the final query, well after the shards.
  await expect(status(page)).toContainText('“kubernets zero”');
  expect(shards).toEqual(['ku', 'ze']);
});

test('a slow shard does not overwrite suggestions for what was typed after it', async ({ page }) => {
  // "ku" arrives late; by then the reader has typed a different word, whose suggestions must stay.
  await page.route('**/search/suggestions/posts/ku.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(dialog(page).getByRole('group', { name: 'Popular topics' })).toBeVisible();
  await combobox(page).fill('kubernetes');
  await combobox(page).fill('postgresql');
  const suggestions = dialog(page).getByRole('group', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('href', /^\/posts\/postgresql-/);
  await page.waitForTimeout(2_000);
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('href', /^\/posts\/postgresql-/);
  await expect(suggestions.getByRole('option', { name: /Kubernetes/ })).toHaveCount(0);
});

test('a broken suggestion shard leaves topic suggestions and full-text results working', async ({ page }) => {
  await page.route('**/search/suggestions/posts/ku.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"posts": [' }));
  await page.goto('/');
  await page.keyboard.press('/');
  await combobox(page).fill('kubernetes');
  await expect(dialog(page).getByRole('group', { name: 'Suggestions' }).getByRole('option', { name: /^kubernetes Tag/ })).toBeVisible();
  await expect(dialog(page).getByRole('group', { name: 'In articles' }).getByRole('option', { name: /Zero-downtime deploys on Kubernetes/ })).toBeVisible();
});

test('a typo still suggests the Kubernetes posts', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await combobox(page).fill('kubernets');
  const suggestions = dialog(page).getByRole('group', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option', { name: /Zero-downtime deploys on Kubernetes/ })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /Kubernetes requests and limits/ })).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /^kubernetes Tag/ })).toHaveAttribute('href', '/search/?tag=kubernetes');
});

test('keyboard only: "/" opens, typing suggests, ArrowDown and Enter open a post', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('zero downtime');
  const first = dialog(page).getByRole('option').first();
  await expect(first).toHaveAttribute('href', /^\/posts\/[a-z0-9-]+\/$/);
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(combobox(page)).toBeFocused();
  const target = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.locator('h1')).toContainText(/zero-downtime/i);
});

test('nothing typed right after "/" is lost while the dialog module loads', async ({ page }) => {
  await page.route(/\/_astro\/dialog\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('kubernetes');
  await expect(combobox(page)).toHaveValue('kubernetes');
  await expect(dialog(page).getByRole('option', { name: /Zero-downtime deploys on Kubernetes/ })).toBeVisible();
});

test('arrow keys wrap around the options', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await combobox(page).fill('kubernetes');
  const options = dialog(page).getByRole('option');
  await expect(dialog(page).getByRole('group', { name: 'In articles' })).toBeVisible();
  const count = await options.count();
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(dialog(page).locator('[aria-selected="true"]')).toHaveCount(1);
});

test('Escape closes the dialog and returns focus to the header button', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('link', { name: 'Search' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('Ctrl+K opens the dialog, also from a text field, while "/" there is just typed', async ({ page }) => {
  await page.goto('/search/');
  const pageInput = page.getByRole('searchbox', { name: 'Search articles' });
  await pageInput.focus();
  await page.keyboard.press('/');
  await expect(pageInput).toHaveValue('/');
  await expect(dialog(page)).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(pageInput).toBeFocused();
});

test('a query with markup is shown as text in the dialog and on the search page', async ({ page }) => {
  const alerts = failOnAlerts(page);
  const found = '<img src=x onerror=alert(1)>';
  const missing = '<b>xylophone</b>';
  await page.goto('/');
  await page.keyboard.press('/');
  await combobox(page).fill(found);
  await expect(status(page)).toContainText(`results for “${found}”`);
  await combobox(page).fill(missing);
  await expect(status(page)).toContainText(`No results for “${missing}”`);
  await expect(dialog(page).locator('img, b, script')).toHaveCount(0);

  for (const query of [found, missing]) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-page-status]')).toContainText(`for “${query}”.`);
    await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(query);
    await expect(page.locator('[data-search-page] img, [data-search-page] b, [data-search-page-status] *')).toHaveCount(0);
  }
  await expect(page.locator('[data-search-page-status]')).toHaveText(`No results for “${missing}”.`);
  expect(alerts).toEqual([]);
});

test('an empty result shows typo-tolerant suggestions instead of a dead end', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  // Pagefind finds nothing for this typo; the suggestion index (fuzzy) still knows the word.
  await combobox(page).fill('moorepo');
  await expect(status(page)).toContainText('No results for “moorepo”');
  const didYouMean = dialog(page).getByRole('group', { name: 'Did you mean' });
  await expect(didYouMean.getByRole('option', { name: /CI for a monorepo/ })).toBeVisible();

  await combobox(page).fill('xylophone');
  await expect(status(page)).toContainText('No results for “xylophone”');
  await expect(dialog(page).getByRole('group', { name: 'Popular topics' }).getByRole('option').first()).toBeVisible();
});

test('the search page runs ?q=, shows escaped excerpts and filters by keyboard', async ({ page }) => {
  await page.goto('/search/?q=kubernetes');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(page.locator('[data-search-page-status]')).toHaveText(/^\d+ results for “kubernetes”\.$/);
  const links = results.locator('.search-hit-title a');
  await expect(links.first()).toHaveAttribute('href', /^\/posts\/[a-z0-9-]+\/$/);
  await expect(results.locator('.search-excerpt mark').first()).toBeVisible();
  const all = await links.count();

  const category = page.getByRole('combobox', { name: 'Category' });
  await category.focus();
  await category.selectOption('Security');
  await expect(page).toHaveURL(/\/search\/\?q=kubernetes&category=Security$/);
  await expect(page.locator('[data-search-page-status]')).toContainText('for “kubernetes” in Security');
  await expect.poll(() => links.count()).toBeLessThan(all);
});

test('the search page lists a tag with no words and suggests on zero results', async ({ page }) => {
  await page.goto('/search/?tag=kubernetes');
  await expect(page.getByRole('combobox', { name: 'Tag' })).toHaveValue('kubernetes');
  await expect(page.locator('[data-search-page-status]')).toHaveText('3 results tagged kubernetes.');

  await page.goto('/search/?q=moorepo');
  await expect(page.locator('[data-search-page-status]')).toHaveText('No results for “moorepo”.');
  const suggestions = page.getByRole('region', { name: 'Did you mean' });
  await expect(suggestions.getByRole('link', { name: /CI for a monorepo/ })).toHaveAttribute('href', '/posts/github-actions-monorepo-ci/');
});

test('without JavaScript the header button and the search form still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  await expect(page).toHaveURL('/search/');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('rust');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=rust/);
  await context.close();
});

test('axe-core finds no violations in the open dialog or on the search page, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await page.keyboard.press('/');
    await combobox(page).fill('kubernetes');
    await expect(dialog(page).getByRole('group', { name: 'In articles' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const inDialog = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(inDialog.violations, `dialog, ${colorScheme}`).toEqual([]);

    await page.goto('/search/?q=kubernetes');
    await expect(page.getByRole('list', { name: 'Search results' }).locator('mark').first()).toBeVisible();
    const onPage = await new AxeBuilder({ page }).include('[data-search-page]').analyze();
    expect(onPage.violations, `search page, ${colorScheme}`).toEqual([]);
  }
});
