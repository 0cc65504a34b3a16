// The Worker that bench/password-hash.mjs runs in workerd: each request runs one case once
// (`/?case=<name>&password=<text>`; `/cases` lists them), so the timing happens in Node, around
// whole requests.
// argon2id goes through the production module: hashPassword for the chosen parameters, and
// verifyPassword against a PHC string with the candidate's parameters for the others (one
// computation each, as the worker tests prove).
import { scryptSync } from 'node:crypto';
import { hashPassword, verifyPassword } from '../edge/auth/password-hash.ts';
import { formatPhc } from '../edge/auth/password-phc.ts';
import { commonPasswords } from '../edge/auth/common-passwords.ts';
import { isCommonPassword } from '../edge/auth/password-policy.ts';

const encoder = new TextEncoder();
// Fixed: workerd allows no random values at start-up, and the salt does not change the cost.
const salt = new Uint8Array(16).fill(7);

function argon2idAt(memoryKib, passes) {
  const phc = formatPhc({ memoryKib, passes, parallelism: 1, salt, hash: new Uint8Array(32) });
  return (password) => verifyPassword(phc, password);
}

function scryptWith(parallelism) {
  // 128 * N * r = 16 MiB of memory; the lanes run one after another.
  return (password) => scryptSync(password, salt, 32, { N: 2 ** 14, r: 8, p: parallelism, maxmem: 64 * 1024 * 1024 });
}

async function pbkdf2(password) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  // 100,000 iterations is the most Workers' WebCrypto allows.
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100_000 }, key, 256);
}

const CASES = {
  sha256: (password) => crypto.subtle.digest('SHA-256', encoder.encode(password)),
  hashPassword,
  'argon2id m=19456 t=2': argon2idAt(19_456, 2),
  'argon2id m=47104 t=1': argon2idAt(47_104, 1),
  'argon2id m=19456 t=3': argon2idAt(19_456, 3),
  'argon2id m=32768 t=2': argon2idAt(32_768, 2),
  'argon2id m=65536 t=1': argon2idAt(65_536, 1),
  'scrypt p=1': scryptWith(1),
  'scrypt p=5': scryptWith(5),
  pbkdf2,
  // A fresh Set each time: what the first isCommonPassword call in an isolate pays.
  'common set': () => new Set(commonPasswords.split('\n')).size,
  'common lookup': isCommonPassword,
};

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/cases') return Response.json(Object.keys(CASES));
    const run = CASES[url.searchParams.get('case')];
    if (!run) return new Response('unknown case', { status: 404 });
    await run(url.searchParams.get('password') ?? 'correct horse battery staple');
    return new Response('ok');
  },
};
