/**
 * Related practices: which other practices to suggest on a practice page.
 *
 * Rule (deterministic):
 * - a candidate must share at least one theme with the practice, and is never the practice itself;
 * - score = 10 per shared theme + 3 if they share a province + 2 if they share a municipality size
 *   class (see src/lib/facets.ts), so themes weigh most and "similar municipality" breaks ties
 *   between equally close themes;
 * - equal scores: the more recently published first, then by id.
 * Candidates are gathered through a theme index, so the work per practice is bounded by the size of
 * its themes, not by the whole collection.
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
  const score = sharedThemes.length * WEIGHTS.theme + (sameProvince ? WEIGHTS.province : 0) + (sameSizeClass ? WEIGHTS.sizeClass : 0);
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

/** Related practices of every item, at most `limit` each, computed once for the whole set. */
export function relatedIndex(items: readonly RelatedInput[], limit = 3): Map<string, RelatedMatch[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const byTheme = new Map<string, RelatedInput[]>();
  for (const item of items) for (const theme of new Set(item.themes)) (byTheme.get(theme) ?? byTheme.set(theme, []).get(theme)!).push(item);
  const order = compare(byId);
  const result = new Map<string, RelatedMatch[]>();
  for (const item of items) {
    const seen = new Set<string>();
    const matches: RelatedMatch[] = [];
    for (const theme of new Set(item.themes)) {
      for (const candidate of byTheme.get(theme) ?? []) {
        if (seen.has(candidate.id)) continue;
        seen.add(candidate.id);
        const match = scorePair(item, candidate);
        if (match) matches.push(match);
      }
    }
    result.set(item.id, matches.sort(order).slice(0, limit));
  }
  return result;
}
