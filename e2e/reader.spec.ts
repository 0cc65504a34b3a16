import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PostsManifest } from '../edge/content/posts-manifest';

/** The sample draft, and the sample post scheduled for a date that may since have passed. */
const DRAFT = 'kubernetes-gateway-api';
const SCHEDULED = 'rust-2027-edition-preview';
const scheduledDate = new Date(
  /^pubDate:\s*(\S+)/m.exec(readFileSync(`content/posts/${SCHEDULED}/index.md`, 'utf8'))?.[1] ?? 'invalid',
);

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

test('drafts are never published, and scheduled posts only once their date has passed', async ({ request }) => {
  expect(scheduledDate.getTime()).not.toBeNaN();
  const scheduledIsDue = scheduledDate.getTime() <= Date.now();
  expect((await request.get(`/posts/${DRAFT}/`)).status()).toBe(404);
  expect((await request.get(`/posts/${SCHEDULED}/`)).status()).toBe(scheduledIsDue ? 200 : 404);
  const manifest = PostsManifest.parse(await (await request.get('/posts-manifest.json')).json());
  const slugs = manifest.posts.map((post) => post.slug);
  expect(slugs.length).toBeGreaterThanOrEqual(24);
  expect(slugs).not.toContain(DRAFT);
  expect(slugs.includes(SCHEDULED)).toBe(scheduledIsDue);
  const home = await (await request.get('/')).text();
  expect(home).not.toContain(`/posts/${DRAFT}/`);
});

test('an anonymous visit sets no cookie', async ({ page, context }) => {
  await page.goto('/');
  await page.goto('/search/');
  await page.request.get('/api/health');
  expect(await context.cookies()).toEqual([]);
});
