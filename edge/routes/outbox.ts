import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createDb } from '../../db/client';
import { OUTBOX_STATUSES } from '../../db/schema/outbox';
import type { AppEnv } from '../env';
import { listOutbox } from '../mail/outbox-queries';
import { requireRole } from '../middleware/session';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const OutboxMessage = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    template: z.string(),
    html: z.string(),
    text: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number().int(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .openapi('OutboxMessage');

const listRoute = createRoute({
  method: 'get',
  path: '/outbox',
  tags: ['Mail'],
  summary: 'Sent and queued email, newest first (admins; everyone in local development)',
  request: { query: z.object({ to: z.email().optional(), limit: z.coerce.number().int().min(1).max(100).default(50) }) },
  responses: { 200: { description: 'Messages', content: json(z.object({ messages: z.array(OutboxMessage) })) }, ...errorResponses(400, 401, 403) },
});

/** Open only when .dev.vars says development (never set in production), so local flows can finish. */
function requireOutboxAccess(c: Context<AppEnv>) {
  if (c.env.BLOGX_ENV !== 'development') requireRole(c, 'admin');
  c.header('Cache-Control', 'private, no-store');
}

export const outboxRoutes = createRouter().openapi(listRoute, async (c) => {
  requireOutboxAccess(c);
  const rows = await listOutbox(createDb(c.env), c.req.valid('query'));
  return c.json(
    {
      messages: rows.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        template: m.template,
        html: m.html,
        text: m.text,
        status: m.status,
        attempts: m.attempts,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
    },
    200,
  );
});
