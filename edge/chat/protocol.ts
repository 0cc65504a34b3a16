// Frames exchanged with a ChatRoom, shared by the Durable Object, the routes and the browser client.
import { z } from 'zod';

export const MAX_FRAME_BYTES = 4096;
export const HISTORY_PAGE_MAX = 100;

export const RoomName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use lower-case letters, digits and dashes (at most 80)');

/** C0/C1 controls other than tab and newline, and bidi overrides that can disguise text. */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export const MessageText = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((text) => !UNSAFE_CHARACTERS.test(text), 'must not contain control or bidi-override characters');

export const ChatMessage = z.object({ id: z.number().int(), text: z.string(), at: z.number().int() });
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ClientFrame = z.discriminatedUnion('type', [z.object({ type: z.literal('message'), text: MessageText })]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ErrorFrame = { type: 'error'; code: 'bad_frame' | 'frame_too_large'; message: string };
export type ServerFrame = ({ type: 'message' } & ChatMessage) | ErrorFrame;

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; error: ErrorFrame };

/** Parses one raw WebSocket frame; never throws, so a bad frame cannot close the socket. */
export function parseClientFrame(raw: string | ArrayBuffer): ParsedFrame {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : new Uint8Array(raw);
  if (bytes.byteLength > MAX_FRAME_BYTES) {
    return { ok: false, error: { type: 'error', code: 'frame_too_large', message: `Frames are limited to ${MAX_FRAME_BYTES} bytes` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, error: { type: 'error', code: 'bad_frame', message: 'Frames must be JSON' } };
  }
  const result = ClientFrame.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'frame';
    return { ok: false, error: { type: 'error', code: 'bad_frame', message: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return { ok: true, frame: result.data };
}
