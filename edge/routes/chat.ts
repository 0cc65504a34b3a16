import { createRoute, z } from '@hono/zod-openapi';
import { ChatMessage as ChatMessageData, HISTORY_PAGE_MAX, MessageText, RoomName } from '../chat/protocol';
import { ApiError } from '../errors';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const ChatMessage = ChatMessageData.openapi('ChatMessage');
const RoomParams = z.object({ room: RoomName.openapi({ param: { name: 'room', in: 'path' }, example: 'lobby' }) });

const openRoom = createRoute({
  method: 'get',
  path: '/chat/{room}',
  tags: ['Chat'],
  summary: 'Join a chat room over WebSocket',
  description:
    'Upgrade to a WebSocket. Client frames: `{"type":"message","text":"..."}`. Server frames: `message` (to everyone in the room) and `error` (to the sender; the socket stays open).',
  request: { params: RoomParams },
  responses: {
    101: { description: 'Switching protocols to WebSocket' },
    ...errorResponses(400, 403, 426),
  },
});

const listMessages = createRoute({
  method: 'get',
  path: '/chat/{room}/messages',
  tags: ['Chat'],
  summary: 'Recent messages of a room, oldest first',
  request: {
    params: RoomParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(50) }),
  },
  responses: {
    200: { description: 'Messages', content: json(z.object({ messages: z.array(ChatMessage) })) },
    ...errorResponses(400),
  },
});

const postMessage = createRoute({
  method: 'post',
  path: '/chat/{room}/messages',
  tags: ['Chat'],
  summary: 'Post a message without a WebSocket; it is stored, then broadcast',
  request: {
    params: RoomParams,
    body: { required: true, content: json(z.object({ text: MessageText })) },
  },
  responses: {
    201: { description: 'Stored and broadcast', content: json(z.object({ message: ChatMessage })) },
    ...errorResponses(400, 403, 413, 415),
  },
});

export const chatRoutes = createRouter()
  .openapi(openRoom, async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError('upgrade_required', 426, 'Connect with a WebSocket upgrade');
    }
    const upgraded = await c.env.CHAT_ROOM.getByName(c.req.valid('param').room).fetch(c.req.raw);
    // The stub's response has immutable headers; re-wrap it so middleware can add its own.
    return new Response(null, { status: upgraded.status, webSocket: upgraded.webSocket });
  })
  .openapi(listMessages, async (c) => {
    const room = c.env.CHAT_ROOM.getByName(c.req.valid('param').room);
    return c.json({ messages: await room.recent(c.req.valid('query').limit) }, 200);
  })
  .openapi(postMessage, async (c) => {
    const room = c.env.CHAT_ROOM.getByName(c.req.valid('param').room);
    return c.json({ message: await room.post(c.req.valid('json').text) }, 201);
  });
