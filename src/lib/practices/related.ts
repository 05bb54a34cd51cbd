/**
 * Related practices: which other practices to suggest on a practice page.
 *
 * Rule (deterministic):
 * - a candidate must share at least one theme with the practice, and is never the practice itself;
 * - score = 10 per shared theme + 3 if they share a province + 2 if they share a municipality size
 *   class (see src/lib/practices/facets.ts), so themes weigh most and "similar municipality" breaks ties
 *   between equally close themes;
 * - equal scores: the more recently published first, then by id.
 * Candidates are gathered through bucketed indexes (see relatedIndex), so the whole computation is
 * linear in the number of practices.
 */

export interface RelatedInput {
  id: string;
  themes: readonly string[];
  provinces: readonly string[];
  sizeClasses: readonly string[];
  /** ISO date used to prefer recent practices on ties (publication date). */
  date: string;
}

export interface RelatedMatch {
  id: string;
  score: number;
  sharedThemes: string[];
  sameProvince: boolean;
  sameSizeClass: boolean;
}

export const WEIGHTS = { theme: 10, province: 3, sizeClass: 2 } as const;

const intersect = (a: readonly string[], b: readonly string[]) => [...new Set(a)].filter((x) => b.includes(x));

export function scorePair(a: RelatedInput, b: RelatedInput): RelatedMatch | undefined {
  if (a.id === b.id) return undefined;
  const sharedThemes = intersect(a.themes, b.themes);
  if (sharedThemes.length === 0) return undefined;
  const sameProvince = intersect(a.provinces, b.provinces).length > 0;
  const sameSizeClass = intersect(a.sizeClasses, b.sizeClasses).length > 0;
  const score =
    sharedThemes.length * WEIGHTS.theme +
    (sameProvince ? WEIGHTS.province : 0) +
    (sameSizeClass ? WEIGHTS.sizeClass : 0);
  return { id: b.id, score, sharedThemes, sameProvince, sameSizeClass };
}

function compare(byId: Map<string, RelatedInput>) {
  return (x: RelatedMatch, y: RelatedMatch) => {
    if (y.score !== x.score) return y.score - x.score;
    const dx = byId.get(x.id)!.date;
    const dy = byId.get(y.id)!.date;
    if (dx !== dy) return dx < dy ? 1 : -1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
}

/** Non-empty subsets of a small set, as sorted keys; capped at MAX_SUBSET_THEMES themes. */
export const MAX_SUBSET_THEMES = 5;
function subsets(values: readonly string[]): string[][] {
  const sorted = [...new Set(values)].sort().slice(0, MAX_SUBSET_THEMES);
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) out.push(sorted.filter((_, i) => mask & (1 << i)));
  return out;
}

/**
 * Related practices of every item, at most `limit` each, in time linear in the number of items.
 *
 * Every item is filed in buckets keyed by a subset S of its themes, optionally narrowed to one of its
 * provinces and/or size classes; each bucket is sorted by the tie-break order (newer first, then id).
 * For a practice, the best candidate c with exactly the shared themes S* and bonuses b sits in the
 * bucket (S*, b) of the practice's own province/size class, and everything ahead of c in that bucket
 * scores at least as high and wins the tie-break. So the first limit+1 entries of every such bucket
 * (the +1 for the practice itself) contain the true top `limit`: a bounded number of candidates per
 * practice, scored exactly with scorePair. (Exact for practices with at most MAX_SUBSET_THEMES themes.)
 */
export function relatedIndex(items: readonly RelatedInput[], limit = 3): Map<string, RelatedMatch[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order = compare(byId);
  const tieOrder = (a: RelatedInput, b: RelatedInput) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const keysOf = (themes: string[], provinces: readonly string[], sizes: readonly string[]) => {
    const t = themes.join('\u0001');
    return [
      t,
      ...provinces.map((p) => `${t}\u0002p:${p}`),
      ...sizes.map((z) => `${t}\u0002z:${z}`),
      ...provinces.flatMap((p) => sizes.map((z) => `${t}\u0002p:${p}\u0002z:${z}`)),
    ];
  };
  const buckets = new Map<string, RelatedInput[]>();
  for (const item of items) {
    const provinces = [...new Set(item.provinces)];
    const sizes = [...new Set(item.sizeClasses)];
    for (const subset of subsets(item.themes))
      for (const key of keysOf(subset, provinces, sizes))
        (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(item);
  }
  for (const list of buckets.values()) list.sort(tieOrder);

  const result = new Map<string, RelatedMatch[]>();
  for (const item of items) {
    const seen = new Set<string>();
    const matches: RelatedMatch[] = [];
    const provinces = [...new Set(item.provinces)];
    const sizes = [...new Set(item.sizeClasses)];
    for (const subset of subsets(item.themes)) {
      for (const key of keysOf(subset, provinces, sizes)) {
        for (const candidate of (buckets.get(key) ?? []).slice(0, limit + 1)) {
          if (seen.has(candidate.id)) continue;
          seen.add(candidate.id);
          const match = scorePair(item, candidate);
          if (match) matches.push(match);
        }
      }
    }
    result.set(item.id, matches.sort(order).slice(0, limit));
  }
  return result;
}

/** The same ranking by comparing every pair: quadratic, kept as the reference for tests. */
export function relatedIndexBruteForce(items: readonly RelatedInput[], limit = 3): Map<string, RelatedMatch[]> {
  const order = compare(new Map(items.map((i) => [i.id, i])));
  return new Map(
    items.map((item) => [
      item.id,
      items
        .map((c) => scorePair(item, c))
        .filter((m): m is RelatedMatch => Boolean(m))
        .sort(order)
        .slice(0, limit),
    ]),
  );
}
