import { DurableObject } from 'cloudflare:workers';
import { parseClientFrame, type ChatMessage, type ServerFrame } from './protocol';

/**
 * One chat room: a thin protocol host. Hibernatable WebSockets, frames parsed by the shared
 * protocol module, and every message written to the room's SQLite storage before anyone sees it.
 */
export class ChatRoom extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      `CREATE TABLE IF NOT EXISTS messages (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         text TEXT NOT NULL,
         created_at INTEGER NOT NULL
       )`,
    );
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') {
      return new Response('Expected a WebSocket upgrade', { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) send(ws, parsed.error);
    else this.post(parsed.frame.text);
  }

  // Nothing to do: the runtime completes the close handshake (calling ws.close() here throws).
  override async webSocketClose(): Promise<void> {}

  /** Stores a message, then broadcasts it to every socket in the room. */
  post(text: string): ChatMessage {
    const at = Date.now();
    const { id } = this.ctx.storage.sql
      .exec<{ id: number }>('INSERT INTO messages (text, created_at) VALUES (?, ?) RETURNING id', text, at)
      .one();
    const message = { id, text, at };
    for (const peer of this.ctx.getWebSockets()) send(peer, { type: 'message', ...message });
    return message;
  }

  /** The newest `limit` messages, oldest first. */
  recent(limit: number): ChatMessage[] {
    return this.ctx.storage.sql
      .exec<{ id: number; text: string; at: number }>(
        'SELECT id, text, created_at AS at FROM (SELECT * FROM messages ORDER BY id DESC LIMIT ?) ORDER BY id',
        limit,
      )
      .toArray();
  }
}

function send(ws: WebSocket, frame: ServerFrame): void {
  try {
    ws.send(JSON.stringify(frame));
  } catch {
    // The peer is already gone; the runtime delivers its close event.
  }
}
