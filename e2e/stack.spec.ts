import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';

test('the static search bundle, health, and OpenAPI document are served', async ({ request }) => {
  const pagefind = await request.get('/pagefind/pagefind.js');
  expect(pagefind.status()).toBe(200);
  expect(pagefind.headers()['content-type']).toMatch(/javascript/);

  const health = await request.get('/api/health');
  expect(await health.json()).toMatchObject({ ok: true, database: 'up' });

  const doc = z.object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }).parse(await (await request.get('/api/openapi.json')).json());
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/api/health');
});

test('the API docs render offline from our own origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith('http://localhost')) foreign.push(req.url());
  });
  await page.goto('/api/docs');
  await expect(page.getByText('BlogX API').first()).toBeVisible();
  await expect(page.getByText('/api/health').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

/** Opens a WebSocket from the page to a chat room and collects the texts it receives. */
async function joinRoom(page: Page, room: string) {
  await page.goto('/');
  await page.evaluate(
    (room) =>
      new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/api/chat/${room}`);
        const received: string[] = [];
        Object.assign(window, { chat: { ws, received } });
        ws.onmessage = (event) => received.push(JSON.parse(event.data).text);
        ws.onopen = () => resolve();
        ws.onerror = () => reject(new Error('WebSocket failed'));
      }),
    room,
  );
}

test('a chat message from one browser reaches another in the same room', async ({ browser }) => {
  const room = `e2e-${Date.now()}`;
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await joinRoom(alice, room);
  await joinRoom(bob, room);
  await alice.evaluate(() => (window as unknown as { chat: { ws: WebSocket } }).chat.ws.send(JSON.stringify({ type: 'message', text: 'hi bob' })));
  const receivedBy = (page: Page) => page.evaluate(() => (window as unknown as { chat: { received: string[] } }).chat.received);
  await expect.poll(() => receivedBy(bob)).toEqual(['hi bob']);
  await expect.poll(() => receivedBy(alice)).toEqual(['hi bob']);
});
