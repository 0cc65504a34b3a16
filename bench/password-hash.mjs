// Password hashing benchmark: ms per hash in workerd (Miniflare's API) for argon2id through
// edge/auth/password-hash.ts at the chosen and at candidate parameters, scrypt through node:crypto,
// PBKDF2-SHA256 at the Workers cap, against SHA-256 of the password (the baseline) in the same
// run; then the cost of the common-password Set, and what the password modules add to the Worker
// (each module minified, and the whole upload from `wrangler deploy --dry-run` with and without).
//   npm run bench:password [-- --hashes 60] [--warmup 5]
//
// One request runs one hash, timed from Node: local workerd does advance performance.now() during
// a computation, but only in whole milliseconds, and Cloudflare's does not advance it at all.
// The request overhead this adds is what the baseline row measures. Cases are interleaved, so
// load from other work on the machine spreads over all of them. CPU ms/hash is workerd's own CPU
// time (utime + stime from /proc, 10 ms ticks summed over all requests of a case), which other
// processes inflate less than wall time.
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import { ROOT, run } from '../scripts/run.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const HASHES = option('hashes', 60);
const WARMUP = option('warmup', 5);
const WORK = join(ROOT, 'bench/.work/password-hash');
const BASELINE = 'sha256';

// ---------- build: the bench Worker bundled by wrangler, as a deploy would ----------
const compatibilityDate = (await readFile(join(ROOT, 'wrangler.toml'), 'utf8')).match(/^compatibility_date = "(.+)"$/m)?.[1];
await rm(WORK, { recursive: true, force: true });
await mkdir(WORK, { recursive: true });
await writeFile(
  join(WORK, 'wrangler.toml'),
  `name = "bench-password-hash"\nmain = "${join(ROOT, 'bench/password-hash-worker.mjs')}"\ncompatibility_date = "${compatibilityDate}"\ncompatibility_flags = ["nodejs_compat"]\n`,
);
const out = join(WORK, 'out');
await run('wrangler', ['deploy', '--dry-run', '--outdir', out, '--config', join(WORK, 'wrangler.toml')], { stdio: ['ignore', 'ignore', 'inherit'] });

// ---------- run ----------
// The bundle and the WebAssembly module wrangler wrote beside it, listed as a deploy uploads them.
const files = await readdir(out);
const mf = new Miniflare(
  convertV4MiniflareOptions({
    modulesRoot: out,
    modules: [
      { type: 'ESModule', path: join(out, 'password-hash-worker.js') },
      ...files.filter((file) => file.endsWith('.wasm')).map((file) => ({ type: 'CompiledWasm', path: join(out, file) })),
    ],
    compatibilityDate,
    compatibilityFlags: ['nodejs_compat'],
  }),
);
await mf.ready;

