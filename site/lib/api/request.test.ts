import { describe, expect, it } from 'vitest';
import { readFailure, requestApi } from './request';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  (async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })) as typeof fetch;

describe('readFailure', () => {
  it('keeps the code, message and field issues of the API error shape', () => {
    const failure = readFailure(400, {
      error: { code: 'invalid_request', message: 'json.password: too short', details: [{ field: 'json.password', message: 'too short' }, { bogus: 1 }] },
    });
    expect(failure).toEqual({ code: 'invalid_request', message: 'json.password: too short', status: 400, issues: [{ field: 'json.password', message: 'too short' }] });
  });

  it('reads when to retry a 429 from details, else from the Retry-After header', () => {
    expect(readFailure(429, { error: { code: 'rate_limited', message: 'Too many', details: { retryAfterSeconds: 600 } } }).retryAfterSeconds).toBe(600);
    expect(readFailure(429, { error: { code: 'rate_limited', message: 'Too many' } }, '60').retryAfterSeconds).toBe(60);
    expect(readFailure(429, { error: { code: 'rate_limited', message: 'Too many' } }, 'soon').retryAfterSeconds).toBeUndefined();
  });

  it('names a failure by its status when the body is not the API shape', () => {
    expect(readFailure(502, '<html>bad gateway</html>')).toMatchObject({ code: 'http_502', status: 502, issues: [] });
  });
});

describe('requestApi', () => {
  it('sends JSON with the method and returns the parsed body', async () => {
    let seen: RequestInit | undefined;
    const fetch = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(JSON.stringify({ n: 2 }), { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const result = await requestApi('/api/x', { method: 'PATCH', body: { a: 1 }, parse: (b) => (b as { n: number }).n, fetch });
    expect(result).toEqual({ ok: true, status: 200, data: 2 });
    expect(seen?.method).toBe('PATCH');
    expect(seen?.body).toBe('{"a":1}');
    expect(seen?.credentials).toBe('same-origin');
    expect((seen?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('accepts an empty 204 without a parser', async () => {
    expect(await requestApi('/api/auth/sign-out', { method: 'POST', fetch: answer(204) })).toEqual({ ok: true, status: 204, data: undefined });
  });

  it('returns the API error of a failed request, with Retry-After for 429', async () => {
    const result = await requestApi('/api/auth/sign-in', { method: 'POST', body: {}, fetch: answer(429, { error: { code: 'rate_limited', message: 'Too many failed sign-ins; try again later' } }, { 'Retry-After': '90' }) });
    expect(result).toEqual({ ok: false, error: { code: 'rate_limited', message: 'Too many failed sign-ins; try again later', status: 429, issues: [], retryAfterSeconds: 90 } });
  });

  it('turns a failed connection into a network failure instead of throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const result = await requestApi('/api/auth/me', { fetch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'network', status: 0 });
  });

  it('reports a success body that fails its check as a bad response', async () => {
    const result = await requestApi('/api/auth/me', {
      fetch: answer(200, { nope: true }),
      parse: () => {
        throw new Error('shape');
      },
    });
    expect(!result.ok && result.error.code).toBe('bad_response');
  });
});
