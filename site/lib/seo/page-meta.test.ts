import { describe, expect, it } from 'vitest';
import { ogLocale, withPageNumber, xHandle } from './page-meta';

describe('withPageNumber', () => {
  it('leaves page 1 alone and numbers later pages', () => {
    expect(withPageNumber('Rust', 1)).toBe('Rust');
    expect(withPageNumber('Rust', 3)).toBe('Rust (page 3)');
  });
});

describe('xHandle', () => {
  it('reads the handle from x.com and twitter.com profile URLs', () => {
    expect(xHandle('https://x.com/tnovak_example')).toBe('@tnovak_example');
    expect(xHandle('https://twitter.com/someone/')).toBe('@someone');
  });

  it('ignores other sites, missing and malformed URLs', () => {
    expect(xHandle('https://hachyderm.io/@maya')).toBeUndefined();
    expect(xHandle(undefined)).toBeUndefined();
    expect(xHandle('not a url')).toBeUndefined();
    expect(xHandle('https://x.com/')).toBeUndefined();
  });
});

describe('ogLocale', () => {
  it('turns a language tag into language_TERRITORY', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('cs')).toBe('cs_CZ');
  });

  it('keeps a bare language it has no territory for', () => {
    expect(ogLocale('eo')).toBe('eo');
  });
});
