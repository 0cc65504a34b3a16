import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const migrations = await readD1Migrations(fileURLToPath(new URL('./db/migrations', import.meta.url)));

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and Node-side query modules: milliseconds each.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['site/**/*.test.ts', 'edge/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['edge/test/**'],
        },
      },
      {
        // HTTP, D1 and Durable Object behaviour inside workerd, with the real wrangler.toml bindings.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // A small fixture site instead of dist/: the tests do not depend on a build.
            miniflare: { bindings: { TEST_MIGRATIONS: migrations }, assets: { directory: './edge/test/fixtures/assets' } },
          }),
        ],
        test: {
          name: 'worker',
          include: ['edge/test/**/*.test.ts'],
          setupFiles: ['edge/test/apply-migrations.ts'],
        },
      },
    ],
  },
});
