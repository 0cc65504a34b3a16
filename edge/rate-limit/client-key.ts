// The client key (DESIGN.md §5): a keyed hash of CF-Connecting-IP, which Cloudflare sets and
// clients cannot forge (X-Forwarded-For can be, so it is never read). Never stored raw.
import type { Context } from 'hono';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { AppEnv } from '../env';

/** Tests and benchmarks name their client with this header, honoured only when TEST_CLIENT_KEYS is "1". */
export const TEST_CLIENT_KEY_HEADER = 'x-test-client-key';

// The secret is fixed for an isolate's life: import it as a key once, not on every request.
let imported: { secret: string; key: Promise<CryptoKey> } | undefined;

async function keyedHash(secret: string, value: string): Promise<string> {
  if (imported?.secret !== secret) {
    imported = { secret, key: crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) };
  }
  const key = await imported.key;
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(value));
  return encodeHexLowerCase(new Uint8Array(mac)).slice(0, 32);
}

export async function clientKey(c: Context<AppEnv>): Promise<string> {
  const testKey = c.env.TEST_CLIENT_KEYS === '1' ? c.req.header(TEST_CLIENT_KEY_HEADER) : undefined;
  const address = testKey ?? c.req.header('cf-connecting-ip') ?? 'unknown';
  return `client:${await keyedHash(c.env.CLIENT_KEY_SECRET, address)}`;
}

/** A key for an email address (per-account limits that must not reveal whether the account exists). */
export async function emailKey(c: Context<AppEnv>, email: string): Promise<string> {
  return `email:${await keyedHash(c.env.CLIENT_KEY_SECRET, email.toLowerCase())}`;
}
