/**
 * The rows of a municipality's report: for each indicator its latest shown value next to Flanders
 * and the median of similar municipalities, with a verdict in words only where the difference
 * counts (spots.ts). Pure: the page passes in what the data layer computed.
 */
import type { Point } from './indicators.ts';
import { compare, groupMedian, spots, type Direction, type Scored, type Verdict } from './spots.ts';

export interface ReportIndicator {
  id: string;
  naam: string;
  eenheid: string;
  richting: Direction;
  integratie: boolean;
  survey: boolean;
  themas: string[];
}

/** Why Flanders has no value: the publisher gives no counts, or not for every municipality that year. */
export type FlandersGap = 'geen-aantallen' | 'onvolledig';

export const FLANDERS_GAP_TEXT: Record<FlandersGap, string> = {
  'geen-aantallen': 'Vlaamse waarde niet beschikbaar in de gepubliceerde gemeentecijfers',
  onvolledig:
    'Vlaamse waarde niet te berekenen: de uitgever verbergt dat jaar de kleine aantallen van enkele gemeenten',
};

export interface ReportInput {
  indicator: ReportIndicator;
  /** The latest point of the municipality's own series, shown or hidden. */
  latest?: Point;
  hidden: boolean;
  flanders?: number;
  hasCounts: boolean;
  /** Shown values of the comparison group in the same year (undefined: no value or hidden). */
  group: (number | undefined)[];
  /** The gap that counts this year (spots.ts), undefined with too few municipalities. */
  threshold?: number;
}

export interface ReportRow extends ReportInput {
  value?: number;
  flandersGap?: FlandersGap;
  groupMedian?: number;
  groupCount: number;
  groupSize: number;
  vsFlanders?: Verdict;
  vsGroup?: Verdict;
  /** A score: has a direction and is about integration. */
  isScore: boolean;
}

/** A plain count (not a share or rate) depends on a municipality's size: it is never compared. */
export const isCount = (unit: string) => unit !== '%' && !unit.startsWith('per ');

export function reportRow(input: ReportInput): ReportRow {
  const { indicator, latest, hidden, flanders, threshold } = input;
  const comparable = !isCount(indicator.eenheid);
  const value = latest && !hidden ? latest.waarde : undefined;
  const g = groupMedian(input.group);
  const verdict = (reference: number | undefined) =>
    !comparable || value === undefined || reference === undefined || threshold === undefined
      ? undefined
      : compare(value, reference, threshold, indicator.richting);
  return {
    ...input,
    value,
    flandersGap: flanders !== undefined ? undefined : input.hasCounts ? 'onvolledig' : 'geen-aantallen',
    groupMedian: g.value,
    groupCount: g.count,
    groupSize: g.of,
    vsFlanders: verdict(flanders),
    vsGroup: verdict(g.value),
    isScore: indicator.richting !== 'neutraal' && indicator.integratie,
  };
}

/** Strengths and weak spots against similar municipalities: scores only, meaningful gaps only. */
export function strengthsAndWeakSpots(rows: ReportRow[], n = 5) {
  const scored: Scored<ReportRow>[] = rows
    .filter((r) => r.isScore && r.vsGroup && r.value !== undefined && r.groupMedian !== undefined)
    .map((r) => ({ item: r, gap: r.value! - r.groupMedian!, threshold: r.threshold!, verdict: r.vsGroup! }));
  return spots(scored, n);
}

export interface Notable {
  row: ReportRow;
  reference: 'vlaanderen' | 'groep';
  gap: number;
}

/**
 * "Opvallend": the largest meaningful differences of scores with similar municipalities and with
 * Flanders (relative to the threshold), and at most one line on composition (the context
 * indicator that differs most from Flanders).
 */
export function notable(rows: ReportRow[], n = 4): { scores: Notable[]; composition?: Notable } {
  const size = (x: Notable) => Math.abs(x.gap) / (x.row.threshold || 1);
  const candidates: Notable[] = rows.flatMap((row) => {
    if (!row.isScore || row.value === undefined) return [];
    const out: Notable[] = [];
    if (row.vsGroup && row.vsGroup !== 'gelijk')
      out.push({ row, reference: 'groep', gap: row.value - row.groupMedian! });
    if (row.vsFlanders && row.vsFlanders !== 'gelijk')
      out.push({ row, reference: 'vlaanderen', gap: row.value - row.flanders! });
    return out;
  });
  const seen = new Set<string>();
  const scores = candidates
    .sort((a, b) => size(b) - size(a))
    .filter((x) => !seen.has(x.row.indicator.id) && seen.add(x.row.indicator.id))
    .slice(0, n);
  const composition = rows
    .filter(
      (r) =>
        r.indicator.richting === 'neutraal' && r.indicator.eenheid === '%' && r.vsFlanders && r.vsFlanders !== 'gelijk',
    )
    .map((row): Notable => ({ row, reference: 'vlaanderen', gap: row.value! - row.flanders! }))
    .sort((a, b) => size(b) - size(a))[0];
  return { scores, composition };
}

export interface PracticeLike {
  id: string;
  date: string;
  themas: string[];
  gemeenten: string[];
}

/** Practices on the themes of the weak spots, those from the municipality or its group first, newest next. */
export function inspiration<P extends PracticeLike>(
  weakThemes: string[],
  practices: P[],
  nearby: Set<string>,
  n = 6,
): { practice: P; near: boolean }[] {
  const themes = new Set(weakThemes);
  return practices
    .filter((p) => p.themas.some((t) => themes.has(t)))
    .map((practice) => ({ practice, near: practice.gemeenten.some((g) => nearby.has(g)) }))
    .sort((a, b) => Number(b.near) - Number(a.near) || b.practice.date.localeCompare(a.practice.date))
    .slice(0, n);
}

/** "Beveren, Kruibeke en Zwijndrecht": a Dutch enumeration. */
export function enumerate(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}
