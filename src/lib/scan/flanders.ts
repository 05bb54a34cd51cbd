/**
 * Flanders' value of an indicator, from counts: the sum of every Flemish municipality's numerator
 * over the sum of their denominators (or the sum of counts), never a mean of percentages. The sum
 * runs over the layout of that year, so 2014-2018 include the municipalities that merged in 2019.
 * A year where a municipality lacks its count gets no Flemish value: a partial sum would be wrong.
 */
import type { FlandersRow } from '../../schemas/indicator.ts';
import { groupBy } from '../shared/group.ts';

export interface CountEntry {
  nis: string;
  jaar: number;
  teller: number;
  /** Absent for plain counts; 0 only where the publisher gives 0 of 0. */
  noemer?: number;
}

/** Flanders per year; `expected` gives the number of municipalities a complete year must have. */
export function flandersTotals(entries: CountEntry[], expected?: (year: number) => number): FlandersRow[] {
  const out: FlandersRow[] = [];
  for (const [key, list] of groupBy(entries, (e) => String(e.jaar))) {
    const jaar = Number(key);
    const gemeenten = new Set(list.map((e) => e.nis)).size;
    if (gemeenten !== list.length) throw new Error(`Vlaanderen ${jaar}: een gemeente komt twee keer voor`);
    if (expected && gemeenten !== expected(jaar)) continue;
    const teller = list.reduce((s, e) => s + e.teller, 0);
    if (list.every((e) => e.noemer !== undefined)) {
      const noemer = list.reduce((s, e) => s + e.noemer!, 0);
      if (noemer > 0) out.push({ jaar, waarde: (100 * teller) / noemer, teller, noemer, gemeenten });
    } else if (list.every((e) => e.noemer === undefined)) {
      out.push({ jaar, waarde: teller, teller, gemeenten });
    }
  }
  return out.sort((a, b) => a.jaar - b.jaar);
}
