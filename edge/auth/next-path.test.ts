import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNextPath('/posts/rust-ownership/')).toBe('/posts/rust-ownership/');
    expect(safeNextPath('/search/?q=kubernetes#results')).toBe('/search/?q=kubernetes#results');
    expect(safeNextPath('/admin/users/')).toBe('/admin/users/');
  });

  it('sends everything else home', () => {
    for (const raw of [null, undefined, '', 'posts/x/', 'https://evil.example/', '//evil.example/', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', ' /posts/', '/\t/evil.example', '/\n/evil.example']) {
      expect(safeNextPath(raw), String(raw)).toBe('/');
    }
  });

  it('does not come back to the sign-in or sign-up page or go to the API', () => {
    expect(safeNextPath('/account/sign-in/?next=/x/')).toBe('/');
    expect(safeNextPath('/account/sign-up/')).toBe('/');
    expect(safeNextPath('/api/auth/me')).toBe('/');
    expect(safeNextPath('/account/settings/')).toBe('/account/settings/');
  });

  it('keeps percent-encoded characters encoded', () => {
    expect(safeNextPath('/tags/c%2B%2B/')).toBe('/tags/c%2B%2B/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../b/')).toBe('/b/');
  });
});
