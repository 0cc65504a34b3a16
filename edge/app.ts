import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { version } from '../package.json';
import type { AppEnv } from './env';
import { ApiError, notFound, onError } from './errors';
import { sameOrigin } from './middleware/same-origin';
import { requireJsonBody, type OtherBodyTypes } from './middleware/content-type';
import { AVATAR_CONTENT_TYPES } from './auth/avatar';
import { createRouter } from './validate';
import { healthRoutes } from './routes/health';
import { docsRoutes } from './routes/docs';
import { chatRoutes } from './routes/chat';
import { authRoutes } from './routes/auth';
import { oauthRoutes } from './routes/oauth';
import { userRoutes } from './routes/users';
import { settingsRoutes } from './routes/settings';
import { outboxRoutes } from './routes/outbox';
import { mediaRoutes } from './routes/media';
import { loadSession } from './middleware/session';
import { ogRoutes } from './routes/og';

export const MAX_BODY_BYTES = 64 * 1024;
/** Bodies other than JSON: the text/plain navigator.sendBeacon sends, and avatar images. */
const OTHER_BODY_TYPES: OtherBodyTypes = new Map([
  ['POST /api/beacon', ['text/plain']],
  ['PUT /api/auth/me/avatar', AVATAR_CONTENT_TYPES],
]);

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
  requireJsonBody(OTHER_BODY_TYPES),
  loadSession,
);

const routes = app
  .route('/api', healthRoutes)
  .route('/api', docsRoutes)
  .route('/api', chatRoutes)
  .route('/api', authRoutes)
  .route('/api', oauthRoutes)
  .route('/api', userRoutes)
  .route('/api', settingsRoutes)
  .route('/api', outboxRoutes)
  .route('/api', mediaRoutes);

app.use('/og/*', withRequestId);
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
