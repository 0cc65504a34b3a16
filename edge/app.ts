import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { version } from '../package.json';
import type { AppEnv } from './env';
import { ApiError, notFound, onError } from './errors';
import { sameOrigin } from './middleware/same-origin';
import { requireJsonBody } from './middleware/content-type';
import { createRouter } from './validate';
import { healthRoutes } from './routes/health';
import { docsRoutes } from './routes/docs';
import { chatRoutes } from './routes/chat';

export const MAX_BODY_BYTES = 64 * 1024;

const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'BlogX API', version, description: 'The stateful half of BlogX: one Cloudflare Worker.' },
} as const;

export const app: OpenAPIHono<AppEnv> = createRouter();

app.use(
  '/api/*',
  requestId(),
  secureHeaders(),
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', 413, `Request bodies are limited to ${MAX_BODY_BYTES} bytes`);
    },
  }),
  sameOrigin,
  requireJsonBody,
);

const routes = app.route('/api', healthRoutes).route('/api', docsRoutes).route('/api', chatRoutes);

app.doc31('/api/openapi.json', OPENAPI_DOCUMENT);
app.openAPIRegistry.registerPath({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['System'],
  summary: 'This OpenAPI 3.1 document',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: { type: 'object' } } } } },
});

app.onError(onError);
app.notFound(notFound);

/** Feeds the typed `hc` client that islands use. */
export type AppType = typeof routes;
