import { expect, test } from '@playwright/test';
import { PostsManifest } from '../edge/content/posts-manifest';

test('a reader goes from home to a post, to one of its tags, to its author', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.post-list .post-card-title a').first();
  const title = (await card.textContent())?.trim() ?? '';
  await card.click();
  await expect(page.locator('h1')).toHaveText(title);

  const tagLink = page.locator('.tags a').first();
  const tag = ((await tagLink.textContent()) ?? '').replace('#', '').trim();
  await tagLink.click();
  await expect(page).toHaveURL(new RegExp(`/tags/${tag}/$`));
  await expect(page.locator('h1')).toHaveText(`#${tag}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('link', { name: title }).click();
  await page.locator('.author-card .author-name a').click();
  await expect(page).toHaveURL(/\/authors\/[a-z-]+\/$/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('the home page paginates through every published post exactly once', async ({ page }) => {
  const seen: string[] = [];
  let url: string | null = '/';
  while (url) {
    await page.goto(url);
    seen.push(...(await page.locator('.post-list .post-card-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))));
    const next = page.locator('.pagination a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  expect(new Set(seen).size).toBe(seen.length);
  const manifest = PostsManifest.parse(await (await page.request.get('/posts-manifest.json')).json());
  expect(seen.length).toBe(manifest.posts.length);
});

test('the theme toggle persists across pages without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the very first paint of the next page, before any module script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstPaintTheme?: string }).firstPaintTheme = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/archive/');
  expect(await page.evaluate(() => (window as unknown as { firstPaintTheme?: string }).firstPaintTheme)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 17, 21)');
  await expect(page.getByRole('button', { name: 'Toggle dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('a post shows its table of contents, share links and neighbours', async ({ page }) => {
  await page.goto('/posts/postgresql-index-types/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link').first();
  const target = await first.getAttribute('href');
  expect(target).toMatch(/^#[a-z0-9-]+$/);
  await expect(page.locator(target ?? '#missing')).toHaveCount(1);
  const share = page.getByRole('region', { name: 'Share this post' });
  for (const name of ['X', 'LinkedIn', 'Mastodon', 'Hacker News', 'Reddit', 'Email', 'Copy link']) {
    await expect(share.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'More posts' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.locator('script[src*="x.com"], script[src*="linkedin"], iframe')).toHaveCount(0);
});
