import { describe, expect, it } from 'vitest';
import { hasRole } from './roles';

describe('hasRole', () => {
  it('grants each role what the roles below it may do, and nothing above', () => {
    expect(hasRole('admin', 'editor')).toBe(true);
    expect(hasRole('editor', 'editor')).toBe(true);
    expect(hasRole('author', 'editor')).toBe(false);
    expect(hasRole('reader', 'author')).toBe(false);
    expect(hasRole('reader', 'reader')).toBe(true);
  });
});
