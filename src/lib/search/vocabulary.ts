/**
 * The search vocabulary: the kinds of page in the index and the filter keys pages emit, each with
 * its Dutch label. Pages, the search page, its script and the content registry all read these, so
 * a type label or filter key exists once. Plain constants without zod: the search script imports them.
 */

/** What a search result is, with the label the index stores (and shows on each result). */
export const SEARCH_TYPE_LABELS = {
  praktijk: 'Goede praktijk',
  actie: 'Actie',
  gemeente: 'Gemeente',
  indicator: 'Indicator',
  pagina: 'Pagina',
} as const;
export type SearchType = keyof typeof SEARCH_TYPE_LABELS;

/** Every filter key a page may emit to Pagefind, with the label the search page shows. */
export const FILTER_LABELS = {
  type: 'Soort',
  thema: 'Thema',
  provincie: 'Provincie',
  gemeente: 'Gemeente',
  status: 'Status',
  bewijsniveau: 'Bewijsniveau',
  niveau: 'Niveau',
  plan: 'Plan',
  plandoel: 'Doel van het Plan Samenleven',
  actie: 'Actie van het Plan Samenleven',
} as const;
export type SearchFilter = keyof typeof FILTER_LABELS;
export const SEARCH_FILTERS = Object.keys(FILTER_LABELS) as SearchFilter[];

/** The filters a page emits: only keys of the vocabulary, each one value or several. */
export type SearchFilters = Partial<Record<Exclude<SearchFilter, 'type'>, string | string[] | undefined>>;

/** The plan a bare "actie 5" refers to: its actions carry the "actie" filter. */
export const DEFAULT_PLAN = 'plan-samenleven';

/** The "actie" filter value of an action of the default plan, shared by the action page and its practices. */
export const actionFilterValue = (nummer: number) => `Actie ${nummer}`;

/** The action number asked for in a query such as "actie 5" or "Actie 12", or undefined. */
export function actionNumberOf(query: string): number | undefined {
  const m = /^\s*actie\s*(\d{1,2})\s*$/i.exec(query);
  return m ? Number(m[1]) : undefined;
}
