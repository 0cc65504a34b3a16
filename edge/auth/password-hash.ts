// Password hashing with argon2id (@phi-ag/argon2's WebAssembly build, imported statically because
// Workers forbid compiling WebAssembly at runtime). We call its exported C functions directly
// rather than its string API: that one passes the UTF-16 length of the password with its UTF-8
// bytes, so non-ASCII passwords were silently truncated ("пароль12" and "пароль99" hashed alike).
//
// Passwords are NFC-normalised, then UTF-8 encoded, on hash and verify alike (RFC 8265's
// OpaqueString profile; NIST SP 800-63B asks for normalisation): "é" typed as one code point or as
// e + combining accent is the same password, while visibly different characters (full-width
// letters, ligatures) stay different, as NFKC would not keep them.
import wasm from '@phi-ag/argon2/argon2.wasm';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import {
  ARGON2_VERSION,
  PASSWORD_HASH_BYTES,
  PASSWORD_SALT_BYTES,
  currentPasswordHashParams,
  formatPhc,
  parsePhc,
  type Argon2idHash,
  type Argon2idParams,
} from './password-phc';

/** The C API of the reference implementation, as the WASM build exports it. */
interface Argon2Exports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  argon2_hash(
    passes: number,
    memoryKib: number,
    parallelism: number,
    password: number,
    passwordLength: number,
    salt: number,
    saltLength: number,
    hash: number,
    hashLength: number,
    encoded: number,
    encodedLength: number,
    type: number,
    version: number,
  ): number;
}

const ARGON2ID = 2;

let instance: Argon2Exports | undefined;
let computations = 0;

/** Instantiated on first use, so requests that never hash do not pay for it. */
function argon2(): Argon2Exports {
  if (!instance) {
    // The module's exports are fixed by the package's build; there is nothing else to check here.
    instance = new WebAssembly.Instance(wasm, {}).exports as unknown as Argon2Exports;
    instance._initialize();
  }
  return instance;
}

function encodePassword(password: string): Uint8Array {
  return new TextEncoder().encode(password.normalize('NFC'));
}

/** One argon2id computation: the only place that runs one, so the counter sees every one. */
function deriveArgon2id(password: Uint8Array, salt: Uint8Array, params: Argon2idParams, hashBytes: number): Uint8Array {
  const argon = argon2();
  const passwordAt = argon.malloc(Math.max(password.length, 1));
  const saltAt = argon.malloc(salt.length);
  const hashAt = argon.malloc(hashBytes);
  try {
    if (!passwordAt || !saltAt || !hashAt) throw new Error('argon2id: out of WebAssembly memory');
    // A fresh view each time: the memory's buffer is replaced whenever it grows.
    new Uint8Array(argon.memory.buffer).set(password, passwordAt);
    new Uint8Array(argon.memory.buffer).set(salt, saltAt);
    computations++;
    const status = argon.argon2_hash(
      params.passes,
      params.memoryKib,
      params.parallelism,
      passwordAt,
      password.length,
      saltAt,
      salt.length,
      hashAt,
      hashBytes,
      0, // no encoded string: we format and compare the raw bytes ourselves
      0,
      ARGON2ID,
      ARGON2_VERSION,
    );
    if (status !== 0) throw new Error(`argon2id failed with status ${status}`);
    return new Uint8Array(argon.memory.buffer, hashAt, hashBytes).slice();
  } finally {
    // Leave no plaintext behind in the instance's memory, which outlives the request.
    if (passwordAt) new Uint8Array(argon.memory.buffer).fill(0, passwordAt, passwordAt + password.length);
    argon.free(hashAt);
    argon.free(saltAt);
    argon.free(passwordAt);
  }
}

/** A PHC string for the password with the current parameters and a fresh 16-byte random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(PASSWORD_SALT_BYTES));
  const hash = deriveArgon2id(encodePassword(password), salt, currentPasswordHashParams, PASSWORD_HASH_BYTES);
  return formatPhc({ ...currentPasswordHashParams, salt, hash });
}

const dummy: Argon2idHash = {
  ...currentPasswordHashParams,
  salt: new Uint8Array(PASSWORD_SALT_BYTES),
  hash: new Uint8Array(PASSWORD_HASH_BYTES),
};

/**
 * A well-formed hash with the current parameters that no password matches (its hash bytes are
 * zero; finding a preimage is a 2^-256 event). Sign-in verifies against it when the account does
 * not exist or has no password, so every path spends the same work:
 *   const ok = await verifyPassword(user?.passwordHash ?? dummyPasswordHash, password);
 *   if (!user || !ok) throw ...
 * Built from constants, so no hash is computed at start-up and it follows the parameters.
 */
export const dummyPasswordHash = formatPhc(dummy);

/**
 * Whether the password matches a stored PHC string, using the parameters the string records.
 * Every call runs exactly one argon2id computation: a malformed or out-of-bounds string (a
 * corrupted row) is verified against dummyPasswordHash and answers false, never throws.
 */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  const stored = parsePhc(phc);
  const target = stored ?? dummy;
  const derived = deriveArgon2id(encodePassword(password), target.salt, target, target.hash.length);
  return stored !== null && constantTimeEqual(derived, stored.hash);
}

/**
 * argon2id computations run by this isolate so far. Tests compare it before and after a request
 * to prove how many hashes each path costs, without timing anything.
 */
export function countPasswordHashComputations(): number {
  return computations;
}
