// Fonts for Open Graph cards: Inter from @fontsource (WOFF, which satori reads; it does not read
// WOFF2), one file per unicode subset, and widths measured from the same files for line breaking.
// The Worker bundles the files (font-files.ts); tests read them from disk. Both use ogFont below.
import { create, type Font } from 'fontkitten';
import type { Measure } from './wrap';

export type OgWeight = 600 | 800;

export interface OgFont {
  /** One family per subset: satori keeps one font per name and weight, then falls back by name. */
  name: string;
  weight: OgWeight;
  style: 'normal';
  data: ArrayBuffer;
}

export const OG_WEIGHTS: readonly OgWeight[] = [600, 800];
// Latin first: satori and the measure below take each character from the first font that has it.
export const OG_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
export type OgSubset = (typeof OG_SUBSETS)[number];

export function ogFont(subset: OgSubset, weight: OgWeight, data: ArrayBuffer): OgFont {
  return { name: subset === 'latin' ? 'Inter' : `Inter ${subset}`, weight, style: 'normal', data };
}

/** The @fontsource/inter file of a subset and weight. */
export const ogFontFile = (subset: OgSubset, weight: OgWeight) => `inter-${subset}-${weight}-normal.woff`;

export interface FontMetrics {
  /** A Measure for one weight, size and letter spacing (px). */
  measureAt(weight: OgWeight, size: number, letterSpacing?: number): Measure;
  /** The distinct characters of text that no font has (satori would draw a "no glyph" box). */
  uncovered(text: string): string[];
  /**
   * The fonts (by name) that draw text: the first (latin) always, another subset only when the text
   * has its characters. satori parses every font it is given, which is most of a first card's cost.
   */
  fontNamesFor(text: string): string[];
}

/**
 * Text widths from the fonts' advance widths (no kerning, which in Inter only tightens, so lines
 * measured here never come out wider when drawn). Characters no font has count as 1em.
 */
export function createMetrics(fonts: readonly OgFont[]): FontMetrics {
  const parsed = new Map<OgWeight, { name: string; face: Font }[]>();
  for (const font of fonts) {
    // fontkitten reads any Uint8Array (its types say Buffer, which workerd has only as a polyfill).
    const face = create(new Uint8Array(font.data) as Parameters<typeof create>[0]);
    if (face.isCollection) throw new Error('font collections are not supported for OG cards');
    parsed.set(font.weight, [...(parsed.get(font.weight) ?? []), { name: font.name, face }]);
  }
  const found = new Map<number, { name: string; width: number } | null>();
  // Looking a glyph up costs about 25 µs, so each (weight, character) is looked up once; the key is
  // a number because line breaking measures thousands of strings per title.
  const lookUp = (weight: OgWeight, codePoint: number): { name: string; width: number } | null => {
    const key = weight * 0x110000 + codePoint;
    let glyph = found.get(key);
    if (glyph === undefined) {
      const font = parsed.get(weight)?.find(({ face }) => face.hasGlyphForCodePoint(codePoint));
      glyph = font ? { name: font.name, width: font.face.glyphForCodePoint(codePoint).advanceWidth / font.face.unitsPerEm } : null;
      found.set(key, glyph);
    }
    return glyph;
  };
  const emWidth = (weight: OgWeight, codePoint: number) => lookUp(weight, codePoint)?.width ?? null;
  const weights = [...parsed.keys()];
  return {
    measureAt: (weight, size, letterSpacing = 0) => (text) => {
      let width = 0;
      let count = 0;
      for (const char of text) {
        width += emWidth(weight, char.codePointAt(0)!) ?? 1;
        count += 1;
      }
      return width * size + Math.max(0, letterSpacing) * count;
    },
    uncovered: (text) =>
      [...new Set(text)].filter((char) => !/\s/u.test(char) && weights.some((w) => emWidth(w, char.codePointAt(0)!) === null)),
    fontNamesFor: (text) => {
      const names = new Set(fonts[0] ? [fonts[0].name] : []);
      for (const char of new Set(text)) for (const weight of weights) {
        const name = lookUp(weight, char.codePointAt(0)!)?.name;
        if (name) names.add(name);
      }
      return [...names];
    },
  };
}
