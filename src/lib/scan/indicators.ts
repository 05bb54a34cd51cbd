/**
 * The integration scan's arithmetic, stated once and unit-tested:
 * - Flanders' value is computed at import from counts (flanders.ts), never as a mean of percentages.
 * - Values are exact: a share with counts is recomputed from them, so it is rounded once, on display.
 * - Small numbers are hidden (suppression.ts).
 * - After the 2025 mergers, values stay on their published layout; a merged municipality gets its
 *   predecessors' counts summed (percentages recomputed from the sums) or, without counts, each
 *   predecessor's series apart.
 * - Similar municipalities: the 10 nearest by population (log scale) and share of inhabitants of
 *   non-EU origin, see COMPARISON_RULE.
 */
import type { ValueRow } from '../../schemas/indicator.ts';
import { tooSmall } from './suppression.ts';

export interface Point {
  jaar: number;
  waarde: number;
  teller?: number;
  noemer?: number;
}

/** How many similar municipalities a municipality is compared with. */
export const GROUP_SIZE = 10;
/** Percentage points of non-EU origin that weigh as much as a factor 10 in population. */
const ORIGIN_SCALE = 10;

export const COMPARISON_RULE = `Gelijkaardige gemeenten zijn de ${GROUP_SIZE} Vlaamse gemeenten die het dichtst bij deze gemeente liggen qua inwonertal (op een logaritmische schaal) en qua aandeel inwoners van niet-EU-herkomst in 2025. Afstand = √((verschil in log10 inwoners)² + (verschil in procentpunt niet-EU-herkomst ÷ ${ORIGIN_SCALE})²). De vergelijkingswaarde is de mediaan van de gemeenten uit die groep die een (niet verborgen) waarde hebben; waar dat er minder dan ${GROUP_SIZE} zijn, staat erbij over hoeveel. Een gemeente die in 2025 fuseerde, heeft voor de bevraging van 2023 geen eigen waarde (alleen haar vroegere gemeenten) en telt dan niet mee.`;

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Combines points of several areas for one year: ratios from summed counts, counts summed; else undefined. */
export function combine(points: Point[]): Point | undefined {
  if (!points.length) return undefined;
  const jaar = points[0].jaar;
  if (points.every((p) => p.teller !== undefined && p.noemer !== undefined)) {
    const teller = points.reduce((s, p) => s + p.teller!, 0);
    const noemer = points.reduce((s, p) => s + p.noemer!, 0);
    return noemer > 0 ? { jaar, waarde: (100 * teller) / noemer, teller, noemer } : undefined;
  }
  if (points.every((p) => p.teller !== undefined && p.noemer === undefined)) {
    const teller = points.reduce((s, p) => s + p.teller!, 0);
    return { jaar, waarde: teller, teller };
  }
  return undefined;
}

export type Display = { text: string; value?: number; suppressed: boolean };

/** What to show for a point: the value, or that it rests on fewer people than the threshold. */
export function display(
  point: Point | undefined,
  threshold: number,
  format: (v: number) => string,
  hidden = false,
): Display {
  if (!point) return { text: 'geen gegevens', suppressed: false };
  if (hidden || tooSmall(point, threshold)) return { text: `verborgen (< ${threshold})`, suppressed: true };
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
export function seriesFor(
  nis: string,
  predecessors: string[],
  rowsByArea: Map<string, ValueRow[]>,
): MunicipalitySeries {
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
  return {
    own: current.length ? current : undefined,
    predecessors: old.filter((o) => o.points.length),
    combined: false,
  };
}

/** A published row as a point; a share with counts gets its exact value, so it is rounded only once, on display. */
export const toPoint = (r: ValueRow): Point => ({
  jaar: r.jaar,
  waarde: r.teller !== undefined && r.noemer !== undefined ? (100 * r.teller) / r.noemer : r.waarde,
  ...(r.teller !== undefined ? { teller: r.teller } : {}),
  ...(r.noemer !== undefined ? { noemer: r.noemer } : {}),
});

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
export function comparisonGroup(target: Candidate, all: Candidate[], n = GROUP_SIZE): string[] {
  if (target.nietEu === undefined) return [];
  const dist = (c: Candidate) =>
    Math.hypot(Math.log10(c.bevolking) - Math.log10(target.bevolking), (c.nietEu! - target.nietEu!) / ORIGIN_SCALE);
  return all
    .filter((c) => c.nis !== target.nis && c.nietEu !== undefined)
    .map((c) => ({ nis: c.nis, d: dist(c) }))
    .sort((a, b) => a.d - b.d || a.nis.localeCompare(b.nis))
    .slice(0, n)
    .map((c) => c.nis);
}
