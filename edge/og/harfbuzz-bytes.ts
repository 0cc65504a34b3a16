// The bytes harfbuzz-workerd.ts swaps for modules compiled at upload (checked against the installed
// packages by harfbuzz-bytes.test.ts).

/** Size of harfbuzzjs's hb.wasm, which satori inlines. */
export const HARFBUZZ_WASM_BYTES = 381_964;

/** What Emscripten's convertJsFunctionToWasm builds for signature "vi" (emscripten-vi-trampoline.wasm). */
export const VI_TRAMPOLINE_HEX = '0061736d01000000018700016081007f800002070101650166000007050101660000';
