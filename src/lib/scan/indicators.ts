/**
 * The integration scan's arithmetic, stated once and unit-tested:
 * - Flanders' value is computed from counts (sum of numerators / sum of denominators), never as an
 *   average of percentages; counts are summed; without counts there is no Flemish value.
 * - Counts under the small-number threshold are shown as "< threshold" and feed no percentage.
 * - After the 2025 mergers, values stay on their published layout; a merged municipality gets its
 *   predecessors' counts summed (percentages recomputed from the sums) or, without counts, each
 *   predecessor's series apart.
 * - Similar municipalities: the 10 nearest by population (log scale) and share of inhabitants of
 *   non-EU origin, see COMPARISON_RULE.
 */
import type { ValueRow } from './import.ts';
import { groupBy } from '../shared/group.ts';

export interface Point {
  jaar: number;
  waarde: number;
  teller?: number;
  noemer?: number;
}

export const COMPARISON_RULE =
  'Gelijkaardige gemeenten zijn de 10 Vlaamse gemeenten die het dichtst bij deze gemeente liggen qua inwonertal (op een logaritmische schaal) en qua aandeel inwoners van niet-EU-herkomst in 2025. Afstand = √((verschil in log10 inwoners)² + (verschil in procentpunt niet-EU-herkomst ÷ 10)²). Hun waarde is de mediaan van de 10.';

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Combines points of several areas for one year: ratios from summed counts, counts summed; else undefined. */
export function combine(points: Point[]): Point | undefined {
  if (!points.length) return undefined;
  const jaar = points[0].jaar;
  if (points.every((p) => p.teller !== undefined && p.noemer !== undefined)) {
    const teller = points.reduce((s, p) => s + p.teller!, 0);
    const noemer = points.reduce((s, p) => s + p.noemer!, 0);
    return noemer > 0 ? { jaar, waarde: round((100 * teller) / noemer), teller, noemer } : undefined;
  }
  if (points.every((p) => p.teller !== undefined && p.noemer === undefined)) {
    const teller = points.reduce((s, p) => s + p.teller!, 0);
    return { jaar, waarde: teller, teller };
  }
  return undefined;
}

/** Flanders per year, from all municipalities' counts on one layout; years without counts are absent. */
export function flandersSeries(rows: ValueRow[]): Point[] {
  const byYear = groupBy(rows, (r) => `${r.jaar}|${r.indeling}`);
  const out = new Map<number, Point>();
  for (const [key, points] of [...byYear].sort()) {
    const c = combine(points);
    // A year published on both layouts (Statbel 2025) is the same Flanders; the later layout wins.
    if (c) out.set(Number(key.split('|')[0]), c);
  }
  return [...out.values()].sort((a, b) => a.jaar - b.jaar);
}

export type Display = { text: string; value?: number; suppressed: boolean };

/** A count under the threshold is too small to publish: it is shown as "< threshold" and feeds no percentage or median. */
export function isSuppressed(point: Point, threshold: number): boolean {
  return point.teller !== undefined && point.teller < threshold;
}

/** What to show for a point: the value, or "< threshold" when its count is too small to publish. */
export function display(point: Point | undefined, threshold: number, format: (v: number) => string): Display {
  if (!point) return { text: 'geen gegevens', suppressed: false };
  if (isSuppressed(point, threshold)) {
    return { text: point.noemer === undefined ? `< ${threshold}` : `te weinig (< ${threshold})`, suppressed: true };
  }
  return { text: format(point.waarde), value: point.waarde, suppressed: false };
}

export interface MunicipalitySeries {
  /** One series for the municipality itself (direct or combined from predecessors). */
  own?: Point[];
  /** Without counts, a merged municipality's predecessors are shown apart. */
  predecessors?: { nis: string; points: Point[] }[];
  combined: boolean;
}

/**
 * The series of a 2025 municipality for one indicator. `rows` are all rows of the indicator;
 * `predecessors` the 2019-2024 codes that make up the municipality (itself when not merged).
 */
export function seriesFor(nis: string, predecessors: string[], rowsByArea: Map<string, ValueRow[]>): MunicipalitySeries {
  const current = (rowsByArea.get(`${nis}|2025`) ?? []).map(toPoint);
  const merged = predecessors.length > 1 || (predecessors.length === 1 && predecessors[0] !== nis);
  const old = predecessors.map((p) => ({ nis: p, points: (rowsByArea.get(`${p}|2024`) ?? []).map(toPoint) }));
  if (!merged) return { own: mergeYears(old[0]?.points ?? [], current), combined: false };
  const years = [...new Set(old.flatMap((o) => o.points.map((p) => p.jaar)))].sort((a, b) => a - b);
  const combinedOld: Point[] = [];
  let combinable = true;
  for (const y of years) {
    const pts = old.map((o) => o.points.find((p) => p.jaar === y));
    const c = pts.every(Boolean) ? combine(pts as Point[]) : undefined;
    if (!c) {
      combinable = false;
      break;
    }
    combinedOld.push(c);
  }
  if (combinable) return { own: mergeYears(combinedOld, current), combined: old.length > 0 && years.length > 0 };
  return { own: current.length ? current : undefined, predecessors: old.filter((o) => o.points.length), combined: false };
}

const toPoint = (r: ValueRow): Point => ({ jaar: r.jaar, waarde: r.waarde, ...(r.teller !== undefined ? { teller: r.teller } : {}), ...(r.noemer !== undefined ? { noemer: r.noemer } : {}) });

function mergeYears(older: Point[], newer: Point[]): Point[] {
  const byYear = new Map(older.map((p) => [p.jaar, p]));
  for (const p of newer) byYear.set(p.jaar, p);
  return [...byYear.values()].sort((a, b) => a.jaar - b.jaar);
}

export interface Candidate {
  nis: string;
  bevolking: number;
  nietEu?: number;
}

/** The `n` municipalities nearest to `target` by the rule in COMPARISON_RULE, nearest first, ties by NIS. */
export function comparisonGroup(target: Candidate, all: Candidate[], n = 10): string[] {
  if (target.nietEu === undefined) return [];
  const dist = (c: Candidate) => Math.hypot(Math.log10(c.bevolking) - Math.log10(target.bevolking), (c.nietEu! - target.nietEu!) / 10);
  return all
    .filter((c) => c.nis !== target.nis && c.nietEu !== undefined)
    .map((c) => ({ nis: c.nis, d: dist(c) }))
    .sort((a, b) => a.d - b.d || a.nis.localeCompare(b.nis))
    .slice(0, n)
    .map((c) => c.nis);
}

export type Direction = 'hoger-beter' | 'lager-beter' | 'neutraal';

/**
 * How far a value is on the unfavourable side of a reference, in percentage points; positive is
 * worse. Context indicators (neutraal) are not scores and get undefined.
 */
export function shortfall(value: number, reference: number, direction: Direction): number | undefined {
  if (direction === 'neutraal') return undefined;
  return direction === 'hoger-beter' ? reference - value : value - reference;
}
