// Worker entry: wires the platform's handlers to the app. Nothing else lives here.
import { app } from './app';
import { runCron } from './cron';
import type { Bindings } from './env';

export { ChatRoom } from './chat/room';

export default {
  fetch: app.fetch,
  scheduled(controller, env, ctx) {
    ctx.waitUntil(runCron(env, new Date(controller.scheduledTime)));
  },
  queue(batch) {
    // Beacon storage arrives with the analytics issue (#8). Until then nothing is acknowledged:
    // messages are retried, then parked in the dead-letter queue (wrangler.toml), never dropped.
    batch.retryAll();
  },
} satisfies ExportedHandler<Bindings>;
