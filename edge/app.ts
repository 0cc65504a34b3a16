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
import { ogRoutes } from './routes/og';

export const MAX_BODY_BYTES = 64 * 1024;
/** Routes that also take the text/plain body navigator.sendBeacon sends. */
const TEXT_PLAIN_ROUTES: ReadonlySet<string> = new Set(['POST /api/beacon']);

const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'BlogX API', version, description: 'The stateful half of BlogX: one Cloudflare Worker.' },
} as const;

export const app: OpenAPIHono<AppEnv> = createRouter();

// Our own id only (a client-chosen X-Request-Id would let logs be forged), for onError's log line.
const withRequestId = requestId({ headerName: '' });

app.use(
  '/api/*',
  withRequestId,
  // Echoed for support.
  async (c, next) => {
    c.header('X-Request-Id', c.get('requestId'));
    await next();
  },
  secureHeaders(),
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', 413, `Request bodies are limited to ${MAX_BODY_BYTES} bytes`);
    },
  }),
  sameOrigin,
  requireJsonBody(TEXT_PLAIN_ROUTES),
);

app.use('/og/*', withRequestId);

const routes = app.route('/api', healthRoutes).route('/api', docsRoutes).route('/api', chatRoutes);
// Open Graph cards sit beside the pages that link them, outside /api (wrangler.toml run_worker_first).
app.route('/', ogRoutes);

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
