import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';

describe('GET /api/health', () => {
  it('reports ok, the package version and a database that answers', async () => {
    const res = await SELF.fetch('http://localhost/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version, database: 'up' });
  });

  it('sets a request id and security headers and no cookie', async () => {
    const res = await SELF.fetch('http://localhost/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
