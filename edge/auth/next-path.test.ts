import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/posts/x/?a=1#c')).toBe('/posts/x/?a=1#c');
  });

  it('sends everything else home', () => {
    for (const next of [null, undefined, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/\nx']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
