import { expect, test } from '@playwright/test';

test('a reader goes from the home page to a post and reads it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/BlogX/);
  const firstPost = page.locator('.post-card h2 a').first();
  const title = (await firstPost.textContent())?.trim() ?? '';
  expect(title.length).toBeGreaterThan(5);
  await firstPost.click();
  await expect(page).toHaveURL(/\/posts\/[a-z0-9-]+\/$/);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('article[data-pagefind-body] .prose h2').first()).toBeVisible();
});

test('search finds posts by words in their body', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: 'Search articles' });
  await input.fill('kubernetes');
  await input.press('Enter');
  const results = page.getByRole('list', { name: 'Search results' }).locator('.search-hit-title a');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toHaveAttribute('href', /\/posts\/[a-z0-9-]+\/$/);
});

test('drafts and scheduled posts are not published', async ({ page, request }) => {
  for (const slug of ['kubernetes-gateway-api', 'rust-2027-edition-preview']) {
    expect((await request.get(`/posts/${slug}/`)).status()).toBe(404);
  }
  const manifest = (await (await request.get('/posts-manifest.json')).json()) as { posts: { slug: string }[] };
  const slugs = manifest.posts.map((post) => post.slug);
  expect(slugs.length).toBeGreaterThanOrEqual(24);
  expect(slugs).not.toContain('kubernetes-gateway-api');
  expect(slugs).not.toContain('rust-2027-edition-preview');
  await page.goto('/');
  await expect(page.getByText('Gateway API', { exact: false })).toHaveCount(0);
});

test('an anonymous visit sets no cookie', async ({ page, context }) => {
  await page.goto('/');
  await page.goto('/search/');
  await page.request.get('/api/health');
  expect(await context.cookies()).toEqual([]);
});
