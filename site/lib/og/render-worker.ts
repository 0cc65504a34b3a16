// Worker thread for renderer.ts: renders cards off the build's main thread. Node runs this file
// directly (type stripping), which is why the og modules import each other with .ts extensions.
import { parentPort, workerData } from 'node:worker_threads';
import type { OgFont } from './fonts.ts';
import { createRasterizer, type CardJob } from './rasterize.ts';

export interface RenderRequest {
  id: number;
  job: CardJob;
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread');
const rasterizer = createRasterizer((workerData as { fonts: OgFont[] }).fonts);

port.on('message', async ({ id, job }: RenderRequest) => {
  try {
    // A copy owns its memory, so it can be transferred instead of cloned (sharp's buffer cannot).
    const png = new Uint8Array(await rasterizer.render(job));
    port.postMessage({ id, png } satisfies RenderReply, [png.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
  }
});
