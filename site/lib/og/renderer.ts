// Renders cards on worker threads, behind a cache keyed by content hash: a card whose inputs did not
// change since the last build is read from disk instead of drawn.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgFont } from './fonts.ts';
import type { CardJob } from './rasterize.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

export interface RendererOptions {
  fonts: readonly OgFont[];
  /** Directory of <hash>.png files kept between builds; no caching when undefined. */
  cacheDir?: URL;
  /** render-worker.ts as a file URL (bundlers move this module, so the caller says where it is). */
  workerUrl: URL;
  /** Worker threads; 0 draws on the calling thread. Default: one per core. */
  workers?: number;
}

export interface RenderStats {
  cached: number;
  rendered: number;
}

export interface Renderer {
  /** The card's PNG, from the cache when a card with this hash was rendered before. */
  render(hash: string, job: CardJob): Promise<Uint8Array>;
  /** Deletes cached cards not asked for since the renderer was created; returns how many. */
  prune(): Promise<number>;
  stats(): RenderStats;
  close(): Promise<void>;
}

// Two jobs in flight per worker: one drawing while the other's PNG is encoded on libuv's pool.
const IN_FLIGHT_PER_WORKER = 2;

export function createRenderer({ fonts, cacheDir, workerUrl, workers = availableParallelism() }: RendererOptions): Renderer {
  const stats: RenderStats = { cached: 0, rendered: 0 };
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  const queue: RenderRequest[] = [];
  const pool: { worker: Worker; busy: number }[] = [];
  let nextId = 0;
  let cacheReady: Promise<unknown> | undefined;
  const used = new Set<string>();

  function spawn() {
    const worker = new Worker(workerUrl, { workerData: { fonts } });
    const slot = { worker, busy: 0 };
    worker.on('message', (reply: RenderReply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      slot.busy -= 1;
      if ('png' in reply) waiter?.resolve(reply.png);
      else waiter?.reject(new Error(`OG card render failed: ${reply.error}`));
      dispatch();
    });
    worker.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    pool.push(slot);
    return slot;
  }

  function dispatch() {
    while (queue.length) {
      let slot = pool.find((s) => s.busy < IN_FLIGHT_PER_WORKER);
      if (!slot && pool.length < workers) slot = spawn();
      if (!slot) break;
      slot.busy += 1;
      slot.worker.ref();
      slot.worker.postMessage(queue.shift());
    }
    // An idle worker must not keep the build process alive.
    for (const slot of pool) if (slot.busy === 0) slot.worker.unref();
  }

  let local: Promise<{ render(job: CardJob): Promise<Uint8Array> }> | undefined;
  let localBusy = 0;
  const localQueue: (() => void)[] = [];
  async function drawHere(job: CardJob): Promise<Uint8Array> {
    local ??= import('./rasterize.ts').then(({ createRasterizer }) => createRasterizer(fonts));
    const rasterizer = await local;
    if (localBusy >= IN_FLIGHT_PER_WORKER) await new Promise<void>((go) => localQueue.push(go));
    localBusy += 1;
    try {
      return await rasterizer.render(job);
    } finally {
      localBusy -= 1;
      localQueue.shift()?.();
    }
  }

  function draw(job: CardJob): Promise<Uint8Array> {
    if (workers === 0) return drawHere(job);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      queue.push({ id, job });
      dispatch();
    });
  }

  async function render(hash: string, job: CardJob): Promise<Uint8Array> {
    if (!/^[0-9a-f]{16,64}$/.test(hash)) throw new Error(`not a card hash: ${hash}`);
    used.add(hash);
    const file = cacheDir && new URL(`${hash}.png`, cacheDir);
    if (file) {
      try {
        const png = new Uint8Array(await readFile(file));
        stats.cached += 1;
        return png;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const png = await draw(job);
    stats.rendered += 1;
    if (file && cacheDir) {
      cacheReady ??= mkdir(cacheDir, { recursive: true });
      await cacheReady;
      // Write then rename, so a build killed mid-write never leaves a truncated card in the cache.
      const temp = new URL(`${hash}.${process.pid}.tmp`, cacheDir);
      await writeFile(temp, png);
      await rename(temp, file);
    }
    return png;
  }

  async function prune(): Promise<number> {
    if (!cacheDir) return 0;
    const cards = (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith('.png'));
    const stale = cards.filter((name) => !used.has(name.slice(0, -'.png'.length)));
    await Promise.all(stale.map((name) => rm(new URL(name, cacheDir), { force: true })));
    return stale.length;
  }

  return {
    render,
    prune,
    stats: () => ({ ...stats }),
    close: async () => {
      await Promise.all(pool.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}
