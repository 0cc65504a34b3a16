import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH } from './scripts/ensure-test-tools.mjs';

const PORT = Number(process.env.E2E_PORT ?? 8799);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Offline machine: no background networking, no component updates.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The runner starts the whole local stack on its own port and state, and stops it afterwards.
  webServer: {
    command: 'node scripts/start.mjs --skip-build --fresh',
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), BLOGX_STATE_DIR: '.state/e2e' },
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
