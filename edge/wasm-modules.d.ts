// Non-JS modules the Worker imports (wrangler.toml [[rules]]; the vitest pool reads the same rules).
// workerd compiles .wasm at upload (it forbids compiling from bytes at runtime) and hands over the module.
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

declare module '*.woff' {
  const data: ArrayBuffer;
  export default data;
}
