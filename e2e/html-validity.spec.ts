// Every built page passes the W3C Nu HTML checker (vnu-jar) with no errors.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';

const DIST = 'dist';
const SKIP = new Set(['pagefind', '_docs', '_astro']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const Report = z.object({
  messages: z.array(z.object({ type: z.string(), url: z.string().optional(), message: z.string(), extract: z.string().optional() })),
});

test('every built page is valid HTML', async () => {
  test.setTimeout(120_000);
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(50);
  let output = '';
  try {
    execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    // vnu exits non-zero when it reports errors; the report is on stderr.
    output = String((err as { stderr?: Buffer }).stderr ?? '');
    if (!output.trim().startsWith('{')) throw err;
  }
  // Inline CSS goes through vnu's CSS checker, which lags behind browsers (it rejects
  // animation-timeline and light-dark()); this test is about the HTML.
  const errors = output
    ? Report.parse(JSON.parse(output)).messages.filter((m) => m.type === 'error' && !m.message.startsWith('CSS: '))
    : [];
  expect(errors.map((e) => `${e.url?.replace(/^.*\/dist\//, '')}: ${e.message}`)).toEqual([]);
});

test('every stylesheet, script and preloaded file a built page links exists in the build', () => {
  const missing = new Set<string>();
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const [, url] of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"/][^"]*)"/g)) {
      const path = url!.split(/[?#]/)[0]!;
      if (!path.startsWith('/api/') && !path.startsWith('/og/') && !existsSync(join(DIST, path))) missing.add(`${file}: ${url}`);
    }
  }
  expect([...missing]).toEqual([]);
});
