import { describe, it, expect } from 'vitest';
import {
  FULL_LIST_LIMIT,
  PAGE_SIZE,
  isPaged,
  pageCrumbs,
  pageHref,
  pagerItems,
  pagesOf,
  pageTitle,
  practiceCountText,
} from '../../../src/lib/practices/paging.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageHref', () => {
  it('keeps the first page at the list itself and puts later pages under pagina/', () => {
    expect(pageHref('/praktijken/', 1)).toBe('/praktijken/');
    expect(pageHref('/themas/taal/', 3)).toBe('/themas/taal/pagina/3/');
  });
  it('refuses a base without a trailing slash', () => {
    expect(() => pageHref('/praktijken', 2)).toThrow(/op \/ eindigen/);
  });
});

describe('pagesOf', () => {
  it('keeps a list up to the limit on one page, with every item', () => {
    const pages = pagesOf(numbers(FULL_LIST_LIMIT), '/praktijken/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({
      number: 1,
      count: 1,
      first: 1,
      last: FULL_LIST_LIMIT,
      total: FULL_LIST_LIMIT,
      href: '/praktijken/',
      param: undefined,
      prev: undefined,
      next: undefined,
    });
    expect(pages[0].items).toHaveLength(FULL_LIST_LIMIT);
  });

  it('cuts a list one over the limit into pages of PAGE_SIZE, every item exactly once and in order', () => {
    const items = numbers(FULL_LIST_LIMIT + 1);
    const pages = pagesOf(items, '/praktijken/');
    expect(pages).toHaveLength(Math.ceil(items.length / PAGE_SIZE));
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p) => p.items.length <= PAGE_SIZE)).toBe(true);
    expect(pages.at(-1)!.items).toEqual([FULL_LIST_LIMIT + 1]);
  });

  it('links each page to its neighbours and gives the route parameter', () => {
    const pages = pagesOf(numbers(25), '/themas/taal/', { limit: 10, size: 10 });
    expect(pages.map((p) => [p.href, p.param, p.prev, p.next, p.first, p.last])).toEqual([
      ['/themas/taal/', undefined, undefined, '/themas/taal/pagina/2/', 1, 10],
      ['/themas/taal/pagina/2/', 'pagina/2', '/themas/taal/', '/themas/taal/pagina/3/', 11, 20],
      ['/themas/taal/pagina/3/', 'pagina/3', '/themas/taal/pagina/2/', undefined, 21, 25],
    ]);
  });

  it('gives an empty list one empty page, so the list page still exists and says so', () => {
    expect(pagesOf([], '/praktijken/')).toEqual([
      {
        number: 1,
        count: 1,
        items: [],
        first: 0,
        last: 0,
        total: 0,
        href: '/praktijken/',
        param: undefined,
        prev: undefined,
        next: undefined,
      },
    ]);
  });

  it('refuses sizes that cannot page', () => {
    expect(() => pagesOf([1], '/x/', { size: 0 })).toThrow(/paginagrootte/);
    expect(() => pagesOf([1], '/x/', { size: 2.5 })).toThrow(/paginagrootte/);
    expect(() => pagesOf([1], '/x/', { limit: 5, size: 10 })).toThrow(/grens/);
  });
});

describe('pagerItems', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows first, last and two either side of the current page, with gaps between', () => {
    expect(pagerItems(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pagerItems(100, 200)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 200]);
    expect(pagerItems(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
  });
  it('shows a single left-out number instead of a gap', () => {
    expect(pagerItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pagerItems(6, 10)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 9, 10]);
  });
  it('refuses a page outside the list', () => {
    expect(() => pagerItems(0, 3)).toThrow(/bestaat niet/);
    expect(() => pagerItems(4, 3)).toThrow(/bestaat niet/);
  });
});

describe('texts of a paged list', () => {
  const long = pagesOf(numbers(1033), '/themas/taal/');
  const short = pagesOf(numbers(33), '/themas/taal/');

  it('pages only beyond the limit', () => {
    expect([isPaged(FULL_LIST_LIMIT), isPaged(FULL_LIST_LIMIT + 1)]).toEqual([false, true]);
  });
  it('titles later pages with their number and count', () => {
    expect(pageTitle('Taal', long[0])).toBe('Taal');
    expect(pageTitle('Taal', long[1])).toBe('Taal, pagina 2 van 21');
  });
  it('adds a breadcrumb for later pages only', () => {
    expect(pageCrumbs(long[0])).toEqual([]);
    expect(pageCrumbs(long[20])).toEqual([{ href: '/themas/taal/pagina/21/', label: 'Pagina 21' }]);
  });
  it('counts the whole list on one page and the range on a page of a longer one', () => {
    expect(practiceCountText(short[0])).toBe('33 praktijken');
    expect(practiceCountText(pagesOf([1], '/x/')[0])).toBe('1 praktijk');
    expect(practiceCountText(long[1])).toBe('Praktijken 51 tot 100 van 1.033');
    expect(practiceCountText(long[20])).toBe('Praktijken 1.001 tot 1.033 van 1.033');
  });
});
