import { RateLimitedError } from '../errors';

/** Cloudflare's rate-limit binding: approximate, per location; fine for flood control. */
export interface Limiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Throws a 429 when the limiter refuses any of the keys. `periodSeconds` is the binding's window. */
export async function enforceLimit(limiter: Limiter, keys: string[], periodSeconds: number): Promise<void> {
  for (const key of keys) {
    const { success } = await limiter.limit({ key });
    if (!success) throw new RateLimitedError(periodSeconds);
  }
}
