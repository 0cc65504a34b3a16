import { z } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env';

/** The one error shape every /api error response uses. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Throw this anywhere; only onError turns it into a response. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A 429 that tells the client when to come back (Retry-After, in seconds, and in details). */
export class RateLimitedError extends ApiError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts; try again later',
  ) {
    super('rate_limited', 429, message, { retryAfterSeconds });
  }
}

const CODE_BY_STATUS: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  426: 'upgrade_required',
  429: 'rate_limited',
};

function respond(c: Context<AppEnv>, status: ContentfulStatusCode, error: ErrorBody['error']) {
  return c.json<ErrorBody>({ error }, status);
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) {
    if (err instanceof RateLimitedError) c.header('Retry-After', String(err.retryAfterSeconds));
    const details = err.details === undefined ? {} : { details: err.details };
    return respond(c, err.status, { code: err.code, message: err.message, ...details });
  }
  if (err instanceof HTTPException && err.status < 500) {
    return respond(c, err.status, { code: CODE_BY_STATUS[err.status] ?? 'bad_request', message: err.message });
  }
  // Unknown: log with the request id for correlation, tell the client nothing about internals.
  console.error(`[${c.get('requestId')}]`, err);
  return respond(c, 500, { code: 'internal', message: 'Internal server error' });
};

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  respond(c, 404, { code: 'not_found', message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` });
