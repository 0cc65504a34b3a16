// Tokens of the form `id.secret` (sessions, email links), as in the Lucia guide: the id finds the
// row, only SHA-256 of the secret is stored, and the secret is compared in constant time, so a
// leaked database holds nothing that signs anyone in.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';

/** 160 random bits, lower-case base32 (32 characters): safe in URLs and cookies. */
export function generateRandomId(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export interface SecretToken {
  id: string;
  secret: string;
  /** What the client holds: `id.secret`. */
  token: string;
  secretHash: Uint8Array;
}

export function createSecretToken(): SecretToken {
  const id = generateRandomId();
  const secret = generateRandomId();
  return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

const TOKEN_PART = /^[a-z2-7]{32}$/;

/** Splits a presented token; null for anything that is not two well-formed parts. */
export function parseSecretToken(token: string): { id: string; secret: string } | null {
  const [id, secret, ...rest] = token.split('.');
  if (rest.length || !id || !secret || !TOKEN_PART.test(id) || !TOKEN_PART.test(secret)) return null;
  return { id, secret };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), new Uint8Array(storedHash));
}