/** The workerd processes Miniflare started for us (children of this process), found once. */
async function findWorkerdPids() {
  const pids = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (comm === 'workerd' && parent === process.pid) pids.push(pid);
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
const workerdPids = await findWorkerdPids();
if (workerdPids.length === 0) console.warn('no workerd process found: the CPU column will read 0');

/** CPU ms (user + system, all threads) workerd has used so far, in 10 ms clock ticks. */
async function workerdCpuMs() {
  let ticks = 0;
  for (const pid of workerdPids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return ticks * 10;
}

async function request(name, password) {
  const res = await mf.dispatchFetch(`http://bench/?case=${encodeURIComponent(name)}&password=${encodeURIComponent(password)}`);
  const body = await res.text();
  if (!res.ok) throw new Error(`${name}: ${res.status} ${body}`);
}

const cases = await (await mf.dispatchFetch('http://bench/cases')).json();
for (const name of cases) for (let i = 0; i < WARMUP; i++) await request(name, `warm-up password ${i}`);

const samples = Object.fromEntries(cases.map((name) => [name, []]));
const cpu = Object.fromEntries(cases.map((name) => [name, 0]));
const loadBefore = loadavg()[0];
for (let i = 0; i < HASHES; i++) {
  for (const name of cases) {
    const password = `bench password ${i} ${name}`;
    const cpuBefore = await workerdCpuMs();
    const t0 = performance.now();
    await request(name, password);
    samples[name].push(performance.now() - t0);
    cpu[name] += (await workerdCpuMs()) - cpuBefore;
  }
}
const loadAfter = loadavg()[0];
await mf.dispose();

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const stats = Object.fromEntries(
  cases.map((name) => {
    const sorted = samples[name].toSorted((a, b) => a - b);
    return [name, { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), cpu: cpu[name] / HASHES }];
  }),
);
const ms = (value) => (value < 1 ? value.toFixed(2) : value.toFixed(1));
console.log(`\nms per request in workerd, ${HASHES} each after ${WARMUP} warm-up, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`);
console.log('| case | median ms | p95 ms | x baseline (median) | median - baseline ms | workerd CPU ms/hash |');
console.log('|---|---|---|---|---|---|');
const base = stats[BASELINE].median;
for (const name of cases) {
  const { median, p95, cpu: cpuMs } = stats[name];
  console.log(`| ${name} | ${ms(median)} | ${ms(p95)} | ${(median / base).toFixed(1)} | ${ms(median - base)} | ${ms(cpuMs)} |`);
}

// ---------- bundle: what the password modules add to the Worker ----------
async function bundledBytes(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'], // as wrangler resolves packages
    write: false,
    external: ['*.wasm'],
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
const kb = ({ raw, gzip }) => `${(raw / 1024).toFixed(1)} KiB | ${(gzip / 1024).toFixed(1)} KiB`;
const wasm = await readFile(join(ROOT, 'node_modules/@phi-ag/argon2/dist/argon2.wasm'));
console.log('\n| bundled (minified) | raw | gzip -9 |');
console.log('|---|---|---|');
console.log(`| argon2.wasm | ${kb({ raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length })} |`);
console.log(`| edge/auth/password-hash.ts + password-phc.ts (JS only) | ${kb(await bundledBytes("export * from './edge/auth/password-hash.ts';"))} |`);
console.log(`| edge/auth/common-passwords.ts (10,000 passwords) | ${kb(await bundledBytes("export * from './edge/auth/common-passwords.ts';"))} |`);
console.log(
  `| instead: @zxcvbn-ts/language-common's dictionary | ${kb(await bundledBytes("export { dictionary } from '@zxcvbn-ts/language-common';"))} |`,
);

// The whole Worker as wrangler uploads it (not minified), today and with the password modules
// exported from its entry, which is how they will be reached once routes use them.
async function workerUpload(name, entry) {
  const config = (await readFile(join(ROOT, 'wrangler.toml'), 'utf8'))
    .replace(/^main = .*$/m, `main = "${entry}"`)
    .replace(/^directory = .*$/m, `directory = "${join(WORK, 'empty-assets')}"`);
  await mkdir(join(WORK, 'empty-assets'), { recursive: true });
  await writeFile(join(WORK, `${name}.toml`), config);
  await run('wrangler', ['deploy', '--dry-run', '--outdir', join(WORK, name), '--config', join(WORK, `${name}.toml`)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let raw = 0;
  let gzip = 0;
  for (const file of await readdir(join(WORK, name))) {
    if (!/\.(js|wasm)$/.test(file)) continue;
    const bytes = await readFile(join(WORK, name, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}
const withPassword = join(WORK, 'with-password.ts');
await writeFile(
  withPassword,
  `export * from '${join(ROOT, 'edge/index.ts')}';
export { default } from '${join(ROOT, 'edge/index.ts')}';
export * from '${join(ROOT, 'edge/auth/password-hash.ts')}';
export * from '${join(ROOT, 'edge/auth/password-phc.ts')}';
export * from '${join(ROOT, 'edge/auth/password-policy.ts')}';
`,
);
const today = await workerUpload('worker-today', join(ROOT, 'edge/index.ts'));
const after = await workerUpload('worker-with-password', withPassword);
console.log('\n| Worker upload (wrangler deploy --dry-run) | raw | gzip |');
console.log('|---|---|---|');
console.log(`| today (edge/index.ts) | ${kb(today)} |`);
console.log(`| with the password modules | ${kb(after)} |`);
console.log(`| difference | ${kb({ raw: after.raw - today.raw, gzip: after.gzip - today.gzip })} |`);
