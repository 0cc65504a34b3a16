import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { app } from '../app';
import { api } from './helpers';

const OpenApiDocument = z.object({ openapi: z.string(), paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

/** Every concrete /api and /og route the app answers, as "METHOD /path/{param}". */
function appRoutes(): string[] {
  const routes = app.routes
    .filter((route) => /^\/(api|og)\//.test(route.path) && route.method !== 'ALL')
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes exactly the routes the app serves', async () => {
    const res = await api('/openapi.json');
    expect(res.status).toBe(200);
    const doc = OpenApiDocument.parse(await res.json());
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(appRoutes());
    expect(documented).toContain('GET /api/health');
    expect(documented).toContain('GET /og/{file}');
  });

  it('serves browsable docs that load their assets from our own origin', async () => {
    const res = await api('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^\/_docs\//);
  });
});
