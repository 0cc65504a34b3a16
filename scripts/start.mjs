// `npm start`: build the site, prepare the local database, run the one Worker with wrangler dev,
// and fire its cron schedule every minute (wrangler dev does not). Ctrl+C stops everything.
//   --skip-build   serve the existing dist/ (the test runner builds once)
//   --fresh        start from an empty state directory
// Env: PORT (8787), BLOGX_STATE_DIR (.state)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QUIET_ENV, ROOT, run } from './run.mjs';
import { seedDatabase, seedRunningStack } from './seed.mjs';

const PORT = Number(process.env.PORT ?? 8787);
const STATE_DIR = process.env.BLOGX_STATE_DIR ?? '.state';
const CRON_INTERVAL_MS = 60_000;
const STARTUP_TIMEOUT_MS = 90_000;
const baseUrl = `http://localhost:${PORT}`;
const args = new Set(process.argv.slice(2));

// Local secrets (gitignored). Production sets them with `wrangler secret put`; without
// BLOGX_ENV=development the Worker keeps development conveniences (the open outbox) shut.
const DEV_VARS = join(ROOT, '.dev.vars');
if (!existsSync(DEV_VARS)) {
  await writeFile(DEV_VARS, `BLOGX_ENV=development\nCLIENT_KEY_SECRET=${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  console.log('wrote .dev.vars with a random CLIENT_KEY_SECRET');
}

if (args.has('--fresh')) await rm(join(ROOT, STATE_DIR), { recursive: true, force: true });
if (!args.has('--skip-build')) await run('node', ['scripts/build-site.mjs']);
await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', STATE_DIR], {
  env: { ...QUIET_ENV, CI: 'true' },
});
await seedDatabase(STATE_DIR);

const dev = spawn(
  'wrangler',
  ['dev', '--ip', '127.0.0.1', '--port', String(PORT), '--persist-to', STATE_DIR, '--test-scheduled', '--show-interactive-dev-session=false'],
  { cwd: ROOT, env: QUIET_ENV, stdio: ['ignore', 'inherit', 'inherit'] },
);
let stopping = false;
let cron;
dev.on('exit', (code, signal) => {
  if (!stopping) console.error(`wrangler dev exited (${signal ?? code})`);
  process.exit(stopping ? (process.exitCode ?? 0) : (code ?? 1));
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopping = true;
    clearInterval(cron);
    dev.kill('SIGTERM');
    setTimeout(() => dev.kill('SIGKILL'), 5_000).unref();
  });
}

async function waitForHealth() {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Worker did not answer ${baseUrl}/api/health within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function fireCron() {
  try {
    const res = await fetch(`${baseUrl}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`);
    if (!res.ok) console.error(`local cron trigger answered ${res.status}`);
  } catch (err) {
    console.error('local cron trigger failed:', err.message);
  }
}

try {
  await waitForHealth();
  await seedRunningStack(baseUrl);
} catch (err) {
  // Never leave wrangler running behind a failed start.
  console.error(err.message);
  stopping = true;
  dev.kill('SIGTERM');
  process.exitCode = 1;
  await new Promise((resolve) => dev.once('exit', resolve));
}
await fireCron();
cron = setInterval(fireCron, CRON_INTERVAL_MS);
console.log(`\n  BlogX is running at ${baseUrl}/  (API docs: ${baseUrl}/api/docs)\n`);
