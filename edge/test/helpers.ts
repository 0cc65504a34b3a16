import { SELF } from 'cloudflare:test';
import { z } from 'zod';
import { ChatMessage } from '../chat/protocol';
import { ErrorBody } from '../errors';

export const ORIGIN = 'http://localhost';

export function api(path: string, init?: RequestInit): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/api${path}`, init);
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The error of a response, parsed with the one error schema (so a wrong shape fails the test). */
export async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return ErrorBody.parse(await res.json()).error;
}

const History = z.object({ messages: z.array(ChatMessage) });

export async function roomTexts(room: string): Promise<string[]> {
  const res = await api(`/chat/${room}/messages?limit=100`);
  return History.parse(await res.json()).messages.map((message) => message.text);
}

/** Opens a WebSocket to a room through the Worker, accepted and ready. */
export async function openSocket(room: string): Promise<{ ws: WebSocket; frames: unknown[]; next: () => Promise<unknown> }> {
  const res = await api(`/chat/${room}`, { headers: { upgrade: 'websocket' } });
  const ws = res.webSocket;
  if (!ws) throw new Error(`expected a WebSocket, got ${res.status}`);
  ws.accept();
  const frames: unknown[] = [];
  const waiters: ((frame: unknown) => void)[] = [];
  ws.addEventListener('message', (event) => {
    const frame: unknown = JSON.parse(String(event.data));
    const waiter = waiters.shift();
    if (waiter) waiter(frame);
    else frames.push(frame);
  });
  const next = () =>
    frames.length > 0 ? Promise.resolve(frames.shift()) : new Promise<unknown>((resolve) => waiters.push(resolve));
  return { ws, frames, next };
}
