import { createRoute, z } from '@hono/zod-openapi';
import { version } from '../../package.json';
import { createDb } from '../../db/client';
import { pingDatabase } from '../health/queries';
import { createRouter, jsonContent } from '../validate';

const Health = z
  .object({
    ok: z.boolean().openapi({ description: 'True when every dependency answers' }),
    version: z.string().openapi({ example: '0.1.0' }),
    database: z.enum(['up', 'down']),
  })
  .openapi('Health');

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Liveness and database reachability',
  responses: {
    200: { description: 'Healthy', content: jsonContent(Health) },
    503: { description: 'The database does not answer', content: jsonContent(Health) },
  },
});

export const healthRoutes = createRouter().openapi(getHealth, async (c) => {
  const databaseUp = await pingDatabase(createDb(c.env));
  return c.json({ ok: databaseUp, version, database: databaseUp ? 'up' : 'down' } as const, databaseUp ? 200 : 503);
});
