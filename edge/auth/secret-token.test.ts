import { describe, expect, it } from 'vitest';
import { createSecretToken, parseSecretToken, secretMatches } from './secret-token';

describe('secret tokens', () => {
  it('are id.secret with 160 random bits in each part, different every time', () => {
    const a = createSecretToken();
    const b = createSecretToken();
    expect(a.token).toMatch(/^[a-z2-7]{32}\.[a-z2-7]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.secret).not.toBe(b.secret);
  });

  it('store a hash that matches only their own secret', () => {
    const { secret, secretHash } = createSecretToken();
    expect(secretMatches(secret, secretHash)).toBe(true);
    expect(secretMatches(createSecretToken().secret, secretHash)).toBe(false);
  });

  it('parse only two well-formed parts', () => {
    const { token, id, secret } = createSecretToken();
    expect(parseSecretToken(token)).toEqual({ id, secret });
    for (const bad of ['', '.', `${id}.`, `.${secret}`, `${id}.${secret}.x`, `${id}.${secret.toUpperCase()}`, "x' OR 1=1 --.y", `${id}.<script>`]) {
      expect(parseSecretToken(bad)).toBeNull();
    }
  });
});
