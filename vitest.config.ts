import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { oauthStandIn } from './edge/test/oauth-stand-in';

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
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                CLIENT_KEY_SECRET: 'test-client-key-secret',
                TEST_CLIENT_KEYS: '1',
                // Whatever a local .dev.vars says (npm start writes development there), tests run as production.
                BLOGX_ENV: 'test',
                GITHUB_CLIENT_ID: 'test-github-client',
                GITHUB_CLIENT_SECRET: 'test-github-secret',
                GOOGLE_CLIENT_ID: 'test-google-client',
                GOOGLE_CLIENT_SECRET: 'test-google-secret',
              },
              // Outbound fetches (the OAuth providers) go to a local stand-in, never the network.
              outboundService: oauthStandIn,
              // A small fixture site instead of dist/: the tests do not depend on a build.
              assets: { directory: './edge/test/fixtures/assets' },
            },
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
