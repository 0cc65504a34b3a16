// `npm test`: type checks, then three layers (unit in Node, worker integration in workerd, e2e in
// Chromium against the locally started stack). Every layer runs even if one fails; the run fails
// if any did, and ends with one line totalled over all layers.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, run } from './run.mjs';
import { ensureTestTools } from './ensure-test-tools.mjs';

const REPORTS = join(ROOT, 'test-results');
await rm(REPORTS, { recursive: true, force: true });
await mkdir(REPORTS, { recursive: true });

const vitestLayer = (project) => ({
  name: project,
  command: 'vitest',
  args: ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${join(REPORTS, `${project}.json`)}`],
  count: (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
});

const layers = [
  vitestLayer('unit'),
  vitestLayer('worker'),
  {
    name: 'e2e',
    command: 'playwright',
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(REPORTS, 'e2e.json') },
    count: (report) => ({ passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky }),
  },
];

const totals = { passed: 0, failed: 0 };
const problems = [];
const step = async (label, fn) => {
  try {
    await fn();
  } catch (err) {
    problems.push(`${label}: ${err.message}`);
  }
};

await step('build', () => run('node', ['scripts/build-site.mjs']));
await step('typecheck', () => run('npm', ['run', '--silent', 'typecheck']));
await step('test tools', async () => ensureTestTools());

for (const layer of layers) {
  const started = performance.now();
  await step(layer.name, () => run(layer.command, layer.args, { env: { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH}`, ...layer.env } }));
  try {
    const { passed, failed } = layer.count(JSON.parse(await readFile(join(REPORTS, `${layer.name}.json`), 'utf8')));
    totals.passed += passed;
    totals.failed += failed;
    console.log(`${layer.name}: ${passed} passed, ${failed} failed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch {
    problems.push(`${layer.name}: no report was written`);
  }
}

for (const problem of problems) console.error(`FAILED ${problem}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(problems.length > 0 || totals.failed > 0 ? 1 : 0);
