import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createCardBuilder, postCardInputs } from './cards.ts';
import { createMetrics, fingerprintFonts, loadOgFonts } from './fonts.ts';
import { createRasterizer } from './rasterize.ts';
import { OG_HEIGHT, OG_WIDTH, TITLE_AREA } from './template.ts';

const fonts = await loadOgFonts();
const builder = createCardBuilder(createMetrics(fonts), fingerprintFonts(fonts), { siteName: 'BlogX', tagline: 'Field notes', topics: ['Web'] });
const rasterizer = createRasterizer(fonts);
const card = (title: string) =>
  builder.postCard(postCardInputs({ slug: 's', entry: { data: { title } }, author: { data: { name: 'Tomáš Novák' } }, category: { data: { name: 'Languages' } } }));

describe('createRasterizer', () => {
  it('leaves the title band of the frame plain background, so a title patch can be copied over it', async () => {
    const { job } = card('Anything');
    const frame = await rasterizer.draw({ frame: job.frame, patches: [] });
    const bg = frame.readUInt32BE(((TITLE_AREA.top + 1) * OG_WIDTH + 1) * 4);
    for (let y = TITLE_AREA.top; y < TITLE_AREA.bottom; y++) {
      for (let x = 0; x < OG_WIDTH; x++) {
        if (frame.readUInt32BE((y * OG_WIDTH + x) * 4) !== bg) throw new Error(`frame pixel ${x},${y} is not background`);
      }
    }
    expect(bg).toBe(0x111318ff);
  });

  it('draws the title only inside its patch', async () => {
    const { job } = card('Getting ready for Rust 2027: how editions work and how to migrate calmly');
    const [frame, full] = await Promise.all([rasterizer.draw({ frame: job.frame, patches: [] }), rasterizer.draw(job)]);
    const [patch] = job.patches;
    let changedInside = 0;
    for (let y = 0; y < OG_HEIGHT; y++) {
      for (let x = 0; x < OG_WIDTH; x++) {
        const i = (y * OG_WIDTH + x) * 4;
        const inside = x >= patch!.left && x < patch!.left + patch!.width && y >= patch!.top && y < patch!.top + patch!.height;
        if (frame.readUInt32BE(i) === full.readUInt32BE(i)) continue;
        if (!inside) throw new Error(`pixel ${x},${y} outside the patch changed`);
        changedInside += 1;
      }
    }
    expect(changedInside).toBeGreaterThan(10_000);
  });

  it('encodes a 1200x630 PNG', async () => {
    const png = await rasterizer.render(card('Session tokens done right').job);
    const meta = await sharp(png).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: 1200, height: 630 });
  });
});
