import { SELF } from 'cloudflare:test';

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

/** Asserts nothing; returns the parsed error body so tests can check its code. */
export async function errorOf(res: Response): Promise<{ code: string; message: string; details?: unknown }> {
  const body = (await res.json()) as { error: { code: string; message: string; details?: unknown } };
  return body.error;
}

export async function roomTexts(room: string): Promise<string[]> {
  const res = await api(`/chat/${room}/messages?limit=100`);
  const body = (await res.json()) as { messages: { text: string }[] };
  return body.messages.map((message) => message.text);
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
