/**
 * Faceted filtering of practices, shared by the build (counts for the no-JS page) and the browser
 * (the filter script on /praktijken/). Pure functions over plain data; no DOM, no Astro.
 *
 * Semantics: values within one facet are OR-ed, facets are AND-ed. The count shown next to an
 * option is the number of items that would match if that option were added to the current
 * selection of its own facet (the usual "disjunctive" counting): other facets filter, its own facet
 * does not.
 */

export type Selection = Record<string, string[]>;

/** One filterable item: an id and, per facet key, the values it carries. */
export interface FacetItem {
  id: string;
  values: Record<string, readonly string[]>;
}

/**
 * Size classes of a municipality by population (1 January of the reference year). Rule: a
 * municipality belongs to the class whose lower bound it reaches and whose upper bound it stays
 * below; lower bounds are inclusive, upper bounds exclusive. So 10,000 inhabitants is "10.000 tot
 * 25.000", 9,999 is "minder dan 10.000", 100,000 is "100.000 of meer".
 */
export const SIZE_CLASSES = [
  { id: 'tot-10000', label: 'Minder dan 10.000 inwoners', min: 0, max: 10_000 },
  { id: '10000-25000', label: '10.000 tot 25.000 inwoners', min: 10_000, max: 25_000 },
  { id: '25000-50000', label: '25.000 tot 50.000 inwoners', min: 25_000, max: 50_000 },
  { id: '50000-100000', label: '50.000 tot 100.000 inwoners', min: 50_000, max: 100_000 },
  { id: 'vanaf-100000', label: '100.000 inwoners of meer', min: 100_000, max: Infinity },
] as const;
export type SizeClassId = (typeof SIZE_CLASSES)[number]['id'];

export function sizeClass(population: number): SizeClassId {
  if (!Number.isFinite(population) || population < 0) throw new RangeError(`Ongeldig bevolkingsaantal: ${population}`);
  return SIZE_CLASSES.find((c) => population >= c.min && population < c.max)!.id;
}

export function sizeClassLabel(id: string): string | undefined {
  return SIZE_CLASSES.find((c) => c.id === id)?.label;
}

/** Whether an item satisfies every facet of the selection (OR within a facet, AND across facets). */
export function matches(item: FacetItem, selection: Selection, ignoreKey?: string): boolean {
  for (const [key, wanted] of Object.entries(selection)) {
    if (key === ignoreKey || wanted.length === 0) continue;
    const have = item.values[key] ?? [];
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

export function filterItems<T extends FacetItem>(items: readonly T[], selection: Selection): T[] {
  return items.filter((item) => matches(item, selection));
}

/**
 * Counts per facet key and value, disjunctively (see above). Returns only values that occur in
 * `items`; one pass over the items per facet key.
 */
export function countFacets(
  items: readonly FacetItem[],
  selection: Selection,
  keys: readonly string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    const perValue: Record<string, number> = {};
    for (const item of items) {
      if (!matches(item, selection, key)) continue;
      for (const value of new Set(item.values[key] ?? [])) perValue[value] = (perValue[value] ?? 0) + 1;
    }
    counts[key] = perValue;
  }
  return counts;
}

/**
 * Reads a selection from a URL query ("?thema=taal&thema=werk&provincie=oost-vlaanderen"). Only
 * known keys and, when given, known values are kept, so a hand-edited URL cannot inject anything.
 */
export function parseSelection(query: string, allowed: Record<string, readonly string[] | undefined>): Selection {
  const params = new URLSearchParams(query);
  const selection: Selection = {};
  for (const [key, values] of Object.entries(allowed)) {
    const picked = [
      ...new Set(
        params
          .getAll(key)
          .flatMap((v) => v.split(','))
          .filter(Boolean),
      ),
    ].filter((v) => !values || values.includes(v));
    if (picked.length) selection[key] = picked;
  }
  return selection;
}

/** Writes a selection as a query string in a stable order (keys as given, values sorted), "" when empty. */
export function selectionToQuery(selection: Selection, keyOrder: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keyOrder) for (const value of [...(selection[key] ?? [])].sort()) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
