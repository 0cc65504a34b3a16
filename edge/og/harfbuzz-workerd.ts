// Lets satori's bundled HarfBuzz start in workerd. Import this module before satori.
//
// satori (0.63) inlines harfbuzzjs's hb.wasm as base64 and, when its module is evaluated, compiles it
// from those bytes; its Emscripten glue then wraps one JS callback (harfbuzzjs's free, signature
// "vi") in a tiny module it also compiles from bytes. workerd forbids compiling WebAssembly at run
// time, so both are compiled at upload instead, as CompiledWasm modules: hb.wasm from harfbuzzjs
// (byte for byte what satori inlines: harfbuzz-bytes.test.ts checks it) and the trampoline, and
// handed over here when satori asks for exactly those bytes. Anything else goes to the real API.
//
// The glue also looks for its own file name: __filename, else self.location.href when it runs in a
// worker. workerd has WorkerGlobalScope but no self.location, so a bundled satori would throw there
// (vitest's module runner defines __filename, which hides this from the worker tests; the e2e tests
// and bench/og.mjs run the bundle). A placeholder name is set until satori has loaded.
import harfbuzz from 'harfbuzzjs/hb.wasm';
import viTrampoline from './emscripten-vi-trampoline.wasm';
import { HARFBUZZ_WASM_BYTES, VI_TRAMPOLINE_HEX } from './harfbuzz-bytes';

const bytesOf = (source: BufferSource) =>
  ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : new Uint8Array(source);
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

const globals = globalThis as { __filename?: string };
const placeholder = typeof __filename === 'undefined' && globals.__filename === undefined;
if (placeholder) globals.__filename = 'satori-harfbuzz.js';

/** Call once satori is imported: removes the placeholder file name. */
export function satoriLoaded(): void {
  if (placeholder) delete globals.__filename;
}

const instantiate = WebAssembly.instantiate.bind(WebAssembly);
WebAssembly.instantiate = (async (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
  if (!(source instanceof WebAssembly.Module) && source.byteLength === HARFBUZZ_WASM_BYTES) {
    return { module: harfbuzz, instance: await instantiate(harfbuzz, imports) };
  }
  return instantiate(source as BufferSource, imports);
}) as typeof WebAssembly.instantiate;

const CompileModule = WebAssembly.Module;
function Module(this: unknown, bytes: BufferSource): WebAssembly.Module {
  if (bytes.byteLength === VI_TRAMPOLINE_HEX.length / 2 && toHex(bytesOf(bytes)) === VI_TRAMPOLINE_HEX) return viTrampoline;
  return Reflect.construct(CompileModule, [bytes]) as WebAssembly.Module;
}
Module.prototype = CompileModule.prototype;
Object.assign(Module, { imports: CompileModule.imports, exports: CompileModule.exports, customSections: CompileModule.customSections });
WebAssembly.Module = Module as unknown as typeof WebAssembly.Module;
