// Argon2id password hashes as PHC strings (https://github.com/P-H-C/phc-string-format), the format
// of the reference implementation, libsodium and Node's own argon2:
//   $argon2id$v=19$m=<memory KiB>,t=<passes>,p=<lanes>$<salt>$<hash>   (base64 without padding)
// The string carries its parameters, so they can be raised later: a hash made with other parameters
// still verifies, and needsRehash tells sign-in to store a fresh one. Pure, so it is tested in Node.
import { decodeBase64IgnorePadding, encodeBase64NoPadding } from '@oslojs/encoding';

export interface Argon2idParams {
  memoryKib: number;
  passes: number;
  parallelism: number;
}

export interface Argon2idHash extends Argon2idParams {
  salt: Uint8Array;
  hash: Uint8Array;
}

/**
 * OWASP's first argon2id option (m=19 MiB, t=2, p=1). In local workerd on this project's shared
 * 2-core machine (bench/README.md) it costs about 27 ms of CPU a hash, median 29 ms; every heavier
 * candidate costs 35 ms of CPU or more, leaving no headroom under the 50 ms p95 budget, nor for a
 * sign-in that also rehashes (two hashes in one request).
 */
export const PASSWORD_HASH_MEMORY_KIB = 19_456;
export const PASSWORD_HASH_PASSES = 2;
export const PASSWORD_HASH_LANES = 1;
export const PASSWORD_SALT_BYTES = 16;
export const PASSWORD_HASH_BYTES = 32;

export const currentPasswordHashParams: Argon2idParams = {
  memoryKib: PASSWORD_HASH_MEMORY_KIB,
  passes: PASSWORD_HASH_PASSES,
  parallelism: PASSWORD_HASH_LANES,
};

/** Argon2 version 1.3, the only one written or accepted. */
export const ARGON2_VERSION = 0x13;

// Bounds on what a stored string may ask for: a corrupted row must not make one verification
// allocate more than half a Worker's 128 MB or spin for seconds. Raise them with the parameters.
const MAX_MEMORY_KIB = 65_536;
const MAX_PASSES = 16;
const MAX_LANES = 16;
const SALT_BYTES_RANGE = [8, 64] as const;
const HASH_BYTES_RANGE = [16, 64] as const;

// Decimal without leading zeros, as the PHC format requires; base64 without padding.
const PHC = /^\$argon2id\$v=(\d+)\$m=([1-9]\d{0,9}),t=([1-9]\d{0,9}),p=([1-9]\d{0,9})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export function formatPhc({ memoryKib, passes, parallelism, salt, hash }: Argon2idHash): string {
  const params = `m=${memoryKib},t=${passes},p=${parallelism}`;
  return `$argon2id$v=${ARGON2_VERSION}$${params}$${encodeBase64NoPadding(salt)}$${encodeBase64NoPadding(hash)}`;
}

/** Reads a stored hash; null for anything this module would not have written or cannot verify safely. */
export function parsePhc(phc: string): Argon2idHash | null {
  const match = PHC.exec(phc);
  if (!match) return null;
  const [, version, m, t, p, salt64, hash64] = match;
  if (Number(version) !== ARGON2_VERSION) return null;
  const memoryKib = Number(m);
  const passes = Number(t);
  const parallelism = Number(p);
  // Argon2 needs at least 8 KiB per lane.
  if (memoryKib > MAX_MEMORY_KIB || memoryKib < 8 * parallelism || passes > MAX_PASSES || parallelism > MAX_LANES) return null;
  const salt = decodeCanonicalBase64(salt64 ?? '');
  const hash = decodeCanonicalBase64(hash64 ?? '');
  if (!salt || !inRange(salt.length, SALT_BYTES_RANGE) || !hash || !inRange(hash.length, HASH_BYTES_RANGE)) return null;
  return { memoryKib, passes, parallelism, salt, hash };
}

/**
 * True when a stored hash should be replaced at the next successful sign-in: its parameters or
 * sizes differ from the current ones (as argon2-cffi's check_needs_rehash does, so lowered settings
 * converge too), or it cannot be read at all.
 */
export function needsRehash(phc: string, current: Argon2idParams = currentPasswordHashParams): boolean {
  const stored = parsePhc(phc);
  return (
    !stored ||
    stored.memoryKib !== current.memoryKib ||
    stored.passes !== current.passes ||
    stored.parallelism !== current.parallelism ||
    stored.salt.length !== PASSWORD_SALT_BYTES ||
    stored.hash.length !== PASSWORD_HASH_BYTES
  );
}

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

/** Rejects encodings with stray low bits (several strings for one value), as the PHC format asks. */
function decodeCanonicalBase64(encoded: string): Uint8Array | null {
  if (encoded.length % 4 === 1) return null;
  try {
    const bytes = decodeBase64IgnorePadding(encoded);
    return encodeBase64NoPadding(bytes) === encoded ? bytes : null;
  } catch {
    return null;
  }
}
