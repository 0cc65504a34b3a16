import { env, evictDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from '../chat/protocol';
import { api, errorOf, openSocket, postJson, roomTexts } from './helpers';

describe('ChatRoom over WebSocket', () => {
  it('broadcasts a message from one client to every client in the room', async () => {
    const alice = await openSocket('echo');
    const bob = await openSocket('echo');
    alice.ws.send(JSON.stringify({ type: 'message', text: 'hello, room' }));
    expect(await alice.next()).toMatchObject({ type: 'message', text: 'hello, room' });
    expect(await bob.next()).toMatchObject({ type: 'message', text: 'hello, room' });
    alice.ws.close();
    bob.ws.close();
  });

  it('keeps rooms apart', async () => {
    const inside = await openSocket('room-a');
    const outside = await openSocket('room-b');
    inside.ws.send(JSON.stringify({ type: 'message', text: 'only for a' }));
    await inside.next();
    outside.ws.send(JSON.stringify({ type: 'message', text: 'only for b' }));
    expect(await outside.next()).toMatchObject({ text: 'only for b' });
  });

  it.each([
    ['not JSON', 'hello', 'bad_frame'],
    ['an unknown frame type', JSON.stringify({ type: 'shout', text: 'hi' }), 'bad_frame'],
    ['a wrong field type', JSON.stringify({ type: 'message', text: 7 }), 'bad_frame'],
    ['an oversized frame', JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_FRAME_BYTES) }), 'frame_too_large'],
    ['a control character', JSON.stringify({ type: 'message', text: 'bell\u0007' }), 'bad_frame'],
    ['a bidi override', JSON.stringify({ type: 'message', text: 'txt.\u202Eexe' }), 'bad_frame'],
  ])('answers %s with an error frame, stores nothing and keeps the socket open', async (name, frame, code) => {
    const room = `bad-frame-${name.replaceAll(/[^a-z]+/g, '-')}`;
    const client = await openSocket(room);
    client.ws.send(frame);
    expect(await client.next()).toMatchObject({ type: 'error', code });
    client.ws.send(JSON.stringify({ type: 'message', text: 'still here' }));
    expect(await client.next()).toMatchObject({ type: 'message', text: 'still here' });
    expect(await roomTexts(room)).toEqual(['still here']);
  });

  it('keeps every stored message, in order, across a Durable Object restart', async () => {
    for (const text of ['one', 'two', 'three']) expect((await postJson('/chat/durable/messages', { text })).status).toBe(201);
    await evictDurableObject(env.CHAT_ROOM.getByName('durable'));
    expect(await roomTexts('durable')).toEqual(['one', 'two', 'three']);
  });

  it('answers a plain GET of the room with 426 in the error shape', async () => {
    const res = await api('/chat/lobby');
    expect(res.status).toBe(426);
    expect(await errorOf(res)).toMatchObject({ code: 'upgrade_required' });
  });

  it('refuses a cross-site WebSocket upgrade with 403', async () => {
    const res = await api('/chat/lobby', { headers: { upgrade: 'websocket', origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });
});
