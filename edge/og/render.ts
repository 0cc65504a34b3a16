// Card tree -> PNG inside workerd: satori lays the whole card out as SVG paths, resvg (WebAssembly)
// rasterises it and encodes the PNG. The WebAssembly modules are compiled at upload (CompiledWasm
// imports); each isolate instantiates them and parses the fonts once, on its first card.
import { satoriLoaded } from './harfbuzz-workerd'; // before satori, which starts HarfBuzz when it is evaluated
import satori, { init as initSatori } from 'satori/standalone';
import layoutWasm from 'satori/layout.wasm';
import { initWasm as initResvg, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import { createMetrics, type FontMetrics } from './fonts';
import { OG_FONTS } from './font-files';
import { OG_HEIGHT, OG_WIDTH, type OgNode } from './template';

satoriLoaded();

let ready: Promise<unknown> | undefined;
let metrics: FontMetrics | undefined;

/** Widths for line breaking, from the same font files satori draws with. */
export function cardMetrics(): FontMetrics {
  metrics ??= createMetrics(OG_FONTS);
  return metrics;
}

export async function renderPng(tree: OgNode): Promise<Uint8Array> {
  ready ??= Promise.all([initSatori(layoutWasm), initResvg(resvgWasm)]);
  await ready;
  // satori's types expect React elements; the object form is what JSX compiles to. The same fonts
  // array every time: satori keeps its parsed fonts per array.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: OG_FONTS });
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false } }); // text is already paths
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
