// Accounts in a real browser: sign-up to sign-out through the pages, the header's account menu,
// keyboard use, and axe on the pages that only show their content to someone signed in.
// Sign-ins per minute are limited per client (10) and everything here comes from one client, so
// each test signs in at most once.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { JS_BUDGET_BYTES, measurePageBytes, TOTAL_BUDGET_BYTES } from './bytes';
import { SAMPLE_PASSWORD } from './pages';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  // The outbox shows email HTML in an iframe whose empty sandbox runs no script, axe's included
  // (axe would wait for it forever): the frame is left out, and its title checked by the test.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude('iframe[sandbox=""]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Signs the page's browser context in through the API (no UI), as a sample account. */
async function signInAs(page: Page, email: string) {
  const response = await page.request.post('/api/auth/sign-in', { data: { email, password: SAMPLE_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
}

const accountMenu = (page: Page) => page.locator('account-menu');
const menuButton = (page: Page) => accountMenu(page).locator('[data-account-trigger]');

/** Opens the account menu once it shows who is signed in. */
async function openMenu(page: Page, name: string) {
  await expect(accountMenu(page).locator('[data-account-name]')).toHaveText(name);
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
}

test('a new reader signs up, confirms the address from the outbox, signs in, renames and signs out', async ({ page }) => {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'a long walk on the beach 🌊';

  await page.goto('/account/sign-up/');
  await page.getByLabel('Display name').fill('E2E Reader');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByText(`We sent an email to ${email}. Follow its link to confirm your address.`)).toBeVisible();

  // The outbox is open to everyone in development, which `npm start` is.
  await page.goto('/admin/outbox/');
  // Typing before React hydrates the island is lost (the controlled input starts empty).
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByLabel('Recipient').fill(email);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.locator('.data-table tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Confirm your email for BlogX' }).click();
  await expect(page.locator('iframe.outbox-frame')).toHaveAttribute('sandbox', '');
  const href = await page.locator('.outbox-links a').first().getAttribute('href');
  const link = new URL(href ?? 'missing:');
  expect(link.pathname).toBe('/account/verify/');
  // Emailed links use SITE_URL; this stack runs on its own port.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByText(`Thank you, E2E Reader: ${email} is confirmed.`)).toBeVisible();
  expect(new URL(page.url()).search).toBe('');

  await page.goto('/account/sign-in/?next=%2Faccount%2Fsettings%2F');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account\/settings\/$/);
  await expect(accountMenu(page).locator('[data-account-name]')).toHaveText('E2E Reader');
  await expect(page.getByText('Confirmed', { exact: true })).toBeVisible();

  // Names are text: markup in one is shown as typed, never parsed.
  const renamed = 'Renamed <b>E2E</b> 🙂';
  await page.getByLabel('Display name').fill(renamed);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(accountMenu(page).locator('[data-account-name]')).toHaveText(renamed);
  await expect(accountMenu(page).locator('b')).toHaveCount(0);
  await page.goto('/');
  await openMenu(page, renamed);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(accountMenu(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).toEqual([]);
});

test('a reader signs in with the keyboard alone, and an off-site ?next= leads home', async ({ page }) => {
  await page.goto('/account/sign-in/?next=%2F%2Fevil.example%2F');
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'sign-in-email'; i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
  await page.keyboard.type('amara@blogx.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(SAMPLE_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
  await expect(accountMenu(page).locator('[data-account-name]')).toHaveText('Amara Okafor');

  // The menu opens, is walked and closes from the keyboard.
  await menuButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(accountMenu(page).getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(accountMenu(page).getByRole('link', { name: 'Admin' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton(page)).toBeFocused();
});

test('the sign-in form shows field errors and the server\'s answer where they belong', async ({ page }) => {
  await page.goto('/account/sign-in/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Email address: Enter your email address.', 'Password: Enter your password.']);
  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter your email address.');

  await email.fill(`nobody-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(summary).toContainText('The email or the password is wrong.');
  await expect(email).not.toHaveAttribute('aria-invalid');
});

test('anonymous readers get a Sign in link, no /api call and no cookie from the account menu', async ({ page, context }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto('/posts/postgresql-index-types/', { waitUntil: 'networkidle' });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(accountMenu(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(accountMenu(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/account/sign-in/');
  expect(apiCalls).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('a stale signed-in hint without a session falls back to Sign in and is cleared', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'blogx_signed_in', value: '1', url: baseURL! }]);
  const me = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/me');
  await page.goto('/archive/');
  expect((await me).status()).toBe(401);
  await expect(accountMenu(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name)).toEqual([]);
});

test('the header keeps the same box whether signed in or not, so nothing shifts', async ({ page }) => {
  await page.goto('/about/');
  const signedOut = await accountMenu(page).boundingBox();
  await signInAs(page, 'tomas@blogx.example');
  await page.goto('/about/');
  await expect(accountMenu(page).locator('[data-account-name]')).toHaveText('Tomáš Novák');
  expect(await accountMenu(page).boundingBox()).toEqual(signedOut);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
});

test('an admin sees the admin pages in the menu and is told why the last admin cannot be demoted', async ({ page }) => {
  await signInAs(page, 'admin@blogx.example');
  await page.goto('/');
  await openMenu(page, 'BlogX Admin');
  for (const name of ['Settings', 'Admin', 'Users', 'Site settings', 'Outbox']) await expect(accountMenu(page).getByRole('link', { name, exact: true })).toBeVisible();

  await accountMenu(page).getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByText('(you)')).toBeVisible();
  const ownRole = page.getByLabel('Role of BlogX Admin');
  await expect(ownRole).toHaveValue('admin');
  page.once('dialog', (dialog) => void dialog.accept());
  await ownRole.selectOption('reader');
  await expect(page.getByText('Could not change the role of BlogX Admin: This is the only admin; make someone else admin first')).toBeVisible();
  await expect(ownRole).toHaveValue('admin');

  await page.getByRole('link', { name: 'Site settings' }).click();
  await expect(page.getByLabel('Allow new sign-ups')).toBeChecked();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved. New accounts can sign up.')).toBeVisible();
});

test('a reader sees only Settings in the menu and a not-allowed message on the admin pages', async ({ page }) => {
  await signInAs(page, 'reader@blogx.example');
  await page.goto('/tags/');
  await openMenu(page, 'Riley Reader');
  await expect(accountMenu(page).getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(accountMenu(page).getByRole('link', { name: 'Admin' })).toBeHidden();
  await expect(accountMenu(page).getByRole('link', { name: 'Users' })).toBeHidden();
  await page.goto('/admin/users/');
  await expect(page.getByText('this page is for admins only')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the signed-in settings page stays within the byte budgets, and it and an open outbox message pass axe, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  // A message of our own, so the outbox has one whatever ran before.
  const email = `axe-${Date.now()}@example.com`;
  const signUp = await page.request.post('/api/auth/sign-up', { data: { email, password: 'a long walk on the beach', displayName: 'Axe Check' } });
  expect(signUp.status()).toBe(202);
  await signInAs(page, 'maya@blogx.example');
  // Signed in, the header's menu panel loads too: the heaviest the account pages get.
  const bytes = await measurePageBytes(page, '/account/settings/');
  test.info().annotations.push({ type: 'bytes', description: `settings, signed in: js ${bytes.js} B, total ${bytes.total} B (gzip)` });
  expect(bytes.js, JSON.stringify(bytes.sizes.filter((e) => e.type === 'script'))).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  expect(bytes.total).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/account/settings/');
    await expect(page.locator('[data-session-list] li').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The filter as a URL (the page reads ?to= on mount): a click on Filter during hydration can
    // land before React has taken the form over.
    await page.goto(`/admin/outbox/?to=${encodeURIComponent(email)}`);
    await expect(page.locator('.data-table tbody tr')).toHaveCount(1);
    await page.getByRole('button', { name: 'Confirm your email for BlogX' }).click();
    await expect(page.locator('.outbox-frame')).toHaveAttribute('title', 'HTML part of the message “Confirm your email for BlogX”');
    await expectNoAxeViolations(page);
  }
});

test('axe finds no violations on the sign-in and sign-up forms showing their errors', async ({ page }) => {
  for (const path of ['/account/sign-in/', '/account/sign-up/']) {
    await page.goto(path);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a reader uploads a picture that is cropped, resized and shown, then removes it', async ({ page }) => {
  await signInAs(page, 'amara@blogx.example');
  await page.goto('/account/settings/');
  // A 600 x 300 picture made in the page, so the test needs no fixture file.
  const png = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(600, 300);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#2357c6';
    context.fillRect(0, 0, 600, 300);
    return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())];
  });
  await page.getByLabel('New picture').setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(page.locator('[data-avatar-status]')).toHaveText('Picture saved.');
  const image = page.locator('img[data-avatar-image]');
  await expect(image).toBeVisible();
  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/api\/media\/avatars\/[a-z0-9]+\/[a-z0-9]+\.webp$/);
  const size = await image.evaluate((img: HTMLImageElement) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
  expect(size).toEqual([256, 256]);
  await page.getByRole('button', { name: 'Remove picture' }).click();
  await expect(page.locator('[data-avatar-status]')).toHaveText('Picture removed.');
  await expect(image).toHaveCount(0);
  expect((await page.request.get(src!)).status()).toBe(404);
});
