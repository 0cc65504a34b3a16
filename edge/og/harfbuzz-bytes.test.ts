import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HARFBUZZ_WASM_BYTES, VI_TRAMPOLINE_HEX } from './harfbuzz-bytes';

// What harfbuzz-workerd.ts relies on, checked against the installed packages so an upgrade that
// breaks it fails here, in Node, with a clear name (in workerd it would fail at the first card).
const read = (specifier: string) => readFileSync(fileURLToPath(import.meta.resolve(specifier)));
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url).href);

describe('the HarfBuzz modules compiled at upload', () => {
  it('match the hb.wasm satori inlines, byte for byte', () => {
    const satori = read('satori/standalone').toString('utf8');
    const inlined = [...satori.matchAll(/"([A-Za-z0-9+/=]{100000,})"/g)].map((match) => Buffer.from(match[1]!, 'base64'));
    const harfbuzz = read('harfbuzzjs/hb.wasm');
    expect(harfbuzz.byteLength).toBe(HARFBUZZ_WASM_BYTES);
    expect(inlined.some((bytes) => bytes.equals(harfbuzz))).toBe(true);
  });

  it('include the "vi" trampoline Emscripten builds for addFunction', () => {
    const trampoline = readFileSync(here('./emscripten-vi-trampoline.wasm'));
    expect(trampoline.toString('hex')).toBe(VI_TRAMPOLINE_HEX);
  });
});

describe('satori drawing a card', () => {
  it('compiles from bytes only HarfBuzz, the "vi" trampoline and the layout engine it is given', async () => {
    const fromBytes: string[] = [];
    const { Module, instantiate } = WebAssembly;
    const label = (bytes: BufferSource) => {
      const view = ArrayBuffer.isView(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.from(bytes);
      return view.byteLength < 100 ? view.toString('hex') : `${view.byteLength} bytes`;
    };
    Object.assign(WebAssembly, {
      instantiate: (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
        if (!(source instanceof Module)) fromBytes.push(label(source));
        return instantiate(source as BufferSource, imports);
      },
      Module: Object.assign(function (bytes: BufferSource) {
        fromBytes.push(label(bytes));
        return Reflect.construct(Module, [bytes]) as WebAssembly.Module;
      }, { imports: Module.imports, exports: Module.exports, customSections: Module.customSections }),
    });
    try {
      const { default: satori, init } = await import('satori/standalone');
      const layout = read('satori/layout.wasm');
      await init(layout);
      const font = new Uint8Array(read('@fontsource/inter/files/inter-latin-ext-800-normal.woff')).buffer;
      const text = { type: 'div', props: { style: { display: 'flex', fontSize: 64 }, children: 'Tomáš Novák: Đạt' } };
      await satori(text as never, { width: 1200, height: 630, fonts: [{ name: 'Inter', weight: 800, style: 'normal', data: font }] });
      expect(new Set(fromBytes)).toEqual(new Set([`${HARFBUZZ_WASM_BYTES} bytes`, VI_TRAMPOLINE_HEX, `${layout.byteLength} bytes`]));
    } finally {
      Object.assign(WebAssembly, { Module, instantiate });
    }
  });
});
