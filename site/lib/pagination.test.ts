import { describe, expect, it } from 'vitest';
import { listingPaths, pageCount, pageUrl, pageUrls, paginate } from './pagination';

describe('pagination', () => {
  it('always has at least one page, even when empty', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(paginate([], '/tags/x/', 10)).toEqual([
      { rest: undefined, page: { items: [], current: 1, last: 1, url: '/tags/x/', prevUrl: undefined, nextUrl: undefined } },
    ]);
  });

  it('puts page 1 at the base URL and later pages under page/<n>/', () => {
    expect(pageUrl('/', 1)).toBe('/');
    expect(pageUrl('/', 3)).toBe('/page/3/');
    expect(pageUrls('/categories/web/', 21, 10)).toEqual(['/categories/web/', '/categories/web/page/2/', '/categories/web/page/3/']);
  });

  it('splits items without losing or repeating any, and links neighbours', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, '/', 10);
    expect(pages.map((p) => p.rest)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pages.flatMap((p) => p.page.items)).toEqual(items);
    expect(pages[1]?.page).toMatchObject({ current: 2, last: 3, prevUrl: '/', nextUrl: '/page/3/' });
    expect(pages[2]?.page.nextUrl).toBeUndefined();
  });

  it('has exactly one page when the items fit', () => {
    expect(paginate([1, 2, 3], '/', 3)).toHaveLength(1);
    expect(paginate([1, 2, 3, 4], '/', 3)).toHaveLength(2);
  });
});

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

describe('listingPaths', () => {
  it('makes one path per page of every listing, carrying the listing props, page and total', () => {
    const paths = listingPaths(
      [
        { params: { tag: 'a' }, base: '/tags/a/', items: [1, 2, 3], props: { name: 'A' } },
        { params: { tag: 'b' }, base: '/tags/b/', items: [], props: { name: 'B' } },
      ],
      2,
    );
    expect(paths.map((p) => [p.params, p.props.name, p.props.page.items, p.props.total])).toEqual([
      [{ tag: 'a', page: undefined }, 'A', [1, 2], 3],
      [{ tag: 'a', page: 'page/2' }, 'A', [3], 3],
      [{ tag: 'b', page: undefined }, 'B', [], 0],
    ]);
  });
});
