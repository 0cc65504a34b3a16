import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OG_SUBSETS, OG_WEIGHTS, createMetrics, ogFont, ogFontFile } from './fonts';

// The files the Worker bundles (font-files.ts), read from disk in the same order.
const fonts = OG_WEIGHTS.flatMap((weight) =>
  OG_SUBSETS.map((subset) => {
    const bytes = readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/inter/files/${ogFontFile(subset, weight)}`)));
    return ogFont(subset, weight, new Uint8Array(bytes).buffer);
  }),
);
const metrics = createMetrics(fonts);

describe('the card fonts', () => {
  it('are Inter 600 and 800 for every subset, latin first under the family name, as WOFF', () => {
    expect(fonts).toHaveLength(14);
    expect(fonts[0]).toMatchObject({ name: 'Inter', weight: 600 });
    expect(new Set(fonts.map((f) => f.name)).size).toBe(7);
    // WOFF signature: satori reads WOFF, not WOFF2.
    for (const font of fonts) expect(new TextDecoder().decode(font.data.slice(0, 4))).toBe('wOFF');
  });
});

describe('createMetrics', () => {
  it('measures proportionally: wider text, larger size and heavier weight are wider', () => {
    const at64 = metrics.measureAt(800, 64);
    expect(at64('mmmm')).toBeGreaterThan(at64('iiii'));
    expect(metrics.measureAt(800, 80)('Rust')).toBeCloseTo(at64('Rust') * 1.25, 6);
    expect(at64('Rust')).toBeGreaterThan(metrics.measureAt(600, 64)('Rust'));
    expect(at64('')).toBe(0);
  });

  it('adds positive letter spacing per character', () => {
    expect(metrics.measureAt(600, 24, 3)('ABC') - metrics.measureAt(600, 24)('ABC')).toBeCloseTo(9, 6);
  });

  it('measures Greek, Cyrillic and Latin Extended from their subsets, and finds no gaps there', () => {
    expect(metrics.uncovered('Ωμέγα Привет Tomáš Novák Đạt')).toEqual([]);
    expect(metrics.measureAt(800, 64)('Ω')).toBeGreaterThan(0);
  });

  it('names the fonts a text needs: Latin always, other subsets only for their characters', () => {
    expect(metrics.fontNamesFor('Session tokens')).toEqual(['Inter']);
    expect(metrics.fontNamesFor('')).toEqual(['Inter']);
    expect(metrics.fontNamesFor('Tomáš Novák')).toEqual(['Inter', 'Inter latin-ext']);
    expect(metrics.fontNamesFor('Ωμέγα Привет').sort()).toEqual(['Inter', 'Inter cyrillic', 'Inter greek']);
    expect(metrics.fontNamesFor('日本')).toEqual(['Inter']);
  });

  it('reports characters no font has, once each, and counts them as 1em', () => {
    expect(metrics.uncovered('日本 日本')).toEqual(['日', '本']);
    expect(metrics.measureAt(800, 64)('日')).toBe(64);
  });
});
