import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../app';
import { api, errorOf, postJson, roomTexts } from './helpers';

const ROOM = 'bad-input';

describe('bad input to /api answers in the one error shape and changes nothing', () => {
  it('answers an unknown path with 404 not_found', async () => {
    const res = await api('/no-such-thing');
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: 'not_found' });
  });

  it('rejects malformed JSON with 400 and stores nothing', async () => {
    const res = await postJson(`/chat/${ROOM}/messages`, '{"text": "unterminated');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/json/i);
    expect(await roomTexts(ROOM)).toEqual([]);
  });

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x'])(
    'rejects a valid JSON body sent as %s with 415 and stores nothing',
    async (contentType) => {
      const res = await api(`/chat/${ROOM}/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ text: 'hello' }),
      });
      expect(res.status).toBe(415);
      expect(await errorOf(res)).toMatchObject({ code: 'unsupported_media_type' });
      expect(await roomTexts(ROOM)).toEqual([]);
    },
  );

  it('rejects an oversized body with 413 and stores nothing', async () => {
    const res = await postJson(`/chat/${ROOM}/messages`, { text: 'x'.repeat(MAX_BODY_BYTES) });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large' });
    expect(await roomTexts(ROOM)).toEqual([]);
  });

  it('rejects an oversized chunked body (no Content-Length) with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= MAX_BODY_BYTES * 2) controller.close();
        else {
          controller.enqueue(chunk);
          sent += chunk.byteLength;
        }
      },
    });
    const res = await api(`/chat/${ROOM}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body,
    });
    expect(res.status).toBe(413);
    expect(await roomTexts(ROOM)).toEqual([]);
  });

  it.each([
    ['Origin from another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a cross-origin POST (%s) with 403 and stores nothing', async (_, headers) => {
    const res = await postJson(`/chat/${ROOM}/messages`, { text: 'forged' }, headers);
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({ code: 'cross_origin' });
    expect(await roomTexts(ROOM)).toEqual([]);
  });

  it('accepts a same-origin POST from a browser', async () => {
    const res = await postJson(`/chat/same-origin/messages`, { text: 'hello' }, {
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(201);
    expect(await roomTexts('same-origin')).toEqual(['hello']);
  });

  it.each([
    ['a number', { text: 42 }],
    ['null', { text: null }],
    ['an empty string', { text: '   ' }],
    ['a missing field', {}],
    ['an array body', [1, 2, 3]],
    ['text over 1,000 characters', { text: 'a'.repeat(1001) }],
  ])('rejects %s with 400 invalid_request naming the field', async (_, body) => {
    const res = await postJson(`/chat/${ROOM}/messages`, body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/^json/);
    expect(await roomTexts(ROOM)).toEqual([]);
  });

  it.each(['../etc/passwd', 'Lobby', 'a b', "x'; DROP TABLE messages;--", '<script>'])(
    'rejects the room name %j with 400',
    async (room) => {
      const res = await api(`/chat/${encodeURIComponent(room)}/messages`);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/^param\.room/) });
    },
  );

  it('stores markup and SQL-looking text literally, as data', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', "'); DROP TABLE messages; --", '" OR 1=1 --'];
    for (const text of payloads) expect((await postJson('/chat/literal/messages', { text })).status).toBe(201);
    const res = await api('/chat/literal/messages');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await roomTexts('literal')).toEqual(payloads);
  });

  it('rejects a query parameter of the wrong type with 400', async () => {
    const res = await api(`/chat/${ROOM}/messages?limit=lots`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^query\.limit/);
  });

  it('ignores a client-chosen request id', async () => {
    const res = await api('/health', { headers: { 'x-request-id': 'attacker-chosen' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
