// The one way browser code calls /api: JSON in, a result out, never a throw. Account pages, the
// header's account menu and the admin islands all use it, so every error reaches the UI in one
// shape: the API's { error: { code, message, details } } plus the status and, for 429, when to
// retry. Success bodies go through the caller's `parse` (the boundary check), so a page never
// trusts a shape it did not check.

export interface FieldIssue {
  /** Where the API found the problem, as `json.password` or `json.social.github`. */
  field: string;
  message: string;
}

export interface ApiFailure {
  /** The API's code (`invalid_credentials`, `rate_limited`, ...), or `network` / `bad_response` from here. */
  code: string;
  message: string;
  /** HTTP status; 0 when the request never got an answer. */
  status: number;
  /** Field problems of an `invalid_request`. */
  issues: FieldIssue[];
  /** For 429: seconds until another try may succeed. */
  retryAfterSeconds?: number;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiFailure };

export const NETWORK_FAILURE_MESSAGE = 'Could not reach the server. Check your connection and try again.';
const BAD_RESPONSE_MESSAGE = 'The server sent an answer this page does not understand. Reload the page and try again.';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readIssues(details: unknown): FieldIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string' ? [{ field: item.field, message: item.message }] : [],
  );
}

function readRetryAfter(details: unknown, header: string | null): number | undefined {
  if (isRecord(details) && typeof details.retryAfterSeconds === 'number' && details.retryAfterSeconds >= 0) return details.retryAfterSeconds;
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** An error answer as an ApiFailure, whatever its body: the API's shape, or a status alone. */
export function readFailure(status: number, body: unknown, retryAfterHeader: string | null = null): ApiFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' && error.message ? error.message : `The server answered ${status}.`;
  const failure: ApiFailure = { code, message, status, issues: readIssues(error?.details) };
  const retryAfterSeconds = status === 429 ? readRetryAfter(error?.details, retryAfterHeader) : undefined;
  if (retryAfterSeconds !== undefined) failure.retryAfterSeconds = retryAfterSeconds;
  return failure;
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as it is with its own type when a Blob (an avatar picture). */
  body?: unknown;
  /** Checks a 2xx body and returns it typed; throw (or return undefined for 204) otherwise. */
  parse?: (body: unknown) => T;
  signal?: AbortSignal;
  /** For tests. */
  fetch?: typeof fetch;
}

/**
 * Calls `path` (same origin, so the session cookie goes along) and resolves to a result: the
 * parsed body, or the failure. Never rejects, except when `signal` aborts.
 */
export async function requestApi<T = undefined>(path: string, options: RequestOptions<T> = {}): Promise<ApiResult<T>> {
  const { method = 'GET', body, parse, signal } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': body instanceof Blob ? body.type : 'application/json' },
      body: body === undefined || body instanceof Blob ? body : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { code: 'network', message: NETWORK_FAILURE_MESSAGE, status: 0, issues: [] } };
  }
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) return { ok: false, error: readFailure(response.status, json, response.headers.get('Retry-After')) };
  try {
    return { ok: true, status: response.status, data: parse ? parse(json) : (undefined as T) };
  } catch {
    return { ok: false, error: { code: 'bad_response', message: BAD_RESPONSE_MESSAGE, status: response.status, issues: [] } };
  }
}
