import { createRoute, z } from '@hono/zod-openapi';
import { cardCacheControl } from '../og/card';
import { pngResponse, serveCard } from '../og/serve-card';
import { createRouter, errorResponses } from '../validate';

const CardParams = z.object({
  file: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.png$/, 'expected <slug>.png or site.png')
    .openapi({ param: { name: 'file', in: 'path' }, example: 'session-tokens-done-right.png' }),
});
const CardQuery = z.object({
  v: z.string().max(64).optional().openapi({ description: 'The card version the page links to; any other value gets the current card, cached briefly' }),
});

const getCard = createRoute({
  method: 'get',
  path: '/og/{file}',
  tags: ['Open Graph'],
  summary: "A published post's Open Graph card (<slug>.png) or the site's (site.png), 1200x630 PNG",
  description: 'Rendered at the edge on first request and kept in the cache. Immutable when `v` is the current version.',
  request: { params: CardParams, query: CardQuery },
  responses: {
    200: { description: 'The card', content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(400, 404),
  },
});

export const ogRoutes = createRouter().openapi(getCard, async (c) => {
  const name = c.req.valid('param').file.slice(0, -'.png'.length);
  const card = await serveCard(c.env.ASSETS, c.req.url, name);
  return pngResponse(card.png, cardCacheControl(c.req.valid('query').v, card.version, card.complete), { 'Server-Timing': `og;desc="${card.source}"` });
});
