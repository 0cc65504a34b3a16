import { describe, expect, it } from 'vitest';
import { clearedHintCookie, hasSignedInHint } from './signed-in-hint';

describe('hasSignedInHint', () => {
  it('finds the hint among other cookies', () => {
    expect(hasSignedInHint('theme=dark; blogx_signed_in=1')).toBe(true);
    expect(hasSignedInHint('blogx_signed_in=1')).toBe(true);
  });

  it('ignores an absent, emptied or look-alike cookie', () => {
    expect(hasSignedInHint('')).toBe(false);
    expect(hasSignedInHint('blogx_signed_in=')).toBe(false);
    expect(hasSignedInHint('not_blogx_signed_in=1')).toBe(false);
    expect(hasSignedInHint('blogx_signed_in=10')).toBe(false);
  });
});

describe('clearedHintCookie', () => {
  it('expires the hint on the whole site, Secure when the page is', () => {
    expect(clearedHintCookie(false)).toBe('blogx_signed_in=; Path=/; Max-Age=0; SameSite=Lax');
    expect(clearedHintCookie(true)).toMatch(/; Secure$/);
  });
});
