/**
 * The search page's state, kept in the URL (?q=…&type=…&provincie=…&thema=…&sort=…) so a search
 * can be shared and reloaded. Pure, so it is unit-tested and shared by the page and its script.
 */
import { SEARCH_FILTERS, SEARCH_TYPE_LABELS, type SearchFilter } from './vocabulary.ts';

export { SEARCH_FILTERS, FILTER_LABELS, type SearchFilter } from './vocabulary.ts';

/** The search page's sort orders, relevance first (its default). */
/**
 * Results shown per step (first search and each "Meer resultaten"). Each shown result loads its
 * fragment, which holds the page's whole indexed text: five keep a first search within its 100 kB
 * budget at twice the content of the first release (eight went over it).
 */
export const RESULTS_PER_PAGE = 5;

export const SORT_OPTIONS = [
  { value: 'relevantie', label: 'Meest relevant' },
  { value: 'datum', label: 'Nieuwste eerst' },
] as const;

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: 'relevantie' | 'datum';
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value.slice(0, 200);
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: params.get('sort') === 'datum' ? 'datum' : 'relevantie',
  };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTERS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort === 'datum') params.set('sort', 'datum');
  return params.toString();
}

/** Pagefind's search options for a state: filters as exact values, date sort newest first. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  return {
    filters: Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>,
    ...(state.sort === 'datum' ? { sort: { datum: 'desc' as const } } : {}),
  };
}

/**
 * Decodes the character references in a Pagefind excerpt. Pagefind writes excerpts as text it has
 * escaped itself (&amp; &lt; &gt; &quot; &#39;), so this small decoder covers what it produces; it
 * runs in the visitor's browser, where a full HTML parser would weigh more than the search itself.
 */
export function decodeExcerptEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (whole, ref: string) => {
    const r = ref.toLowerCase();
    const code = r.startsWith('#x') ? parseInt(r.slice(2), 16) : r.startsWith('#') ? Number(r.slice(1)) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }[r]!;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with <mark> around matches) into plain-text pieces,
 * so the script can render highlights with text nodes instead of parsing HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last)
      parts.push({ text: decodeExcerptEntities(excerpt.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
    parts.push({ text: decodeExcerptEntities(m[1].replace(/<[^>]*>/g, '')), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length)
    parts.push({ text: decodeExcerptEntities(excerpt.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return parts.filter((p) => p.text);
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A municipality's own page ranks first for its name: when the query is exactly the name of a
 * municipality in the results, that page moves to the top; the rest keep Pagefind's order.
 */
export function municipalityFirst<T extends { meta: Record<string, string | undefined> }>(
  query: string,
  results: T[],
): T[] {
  const q = normalise(query);
  if (!q) return results;
  const index = results.findIndex(
    (r) =>
      r.meta.type === SEARCH_TYPE_LABELS.gemeente &&
      [r.meta.gemeente, ...(r.meta.vroeger ?? '').split(',')].some((n) => n && normalise(n) === q),
  );
  return index <= 0 ? results : [results[index], ...results.slice(0, index), ...results.slice(index + 1)];
}

/**
 * The extra search a query may need so that a municipality's own page can rank first although only the
 * first results are loaded: a query without digits and without a type filter may name a place, so the best
 * "Gemeente" result is looked up too (one small fragment). Undefined when no such search is needed.
 */
export function placeSearchOptions(
  query: string,
  options: ReturnType<typeof pagefindOptions>,
): ReturnType<typeof pagefindOptions> | undefined {
  if (!normalise(query) || /\d/.test(query) || options.filters.type) return undefined;
  return { ...options, filters: { ...options.filters, type: SEARCH_TYPE_LABELS.gemeente } };
}

/** Results in order, each page once (the same page can come from two searches). */
export function uniqueByUrl<T extends { url: string }>(results: T[]): T[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.url) && Boolean(seen.add(r.url)));
}

/**
 * A result link that highlights the first matched words on arrival, with a text fragment
 * (#:~:text=…) the browser handles itself: no script on the target page.
 */
export function highlightUrl(url: string, excerpt: string): string {
  const first = excerptParts(excerpt)
    .find((p) => p.mark)
    ?.text.trim();
  if (!first || url.includes('#')) return url;
  return `${url}#:~:text=${encodeURIComponent(first).replace(/-/g, '%2D')}`;
}

/**
 * For a query such as "actie 5": the action page first, then the practices that carry it out (both
 * found through the "actie" filter), then the other results, without duplicates.
 */
export function actionFirst<T extends { url: string; meta: Record<string, string | undefined> }>(
  carried: T[],
  rest: T[],
): T[] {
  const action = carried.filter((r) => r.meta.type === SEARCH_TYPE_LABELS.actie);
  const practices = carried.filter((r) => r.meta.type !== SEARCH_TYPE_LABELS.actie);
  return uniqueByUrl([...action, ...practices, ...rest]);
}

/**
 * A page whose title is (or opens with) the query ranks first: "wijkverbeteringscontracten" opens with the action of
 * that name (its title read without the "Actie 3:" prefix), even when practices use the word more often.
 */
export function titleFirst<T extends { meta: Record<string, string | undefined> }>(query: string, results: T[]): T[] {
  const q = normalise(query);
  if (!q) return results;
  const title = (r: T) => (r.meta.title ? normalise(r.meta.title.replace(/^actie \d+:\s*/i, '')) : '');
  // An exact title wins; else a title that opens with the query as whole words ("Wijkverbeteringscontracten afsluiten").
  const exact = results.findIndex((r) => title(r) === q);
  const index = exact >= 0 ? exact : results.findIndex((r) => title(r).startsWith(`${q} `));
  return index <= 0 ? results : [results[index], ...results.slice(0, index), ...results.slice(index + 1)];
}
