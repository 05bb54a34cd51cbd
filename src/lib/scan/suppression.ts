/**
 * Small numbers. A value is hidden wherever it rests on fewer people than the indicator's
 * threshold: its own count or denominator is under it, or the count it is based on (`basis`, for a
 * rate published without its count) is under it or not published, or (for a share published
 * without any count, `minimumInwoners`) the municipality is too small for it to rest on enough people.
 *
 * A subgroup's rate or share published without its own count (`eigenAantal`: 18-24 year olds among
 * all jobseekers, Maghrebi youth among all 0-24 year olds) is shown only when the smallest number of
 * people that agrees with the published figures, rounding included, reaches the threshold; a large
 * total says nothing about a small group inside it. Where that number cannot be bounded, the value
 * stays hidden.
 *
 * Indicators that split one denominator (`partities`, e.g. Belgian + foreign origin = all
 * inhabitants) would let a reader recover a hidden part by subtraction, so wherever one part is
 * hidden the smallest other part is hidden too, until no partition has exactly one hidden part.
 * (Rates of groups of different size, such as the jobseeker rates of men and women, are not such a
 * partition: without the size of each group no rate can be recomputed from the others.)
 */
import type { Point } from './indicators.ts';

/**
 * How to bound from below the number of people behind a subgroup's share or rate (in %) when the
 * publisher gives no count for it. `afronding` is the unit the value is published in (0,1 for one
 * decimal): the true value can be half of it lower.
 * - `deel-van-aantal`: a share of a population that contains the people counted by `aantal` (e.g.
 *   Maghrebi youth as % of all 0-24 year olds, who are at least the 0-24 year olds of non-Belgian
 *   origin): count ≥ share × that count.
 * - `graad-in-verdeling`: one of the rates `groepen` of groups that together make up the population
 *   of the rate `totaal`, whose count `aantal` is published (jobseeker rates by sex or by age): the
 *   smallest count any split of that population over the groups allows.
 * - `noemer-van`: the value's count is the denominator of `aantal` (all jobseekers on 31 December,
 *   the denominator of the origin shares).
 */
export interface OwnCountBound {
  soort: 'deel-van-aantal' | 'graad-in-verdeling' | 'noemer-van';
  aantal: string;
  totaal?: string;
  groepen: string[];
  afronding: number;
}

export interface SuppressionRule {
  drempel: number;
  basis?: string;
  eigenAantal?: OwnCountBound;
  /** For a share published without counts: hidden in municipalities with fewer inhabitants. */
  minimumInwoners?: number;
  partities: string[];
}

/** The primary rule for one point, on its own counts only. */
export function tooSmall(point: Point, threshold: number): boolean {
  return (
    (point.teller !== undefined && point.teller < threshold) || (point.noemer !== undefined && point.noemer < threshold)
  );
}

/** Every combination of each value moved down or up by `half` (the corners of the rounding box). */
function corners(values: number[], half: number): number[][] {
  return values.reduce<number[][]>(
    (acc, v) =>
      acc.flatMap((c) => [
        [...c, v - half],
        [...c, v + half],
      ]),
    [[]],
  );
}

/**
 * The smallest count of group `k` among groups with rates `rates` (%) that together make up a
 * population with rate `total` (%) and `count` people counted. The groups' sizes are unknown: any
 * sizes ≥ 0 adding up to count ÷ total and giving `count` in all are possible; the least count of
 * group k lies on a split over two groups. Taken over every rounding of the published rates.
 */
export function smallestCountInSplit(
  k: number,
  rates: number[],
  total: number,
  count: number,
  rounding: number,
): number {
  let least = Infinity;
  for (const [t, ...r] of corners([total, ...rates], rounding / 2)) {
    if (t <= 0) return 0;
    const size = count / (t / 100);
    for (let i = 0; i < r.length; i++)
      for (let j = i + 1; j < r.length; j++) {
        if (r[i] === r[j]) continue;
        // size_i + size_j = size and (r_i size_i + r_j size_j) / 100 = count
        const si = (count - (r[j] / 100) * size) / ((r[i] - r[j]) / 100);
        const sj = size - si;
        if (si < -1e-9 || sj < -1e-9) continue;
        const own = k === i ? si : k === j ? sj : 0;
        least = Math.min(least, (r[k] / 100) * Math.max(0, own));
      }
  }
  return least === Infinity ? 0 : Math.max(0, least);
}

/** The least number of people behind `point` the published figures allow, or undefined when they cannot tell. */
export function smallestOwnCount(
  id: string,
  point: Point,
  bound: OwnCountBound,
  cells: Map<string, Point>,
): number | undefined {
  if (bound.soort === 'noemer-van') return cells.get(bound.aantal)?.noemer;
  const count = cells.get(bound.aantal)?.teller;
  if (count === undefined) return undefined;
  const low = Math.max(0, point.waarde - bound.afronding / 2);
  if (bound.soort === 'deel-van-aantal') return (low / 100) * count;
  const total = bound.totaal === undefined ? undefined : cells.get(bound.totaal)?.waarde;
  const rates = bound.groepen.map((g) => cells.get(g)?.waarde);
  const k = bound.groepen.indexOf(id);
  if (total === undefined || k < 0 || rates.some((r) => r === undefined)) return undefined;
  return smallestCountInSplit(k, rates as number[], total, count, bound.afronding);
}

/**
 * The indicators hidden for one area and year. `cells` holds the points of that area and year by
 * indicator id; `rules` every indicator's rule. Indicators without a cell are not published and
 * count as hidden when another indicator rests on them.
 */
export function hiddenCells(
  cells: Map<string, Point>,
  rules: Map<string, SuppressionRule>,
  inhabitants = Infinity,
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, point] of cells) {
    const rule = rules.get(id);
    if (!rule) continue;
    const basis = rule.basis === undefined ? undefined : cells.get(rule.basis);
    const basisRule = rule.basis === undefined ? undefined : rules.get(rule.basis);
    if (tooSmall(point, rule.drempel) || inhabitants < (rule.minimumInwoners ?? 0)) hidden.add(id);
    else if (rule.basis !== undefined && (!basis || tooSmall(basis, basisRule?.drempel ?? rule.drempel)))
      hidden.add(id);
    else if (rule.eigenAantal && !((smallestOwnCount(id, point, rule.eigenAantal, cells) ?? -1) >= rule.drempel))
      hidden.add(id);
  }
  const partitions = new Map<string, string[]>();
  for (const id of cells.keys())
    for (const p of rules.get(id)?.partities ?? []) partitions.set(p, [...(partitions.get(p) ?? []), id]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const members of partitions.values()) {
      const shown = members.filter((id) => !hidden.has(id));
      if (members.length - shown.length !== 1 || shown.length === 0) continue;
      const smallest = shown.reduce((a, b) =>
        (cells.get(b)!.teller ?? cells.get(b)!.waarde) < (cells.get(a)!.teller ?? cells.get(a)!.waarde) ? b : a,
      );
      hidden.add(smallest);
      changed = true;
    }
  }
  return hidden;
}
