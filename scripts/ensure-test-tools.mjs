// e2e tests drive Debian's Chromium (Playwright's own browser download cannot work offline) and
// validate HTML with the W3C Nu checker, which runs on Java. Finds both, installs what is missing
// when running as root, or stops with the exact command to run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TOOLS = [
  { name: 'Chromium', found: () => existsSync(CHROMIUM_PATH), apt: 'chromium' },
  { name: 'Java', found: () => onPath('java'), apt: 'default-jre-headless' },
];

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureTestTools() {
  const missing = TOOLS.filter((tool) => !tool.found());
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.apt);
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.map((t) => t.name).join(' and ')} missing. Install with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  }
  console.log(`installing Debian packages: ${packages.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = TOOLS.filter((tool) => !tool.found());
  if (still.length > 0) throw new Error(`still missing after apt-get: ${still.map((t) => t.name).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureTestTools();
    console.log('test tools present');
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
