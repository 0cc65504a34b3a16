import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES, parseClientFrame, RoomName } from './protocol';

describe('parseClientFrame', () => {
  it('accepts a message frame and trims its text', () => {
    expect(parseClientFrame(JSON.stringify({ type: 'message', text: '  hi  ' }))).toEqual({
      ok: true,
      frame: { type: 'message', text: 'hi' },
    });
  });

  it('keeps newlines and tabs, which people type', () => {
    expect(parseClientFrame(JSON.stringify({ type: 'message', text: 'line one\n\tline two' }))).toMatchObject({
      ok: true,
      frame: { text: 'line one\n\tline two' },
    });
  });

  it('accepts a binary frame carrying JSON', async () => {
    const binary = await new Response(JSON.stringify({ type: 'message', text: 'bin' })).arrayBuffer();
    expect(parseClientFrame(binary)).toMatchObject({ ok: true, frame: { text: 'bin' } });
  });

  it.each([
    ['invalid JSON', '{', 'bad_frame'],
    ['a JSON array', '[]', 'bad_frame'],
    ['an unknown type', '{"type":"nope"}', 'bad_frame'],
    ['a blank text', '{"type":"message","text":"   "}', 'bad_frame'],
    ['text over 1,000 characters', JSON.stringify({ type: 'message', text: 'a'.repeat(1001) }), 'bad_frame'],
    ['a NUL character', JSON.stringify({ type: 'message', text: 'a\u0000b' }), 'bad_frame'],
    ['a right-to-left override', JSON.stringify({ type: 'message', text: 'gpj.\u202Eexe' }), 'bad_frame'],
  ])('rejects %s with an error frame', (_, raw, code) => {
    expect(parseClientFrame(raw)).toMatchObject({ ok: false, error: { type: 'error', code } });
  });

  it('rejects frames over the byte limit before parsing them', () => {
    const raw = JSON.stringify({ type: 'message', text: 'é'.repeat(MAX_FRAME_BYTES / 2) });
    expect(parseClientFrame(raw)).toMatchObject({ ok: false, error: { code: 'frame_too_large' } });
  });
});

describe('RoomName', () => {
  it.each(['lobby', 'post-kubernetes-zero-downtime-deploys', '0'])('accepts %j', (name) => {
    expect(RoomName.safeParse(name).success).toBe(true);
  });

  it.each(['', 'Lobby', '-lobby', '../x', 'a b', 'a'.repeat(81), 'room/../../x'])('rejects %j', (name) => {
    expect(RoomName.safeParse(name).success).toBe(false);
  });
});
