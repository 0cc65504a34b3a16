import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createCardBuilder } from './cards.ts';
import { createMetrics, fingerprintFonts, loadOgFonts } from './fonts.ts';
import { createRenderer } from './renderer.ts';

const fonts = await loadOgFonts();
const builder = createCardBuilder(createMetrics(fonts), fingerprintFonts(fonts), { siteName: 'BlogX', tagline: 'Field notes', topics: ['Web'] });
const dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
const cacheDir = pathToFileURL(`${dir}/`);
const renderer = createRenderer({ fonts, cacheDir, workerUrl: new URL('./render-worker.ts', import.meta.url), workers: 1 });
afterAll(async () => {
  await renderer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('createRenderer', () => {
  it('draws a missing card on a worker and keeps it in the cache under its hash', async () => {
    const card = builder.postCard({ title: 'Session tokens done right', author: 'Amara Okafor', category: 'Security' });
    const png = await renderer.render(card.hash, card.job);
    expect((await sharp(png).metadata()).width).toBe(1200);
    expect(await readdir(dir)).toEqual([`${card.hash}.png`]);
    expect(new Uint8Array(await readFile(join(dir, `${card.hash}.png`)))).toEqual(png);
    expect(renderer.stats()).toEqual({ cached: 0, rendered: 1 });
  });

  it('serves a cached card without drawing it', async () => {
    const card = builder.postCard({ title: 'Cached before this build', author: 'Maya Chen', category: 'Web' });
    await writeFile(join(dir, `${card.hash}.png`), 'cached bytes');
    const before = renderer.stats();
    expect(new TextDecoder().decode(await renderer.render(card.hash, card.job))).toBe('cached bytes');
    expect(renderer.stats()).toEqual({ cached: before.cached + 1, rendered: before.rendered });
  });

  it('prunes cached cards this renderer was not asked for, keeping the ones it served', async () => {
    await writeFile(join(dir, `${'0'.repeat(24)}.png`), 'from an older build');
    await writeFile(join(dir, 'abc.123.tmp'), 'another build writing');
    const before = (await readdir(dir)).filter((name) => name.endsWith('.png')).length;
    expect(await renderer.prune()).toBe(1);
    const after = await readdir(dir);
    expect(after).not.toContain(`${'0'.repeat(24)}.png`);
    expect(after).toContain('abc.123.tmp');
    expect(after.filter((name) => name.endsWith('.png'))).toHaveLength(before - 1);
  });

  it('rejects a hash that is not hex, so it cannot name a path outside the cache', async () => {
    const card = builder.postCard({ title: 'x', author: 'y', category: 'z' });
    await expect(renderer.render('../../etc/passwd', card.job)).rejects.toThrow('not a card hash');
  });
});
