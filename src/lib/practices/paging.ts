/**
 * Paged lists of practices. Up to `FULL_LIST_LIMIT` items a list stays one page, so the filter
 * script of /praktijken/ can work on every card in it; beyond that a list is cut into pages of
 * `PAGE_SIZE` that work without JavaScript, and filtering moves to the search index (/zoeken/).
 * At 10,000 practices one page holding everything would be 500 kB of gzip HTML.
 */

import { formatNumber, plural } from '../shared/text.ts';

export const PAGE_SIZE = 50;
export const FULL_LIST_LIMIT = 500;

/** Whether a list of this many items is cut into pages. */
export const isPaged = (count: number, limit = FULL_LIST_LIMIT) => count > limit;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** 1-based positions of the first and last item on this page in the whole list (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
  href: string;
  /** The rest parameter of the page's route: undefined for the first page, "pagina/N" after it. */
  param: string | undefined;
  prev?: string;
  next?: string;
}

export interface PagingOptions {
  limit?: number;
  size?: number;
}

/** "/praktijken/" for page 1, "/praktijken/pagina/2/" for page 2. `base` ends with a slash. */
export function pageHref(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`Basis-URL moet op / eindigen: ${base}`);
  return n === 1 ? base : `${base}pagina/${n}/`;
}

/** The pages of a list: one page holding everything up to `limit` items, pages of `size` beyond. */
export function pagesOf<T>(
  items: readonly T[],
  base: string,
  { limit = FULL_LIST_LIMIT, size = PAGE_SIZE }: PagingOptions = {},
): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Ongeldige paginagrootte: ${size}`);
  if (!Number.isInteger(limit) || limit < size)
    throw new RangeError(`De grens voor één pagina (${limit}) moet minstens de paginagrootte (${size}) zijn`);
  const perPage = isPaged(items.length, limit) ? size : Math.max(items.length, 1);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const slice = items.slice(i * perPage, number * perPage);
    return {
      number,
      count,
      items: slice,
      first: slice.length ? i * perPage + 1 : 0,
      last: i * perPage + slice.length,
      total: items.length,
      href: pageHref(base, number),
      param: number === 1 ? undefined : `pagina/${number}`,
      prev: number > 1 ? pageHref(base, number - 1) : undefined,
      next: number < count ? pageHref(base, number + 1) : undefined,
    };
  });
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with "gap" where numbers are left out (a gap always hides at least two numbers, else they are shown).
 */
export function pagerItems(current: number, count: number): (number | 'gap')[] {
  if (current < 1 || current > count) throw new RangeError(`Pagina ${current} bestaat niet (1-${count})`);
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  for (const [i, n] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) items.push(before + 1);
    else if (before !== undefined && n - before > 2) items.push('gap');
    items.push(n);
  }
  return items;
}

/** "Taal" on the first page, "Taal, pagina 2 van 21" after it: titles and headings of a list's pages. */
export function pageTitle(title: string, page: ListPage<unknown>): string {
  return page.number === 1 ? title : `${title}, pagina ${page.number} van ${page.count}`;
}

/** The breadcrumb a page after the first adds to its list's trail. */
export function pageCrumbs(page: ListPage<unknown>): { href: string; label: string }[] {
  return page.number === 1 ? [] : [{ href: page.href, label: `Pagina ${page.number}` }];
}

/** "33 praktijken" for a list on one page, "Praktijken 51 tot 100 van 1.033" on a page of a longer one. */
export function practiceCountText(page: ListPage<unknown>): string {
  return page.count === 1
    ? plural(page.total, 'praktijk', 'praktijken')
    : `Praktijken ${formatNumber(page.first)} tot ${formatNumber(page.last)} van ${formatNumber(page.total)}`;
}
