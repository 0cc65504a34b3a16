import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'];

/** Copies Swagger UI into the build so /api/docs works offline, from our own origin. */
export function apiDocsAssets(): AstroIntegration {
  return {
    name: 'blogx:api-docs-assets',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
        const target = join(fileURLToPath(dir), '_docs');
        await mkdir(target, { recursive: true });
        await Promise.all(FILES.map((name) => copyFile(join(source, name), join(target, name))));
      },
    },
  };
}
