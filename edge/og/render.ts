// Card tree -> PNG inside workerd: satori lays the whole card out as SVG paths, resvg (WebAssembly)
// rasterises it, png.ts encodes it. The WebAssembly modules are compiled at upload (CompiledWasm
// imports); each isolate instantiates them once, on its first card, and satori parses only the font
// subsets a card's text needs (Latin alone for most cards).
import { satoriLoaded } from './harfbuzz-workerd'; // before satori, which starts HarfBuzz when it is evaluated
import satori, { init as initSatori } from 'satori/standalone';
import layoutWasm from 'satori/layout.wasm';
import { initWasm as initResvg, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import { createMetrics, type FontMetrics, type OgFont } from './fonts';
import { encodePng } from './png';
import { OG_FONTS } from './font-files';
import { OG_HEIGHT, OG_WIDTH, treeTexts, type OgNode } from './template';

satoriLoaded();

let ready: Promise<unknown> | undefined;
let metrics: FontMetrics | undefined;

/** Widths for line breaking, from the same font files satori draws with. */
export function cardMetrics(): FontMetrics {
  metrics ??= createMetrics(OG_FONTS);
  return metrics;
}

// satori keeps the fonts it parsed per array, so each set of fonts is one array, reused.
const fontSets = new Map<string, OgFont[]>();
function fontsFor(text: string): OgFont[] {
  const names = cardMetrics().fontNamesFor(text);
  const key = names.join('\n');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = OG_FONTS.filter((font) => names.includes(font.name));
    fontSets.set(key, fonts);
  }
  return fonts;
}

export async function renderPng(tree: OgNode): Promise<Uint8Array> {
  ready ??= Promise.all([initSatori(layoutWasm), initResvg(resvgWasm)]);
  await ready;
  const fonts = fontsFor(treeTexts(tree).join(''));
  // satori's types expect React elements; the object form is what JSX compiles to.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false } }); // text is already paths
  try {
    const image = resvg.render();
    try {
      // resvg's pixels are premultiplied; every card has an opaque background, so that is straight
      // RGBA. The platform's deflate beats resvg's asPng (zlib in WebAssembly) by about a quarter
      // of a card's time, with the same pixels (bench/README.md).
      return await encodePng(image.pixels, image.width, image.height);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
