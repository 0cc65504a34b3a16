import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** Set for tests in vitest.config.ts (secrets are not in wrangler.toml). */
      CLIENT_KEY_SECRET: string;
      TEST_CLIENT_KEYS: string;
    }
  }
}
