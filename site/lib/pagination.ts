// Page math shared by every paginated listing and the sitemap, so both agree on which pages exist. Page 1 lives at the listing's own
// URL; page n at `<base>page/<n>/`.

export interface PageInfo<T> {
  items: T[];
  current: number;
  last: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

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

/** Every page URL of a listing, page 1 first. */
export function pageUrls(base: string, total: number, perPage: number): string[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => pageUrl(base, i + 1));
}

/** Splits items into pages; `rest` is the route's rest parameter: undefined for page 1, `page/<n>` after. */
export function paginate<T>(items: T[], base: string, perPage: number): { rest: string | undefined; page: PageInfo<T> }[] {
  const last = pageCount(items.length, perPage);
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    return {
      rest: current === 1 ? undefined : `page/${current}`,
      page: {
        items: items.slice(i * perPage, current * perPage),
        current,
        last,
        url: pageUrl(base, current),
        prevUrl: current > 1 ? pageUrl(base, current - 1) : undefined,
        nextUrl: current < last ? pageUrl(base, current + 1) : undefined,
      },
    };
  });
}

/**
 * getStaticPaths entries for paginated listings: one per page of each listing, with the route's
 * `page` rest parameter and `{ page, total }` added to the listing's own props.
 */
export function listingPaths<Params extends Record<string, string>, Extra, Item>(
  listings: { params: Params; base: string; items: Item[]; props: Extra }[],
  perPage: number,
) {
  return listings.flatMap(({ params, base, items, props }) =>
    paginate(items, base, perPage).map(({ rest, page }) => ({
      params: { ...params, page: rest },
      props: { ...props, page, total: items.length },
    })),
  );
}
