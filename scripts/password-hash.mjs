// Node-side argon2id (Node 24's crypto.argon2Sync, which gives the same bytes as the Worker's WASM
// build) for scripts that create accounts: the seed and create-admin. Same PHC format and
// parameters as edge/auth/password-phc.ts, which is imported, not copied.
import { argon2Sync, randomBytes } from 'node:crypto';
import { currentPasswordHashParams, formatPhc, PASSWORD_HASH_BYTES, PASSWORD_SALT_BYTES } from '../edge/auth/password-phc.ts';

/** @param {string} password */
export function hashPasswordInNode(password) {
  const salt = randomBytes(PASSWORD_SALT_BYTES);
  const { memoryKib, passes, parallelism } = currentPasswordHashParams;
  const hash = argon2Sync('argon2id', {
    message: Buffer.from(password.normalize('NFC'), 'utf8'),
    nonce: salt,
    memory: memoryKib,
    passes,
    parallelism,
    tagLength: PASSWORD_HASH_BYTES,
  });
  return formatPhc({ ...currentPasswordHashParams, salt: new Uint8Array(salt), hash: new Uint8Array(hash) });
}
