// Builds the static site: Astro pre-renders every page into dist/, then Pagefind indexes it.
import { run } from './run.mjs';

const started = performance.now();
await run('astro', ['build']);
await run('pagefind', ['--site', 'dist']);
console.log(`site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
