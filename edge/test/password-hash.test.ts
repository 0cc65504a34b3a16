import { describe, expect, it } from 'vitest';
import {
  countPasswordHashComputations,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from '../auth/password-hash';
import { PASSWORD_HASH_LANES, PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_PASSES, needsRehash } from '../auth/password-phc';

// The reference implementation's own test vector (phc-winner-argon2 src/test.c: argon2id, v=19,
// m=2^16, t=2, p=1, "password", "somesalt"); Node 24's crypto.argon2Sync gives the same bytes.
const REFERENCE = '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';

// Computed with Node 24's crypto.argon2Sync (OpenSSL) over the UTF-8 bytes of the NFC form, salt
// "blogx-test-salt!", m=19456, t=2, p=1, 32 bytes.
const SALT = 'YmxvZ3gtdGVzdC1zYWx0IQ';
const NODE_VECTORS: Record<string, string> = {
  'correct horse battery staple': 'sIF1jqYRcPIL2vylR5yX9BzSRTg/f2JlP8ZjdM5Yz2o',
  'пароль12': 'QJACRvxgd5ruww+/D/4D7WzH1YN73OKffiw3L4VTeSA',
  '😀 émoji pass': 'ELbon8IeBnLnO238Lig7zU/emu2TBCnDuCPqcYdTBHk',
  'é': 'MUs1p48x4qVZjThr5CmbjNtt82cRs63zrPpnv5Acvmc',
};
const nodeVector = (password: string) => `$argon2id$v=19$m=19456,t=2,p=1$${SALT}$${NODE_VECTORS[password]}`;

/** How many argon2id computations the call ran. */
async function computationsOf(run: () => Promise<unknown>): Promise<number> {
  const before = countPasswordHashComputations();
  await run();
  return countPasswordHashComputations() - before;
}

describe('hashPassword and verifyPassword in workerd', () => {
  it('hash with the current parameters and a fresh salt, and verify only the same password', async () => {
    const phc = await hashPassword('correct horse battery staple');
    expect(phc).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${PASSWORD_HASH_MEMORY_KIB},t=${PASSWORD_HASH_PASSES},p=${PASSWORD_HASH_LANES}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$`,
      ),
    );
    expect(await hashPassword('correct horse battery staple')).not.toBe(phc);
    expect(await verifyPassword(phc, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(phc, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword(phc, 'Correct horse battery staple')).toBe(false);
  });

  it('compute real argon2id: the reference test vector and Node-computed hashes verify', async () => {
    expect(await verifyPassword(REFERENCE, 'password')).toBe(true);
    expect(await verifyPassword(REFERENCE, 'Password')).toBe(false);
    for (const password of Object.keys(NODE_VECTORS)) {
      expect(await verifyPassword(nodeVector(password), password)).toBe(true);
    }
  });

  it('hash every UTF-8 byte of a non-ASCII password (no truncation at its UTF-16 length)', async () => {
    expect(await verifyPassword(nodeVector('пароль12'), 'пароль99')).toBe(false);
    const phc = await hashPassword('😀😀😀😀😀😀😀😀');
    expect(await verifyPassword(phc, '😀😀😀😀😀😀😀😀')).toBe(true);
    expect(await verifyPassword(phc, '😀😀😀😀😀😀😀😁')).toBe(false);
    const long = 'ж'.repeat(255) + 'a';
    const longPhc = await hashPassword(long);
    expect(await verifyPassword(longPhc, 'ж'.repeat(255) + 'b')).toBe(false);
    expect(await verifyPassword(longPhc, long)).toBe(true);
  });

  it('treat canonically equivalent spellings as one password (NFC), and others as different', async () => {
    const precomposed = 'caf\u00e9 au lait!';
    const decomposed = 'cafe\u0301 au lait!';
    expect(await verifyPassword(await hashPassword(decomposed), precomposed)).toBe(true);
    expect(await verifyPassword(nodeVector('é'), 'e\u0301')).toBe(true);
    // Full-width letters look alike but are other characters; NFC keeps them apart.
    expect(await verifyPassword(await hashPassword('password-ｐａｓｓ'), 'password-pass')).toBe(false);
  });

  it('answer false, without throwing, for tampered or malformed hashes', async () => {
    const phc = nodeVector('correct horse battery staple');
    const tampered = [
      phc.replace('sIF1', 'sIF2'), // hash bytes
      phc.replace(SALT, SALT.replace('Ymxv', 'Ymxw')), // salt
      phc.replace('m=19456', 'm=19457'), // parameters
      phc.replace('t=2', 't=3'),
      phc.replace('$argon2id$', '$argon2i$'),
      phc.replace('v=19', 'v=16'),
      phc.replace('m=19456', 'm=4294967295'), // would need 4 TiB
      phc.replace('t=2', 't=1000000'),
      `${phc}=`,
      phc.slice(0, -1),
      '',
      'not a hash',
      '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', // bcrypt
    ];
    for (const bad of tampered) {
      await expect(verifyPassword(bad, 'correct horse battery staple'), bad).resolves.toBe(false);
    }
  });

  it('flag hashes made with other parameters for rehashing, and not fresh ones', async () => {
    expect(needsRehash(await hashPassword('correct horse battery staple'))).toBe(false);
    expect(needsRehash(REFERENCE)).toBe(true);
    expect(needsRehash(dummyPasswordHash)).toBe(false);
  });
});

describe('work per path, counted', () => {
  it('hashing runs one argon2id computation', async () => {
    expect(await computationsOf(() => hashPassword('correct horse battery staple'))).toBe(1);
  });

  it('an unknown account costs the same as a known one: one computation, against the dummy hash', async () => {
    const phc = nodeVector('correct horse battery staple');
    expect(await computationsOf(() => verifyPassword(phc, 'correct horse battery staple'))).toBe(1);
    expect(await computationsOf(() => verifyPassword(phc, 'wrong password'))).toBe(1);
    let matched: boolean | undefined;
    expect(await computationsOf(async () => (matched = await verifyPassword(dummyPasswordHash, 'correct horse battery staple')))).toBe(1);
    expect(matched).toBe(false);
  });

  it('a malformed stored hash still costs exactly one computation', async () => {
    expect(await computationsOf(() => verifyPassword('not a hash', 'correct horse battery staple'))).toBe(1);
    expect(await computationsOf(() => verifyPassword('$argon2id$v=19$m=4294967295,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc', 'x'))).toBe(1);
  });

  it('the dummy hash carries the current parameters, so it costs what a real verification costs', () => {
    expect(dummyPasswordHash).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${PASSWORD_HASH_MEMORY_KIB},t=${PASSWORD_HASH_PASSES},p=${PASSWORD_HASH_LANES}\\$`),
    );
  });
});
