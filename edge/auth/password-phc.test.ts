import { argon2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  PASSWORD_HASH_BYTES,
  PASSWORD_SALT_BYTES,
  currentPasswordHashParams,
  formatPhc,
  needsRehash,
  parsePhc,
} from './password-phc';

// phc-winner-argon2 src/test.c: argon2id, v=19, m=2^16, t=2, p=1, "password", "somesalt".
const REFERENCE = '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';

const current = (salt = PASSWORD_SALT_BYTES, hash = PASSWORD_HASH_BYTES) =>
  formatPhc({ ...currentPasswordHashParams, salt: new Uint8Array(salt).fill(1), hash: new Uint8Array(hash).fill(2) });

describe('PHC strings', () => {
  it('format what Node and the reference implementation write', () => {
    const hash = argon2Sync('argon2id', { message: 'password', nonce: 'somesalt', memory: 65_536, passes: 2, parallelism: 1, tagLength: 32 });
    const salt = new TextEncoder().encode('somesalt');
    expect(formatPhc({ memoryKib: 65_536, passes: 2, parallelism: 1, salt, hash })).toBe(REFERENCE);
  });

  it('parse back the parameters, salt and hash they were formatted from', () => {
    const parsed = parsePhc(REFERENCE);
    expect(parsed).toMatchObject({ memoryKib: 65_536, passes: 2, parallelism: 1 });
    expect(new TextDecoder().decode(parsed?.salt)).toBe('somesalt');
    expect(parsed?.hash).toHaveLength(32);
    const phc = current();
    expect(formatPhc(parsePhc(phc)!)).toBe(phc);
  });

  it('parse as null anything this module would not write or could not verify safely', () => {
    const bad = [
      '',
      'password',
      REFERENCE.replace('$argon2id$', '$argon2i$'),
      REFERENCE.replace('$argon2id$', '$argon2d$'),
      REFERENCE.replace('v=19', 'v=16'),
      REFERENCE.replace('$v=19', ''), // version 1.0 strings omit it
      REFERENCE.replace('m=65536', 'm=065536'), // leading zero: not canonical
      REFERENCE.replace('m=65536,t=2,p=1', 't=2,m=65536,p=1'),
      REFERENCE.replace('p=1', 'p=1,keyid=abc'),
      REFERENCE.replace('m=65536', 'm=65537'), // above the bound (64 MiB)
      REFERENCE.replace('m=65536', 'm=15').replace('p=1', 'p=2'), // under 8 KiB per lane
      REFERENCE.replace('t=2', 't=0'),
      REFERENCE.replace('t=2', 't=17'),
      REFERENCE.replace('p=1', 'p=0'),
      REFERENCE.replace('p=1', 'p=17'),
      `${REFERENCE}=`, // padding
      REFERENCE.replace('Pc', 'Pd'), // stray low bits: a second spelling of the same bytes
      REFERENCE.replace('c29tZXNhbHQ', 'c29tZXNh'), // 6-byte salt
      REFERENCE.replace('CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc', 'CTFhFdXPJO1aFaMaO6Mm'), // 15-byte hash
      `${REFERENCE}\n`,
      ` ${REFERENCE}`,
      REFERENCE.replace('CTFh', 'CT_h'), // base64url is not the PHC alphabet
    ];
    for (const phc of bad) expect(parsePhc(phc), phc).toBeNull();
  });
});

describe('needsRehash', () => {
  it('is false for a hash with the current parameters and sizes', () => {
    expect(needsRehash(current())).toBe(false);
  });

  it('is true when any parameter is below the current ones', () => {
    const { memoryKib, passes } = currentPasswordHashParams;
    expect(needsRehash(current().replace(`m=${memoryKib}`, `m=${memoryKib - 1}`))).toBe(true);
    expect(needsRehash(current().replace(`t=${passes}`, `t=${passes - 1}`))).toBe(true);
    expect(needsRehash(current(8))).toBe(true);
  });

  it('is true when parameters differ upwards too, so lowered settings converge', () => {
    expect(needsRehash(REFERENCE)).toBe(true);
    expect(needsRehash(current(PASSWORD_SALT_BYTES, 64))).toBe(true);
  });

  it('is true for a string that cannot be read, whose account should get a fresh hash', () => {
    expect(needsRehash('not a hash')).toBe(true);
  });

  it('compares against the parameters it is given, so raising them flags every older hash', () => {
    const raised = { ...currentPasswordHashParams, memoryKib: 2 * currentPasswordHashParams.memoryKib };
    expect(needsRehash(current(), raised)).toBe(true);
    expect(needsRehash(formatPhc({ ...raised, salt: new Uint8Array(16), hash: new Uint8Array(32) }), raised)).toBe(false);
  });
});
