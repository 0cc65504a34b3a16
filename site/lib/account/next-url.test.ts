import { describe, expect, it } from 'vitest';
import { signInUrl } from './next-url';

describe('signInUrl', () => {
  it('links to sign-in with the page to come back to', () => {
    expect(signInUrl('/admin/outbox/')).toBe('/account/sign-in/?next=%2Fadmin%2Foutbox%2F');
    expect(signInUrl('//evil.example')).toBe('/account/sign-in/');
  });
});
