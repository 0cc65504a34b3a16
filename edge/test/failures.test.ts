import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { app } from '../app';
import { ErrorBody } from '../errors';

/** A D1 binding whose every statement fails, as when the database is unreachable. */
const brokenDatabase = {
  prepare() {
    throw new Error('D1_ERROR: database unavailable');
  },
  batch() {
    throw new Error('D1_ERROR: database unavailable');
  },
} as unknown as D1Database;

function request(path: string, init?: RequestInit) {
  return new Request(`http://localhost/api${path}`, init);
}

describe('when something underneath fails', () => {
  it('reports an unreachable database as 503 with ok false', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.fetch(request('/health'), { ...env, DB: brokenDatabase }, createExecutionContext());
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, database: 'down' });
  });

  it('answers an unexpected error with 500 internal, logs it with the request id, and leaks nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const brokenRooms = {
      getByName() {
        throw new Error('secret internal detail at /work/edge/chat/room.ts:42');
      },
    } as unknown as typeof env.CHAT_ROOM;
    const res = await app.fetch(
      request('/chat/lobby/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' }),
      { ...env, CHAT_ROOM: brokenRooms },
      createExecutionContext(),
    );
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(ErrorBody.parse(JSON.parse(text)).error).toEqual({ code: 'internal', message: 'Internal server error' });
    expect(text).not.toContain('secret');
    expect(text).not.toMatch(/room\.ts/);
    const requestId = res.headers.get('x-request-id');
    expect(logged).toHaveBeenCalledWith(`[${requestId}]`, expect.any(Error));
  });
});
