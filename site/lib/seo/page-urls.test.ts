import { describe, expect, it } from 'vitest';
import { pageCount, pageUrl, pageUrls } from './page-urls';

describe('pageCount', () => {
  it('rounds up to whole pages', () => {
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(24, 10)).toBe(3);
  });

  it('gives an empty listing one page', () => {
    expect(pageCount(0, 10)).toBe(1);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(RangeError);
  });
});

describe('pageUrl', () => {
  it('keeps the listing URL for page 1 and appends page/<n>/ after it', () => {
    expect(pageUrl('/', 1)).toBe('/');
    expect(pageUrl('/', 2)).toBe('/page/2/');
    expect(pageUrl('/tags/rust/', 3)).toBe('/tags/rust/page/3/');
  });

  it('refuses a base without the trailing slash the site uses everywhere', () => {
    expect(() => pageUrl('/tags/rust', 2)).toThrow(/end with/);
  });

  it('refuses page 0', () => {
    expect(() => pageUrl('/', 0)).toThrow(RangeError);
  });
});

describe('pageUrls', () => {
  it('lists every page of the home listing', () => {
    expect(pageUrls('/', 24, 10)).toEqual(['/', '/page/2/', '/page/3/']);
  });

  it('lists only the first page of a short listing', () => {
    expect(pageUrls('/categories/web/', 4, 10)).toEqual(['/categories/web/']);
  });
});
