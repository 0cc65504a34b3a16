// Card -> PNG: satori lays text out as paths, resvg rasterises, sharp encodes. The frame is
// rasterised once per key; a card rasterises only its patches (the title box) and copies their rows
// over a copy of the frame's pixels. bench/og.mjs measures this against the alternatives.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { OgFont } from './fonts.ts';
import { OG_HEIGHT, OG_WIDTH, type OgNode, type Patch } from './template.ts';

/** One card: a frame shared by many cards and patches drawn over it. */
export interface CardJob {
  frame: { key: string; tree: OgNode };
  patches: Patch[];
}

/**
 * zlib level 3, no row filter: encoding is the costliest single step of a card; level 3 takes about
 * 75% of level 6's time for 20% more bytes (48 KB), level 1 about 55% for 85% more (bench/og.mjs).
 */
export const PNG_OPTIONS = { compressionLevel: 3, adaptiveFiltering: false } as const;

// Frames kept as pixels (about 3 MB each); a site has few authors x categories, and builds ask for
// cards in post order, so a small cache hits nearly always.
const FRAME_CACHE_SIZE = 24;

export function createRasterizer(fonts: readonly OgFont[]) {
  const satoriFonts = fonts.map((f) => ({ ...f, data: f.data.slice().buffer }));
  // satori's types expect React elements; the object form is what JSX compiles to.
  const toSvg = (tree: OgNode, width: number, height: number) =>
    satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: satoriFonts });
  // No system fonts: text is already paths, and scanning them costs more than drawing a card.
  const toPixels = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;

  const frames = new Map<string, Promise<Buffer>>();
  function framePixels(frame: CardJob['frame']): Promise<Buffer> {
    let pixels = frames.get(frame.key);
    if (pixels) {
      frames.delete(frame.key); // re-insert: Map order is the LRU order
    } else {
      pixels = toSvg(frame.tree, OG_WIDTH, OG_HEIGHT).then(toPixels);
      if (frames.size >= FRAME_CACHE_SIZE) frames.delete(frames.keys().next().value!);
    }
    frames.set(frame.key, pixels);
    return pixels;
  }

  /** Draws the card into canvas (RGBA, OG_WIDTH x OG_HEIGHT); a new buffer when none is given. */
  async function draw(job: CardJob, canvas?: Buffer): Promise<Buffer> {
    const frame = await framePixels(job.frame);
    if (canvas) frame.copy(canvas);
    else canvas = Buffer.from(frame);
    for (const patch of job.patches) {
      const { left, top, width, height } = patch;
      if (left < 0 || top < 0 || left + width > OG_WIDTH || top + height > OG_HEIGHT) {
        throw new Error(`patch ${width}x${height}+${left}+${top} falls outside the card`);
      }
      const pixels = toPixels(await toSvg(patch.tree, width, height));
      const row = width * 4;
      for (let y = 0; y < height; y++) pixels.copy(canvas, ((top + y) * OG_WIDTH + left) * 4, y * row, (y + 1) * row);
    }
    return canvas;
  }

  async function encode(pixels: Buffer): Promise<Uint8Array> {
    const png = await sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } }).png(PNG_OPTIONS).toBuffer();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  }

  // Canvases are reused once their PNG is written: a fresh 3 MB buffer per card costs page faults.
  const spare: Buffer[] = [];
  async function render(job: CardJob): Promise<Uint8Array> {
    const canvas = spare.pop() ?? Buffer.allocUnsafe(OG_WIDTH * OG_HEIGHT * 4);
    try {
      return await encode(await draw(job, canvas));
    } finally {
      spare.push(canvas);
    }
  }

  return { draw, encode, render };
}
