/**
 * Small numbers. A value is hidden wherever it rests on fewer people than the indicator's
 * threshold: its own count or denominator is under it, or the count it is based on (`basis`, for a
 * rate published without its count) is under it or not published, or (for a share published
 * without any count, `minimumInwoners`) the municipality is too small for it to rest on enough people. Indicators that split one
 * denominator (`partities`, e.g. Belgian + foreign origin = all inhabitants) would let a reader
 * recover a hidden part by subtraction, so wherever one part is hidden the smallest other part
 * is hidden too, until no partition has exactly one hidden part.
 */
import type { Point } from './indicators.ts';

export interface SuppressionRule {
  drempel: number;
  basis?: string;
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
