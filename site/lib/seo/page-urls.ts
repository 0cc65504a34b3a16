// Pagination URL math shared by listing pages and the sitemap, so both agree on which pages exist.
// Page 1 is the listing's own URL; page n > 1 is `<base>page/<n>/` (`/page/2/`, `/tags/rust/page/3/`).

/** Number of pages a listing of `total` items needs; an empty listing still has its first page. */
export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** URL of page `page` (1-based) of the listing at `base`, which must end with a slash. */
export function pageUrl(base: string, page: number): string {
  if (!base.endsWith('/')) throw new Error(`listing URL must end with "/": ${base}`);
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Every page URL of a listing, first page first. */
export function pageUrls(base: string, total: number, perPage: number): string[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, index) => pageUrl(base, index + 1));
}
