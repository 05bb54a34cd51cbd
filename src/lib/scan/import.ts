/**
 * Turns the published indicator files (Statbel, provincies.incijfers.be, Gemeente-Stadsmonitor)
 * into normalised values: one row per indicator, municipality, layout and year. Every row is
 * checked: unknown NIS codes, unknown indicators, duplicates, non-numeric values, percentages
 * outside 0-100 and impossible years are errors with file and line. Areas the site does not
 * cover (Brussels, Wallonia, "unknown location" pseudo-areas, pre-2019 Flemish codes) are skipped
 * explicitly and counted.
 */
import { parseCsv } from '../shared/csv.ts';
import { NIS_PATTERN } from '../../schemas/patterns.ts';
import type { FlandersRow, Layout, ValueRow } from '../../schemas/indicator.ts';
import { flandersTotals, type CountEntry } from './flanders.ts';

export type { Layout, ValueRow, FlandersRow } from '../../schemas/indicator.ts';

export type SourceSpec =
  | {
      kind: 'statbel';
      file: string;
      teller: string | { total: string; minus: string };
      noemer: string;
      years: [number, number];
    }
  | {
      kind: 'pinc';
      file: string;
      label: string;
      unit: 'aantal' | 'percentage' | 'fractie' | 'per1000';
      years: [number, number];
    }
  | { kind: 'pinc-ratio'; file: string; teller: string; noemer: string; years: [number, number] }
  | { kind: 'survey'; file: string; column: string; year: number };

export interface Municipalities {
  /** Codes of the 2025 layout. */
  current: Set<string>;
  /** Codes of the 2019-2024 layout. */
  previous: Set<string>;
}

export interface ImportResult {
  rows: ValueRow[];
  /** Flanders per year, from the counts of every municipality of that year's layout (see flanders.ts). */
  vlaanderen: FlandersRow[];
  skipped: Record<string, number>;
}

export class ImportError extends Error {
  errors: string[];
  constructor(errors: string[]) {
    super(`${errors.length} fout${errors.length === 1 ? '' : 'en'} in de brondata:\n${errors.slice(0, 50).join('\n')}`);
    this.name = 'ImportError';
    this.errors = errors;
  }
}

const PSEUDO_AREAS = new Set(['99991', '99992', '99993', '99999']);
/** Markers publishers use for "not available" or "suppressed": not a value, not an error. */
export const MISSING_MARKERS = new Set(['', '-', '?', 'x', 'nvt', 'NA']);

/** Why a code outside the site's layouts may be skipped, or undefined when it is simply unknown. */
export function skipReason(nis: string, region?: string, year?: number): string | undefined {
  if (PSEUDO_AREAS.has(nis)) return 'onbekende woonplaats (pseudo-gebied)';
  if (nis.startsWith('21')) return 'Brussels Hoofdstedelijk Gewest';
  if (region && region !== 'Vlaams Gewest') return region;
  // Only before the 2019 mergers can a Flemish code be missing from the 2019-2024 list.
  if (region === 'Vlaams Gewest' && year !== undefined && year < 2019)
    return 'Vlaamse gemeente van vóór de fusies van 2019';
  return undefined;
}

function num(raw: string | undefined, where: string, errors: string[]): number | undefined {
  const v = (raw ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) {
    errors.push(`${where}: "${raw}" is geen getal`);
    return undefined;
  }
  return Number(v);
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * How many municipalities a year's layout has, where the source covers every year on one layout
 * (provincies.incijfers.be: the 285 of 2025). Statbel files carry the layout of each year, so
 * every Flemish row of that year counts (308 before 2019, 300 to 2024, 285 from 2025).
 */
function expectedMunicipalities(
  spec: SourceSpec,
  municipalities: Municipalities,
): ((year: number) => number) | undefined {
  return spec.kind === 'pinc' || spec.kind === 'pinc-ratio' ? () => municipalities.current.size : undefined;
}

/** Extracts the rows of one indicator from the text of its source file. */
export function extract(
  code: string,
  spec: SourceSpec,
  text: string,
  municipalities: Municipalities,
): ImportResult & { errors: string[] } {
  const errors: string[] = [];
  const rows: ValueRow[] = [];
  const skipped: Record<string, number> = {};
  const seen = new Map<string, number>();
  // Every Flemish municipality's counts per year, also those outside the site's layouts (before 2019).
  const flemish: CountEntry[] = [];
  const file = spec.file;
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (err) {
    return { rows, vlaanderen: [], skipped, errors: [`${file}, ${(err as Error).message}`] };
  }

  const place = (nis: string, year: number, line: number, region?: string): Layout | undefined => {
    if (!NIS_PATTERN.test(nis)) {
      errors.push(`${file}:${line}: NIS-code "${nis}" heeft geen vijf cijfers`);
      return undefined;
    }
    // provincies.incijfers.be publishes every year on the 2025 layout; Statbel uses the codes valid in that year.
    const onCurrent = spec.kind === 'pinc' || spec.kind === 'pinc-ratio' || year >= 2025;
    const layout: Layout | undefined = onCurrent
      ? municipalities.current.has(nis)
        ? 2025
        : undefined
      : municipalities.previous.has(nis)
        ? 2024
        : undefined;
    if (layout) return layout;
    const reason = skipReason(nis, region, year);
    if (reason) {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      return undefined;
    }
    errors.push(`${file}:${line}: onbekende NIS-code "${nis}" (geen Vlaamse gemeente van 2019-2024 of 2025)`);
    return undefined;
  };
  const yearOf = (raw: string, line: number, range: [number, number]) => {
    const y = Number(raw);
    if (!Number.isInteger(y) || y < 1990 || y > 2030) {
      errors.push(`${file}:${line}: onmogelijk jaar "${raw}"`);
      return undefined;
    }
    return y >= range[0] && y <= range[1] ? y : null;
  };
  const push = (row: ValueRow, line: number, isPercentage: boolean) => {
    const key = `${row.nis} ${row.indeling} ${row.jaar}`;
    if (seen.has(key)) {
      errors.push(
        `${file}:${line}: dubbele rij voor ${code}, gemeente ${row.nis}, jaar ${row.jaar} (ook op regel ${seen.get(key)})`,
      );
      return;
    }
    seen.set(key, line);
    if (isPercentage && (row.waarde < 0 || row.waarde > 100))
      errors.push(`${file}:${line}: percentage ${row.waarde} ligt buiten 0-100`);
    else if (row.waarde < 0) errors.push(`${file}:${line}: negatieve waarde ${row.waarde}`);
    rows.push(row);
  };

  if (spec.kind === 'statbel') {
    for (const { line, values } of parsed.rows) {
      const year = yearOf(values.year, line, spec.years);
      if (!year) continue;
      const layout = place(values.CD_REFNIS, year, line, values.TX_RGN_DESCR_NL);
      const flemishRow = values.TX_RGN_DESCR_NL === 'Vlaams Gewest' && NIS_PATTERN.test(values.CD_REFNIS);
      if (!layout && !flemishRow) continue;
      const noemer = num(values[spec.noemer], `${file}:${line} (${spec.noemer})`, errors);
      const teller =
        typeof spec.teller === 'string'
          ? num(values[spec.teller], `${file}:${line} (${spec.teller})`, errors)
          : (() => {
              const total = num(values[spec.teller.total], `${file}:${line}`, errors);
              const minus = num(values[spec.teller.minus], `${file}:${line}`, errors);
              return total === undefined || minus === undefined ? undefined : total - minus;
            })();
      if (teller === undefined || noemer === undefined) continue;
      if (noemer <= 0 || teller > noemer) {
        errors.push(`${file}:${line}: teller ${teller} en noemer ${noemer} geven geen geldig aandeel`);
        continue;
      }
      if (flemishRow) flemish.push({ nis: values.CD_REFNIS, jaar: year, teller, noemer });
      if (layout)
        push(
          {
            nis: values.CD_REFNIS,
            indeling: layout,
            jaar: year,
            waarde: round((100 * teller) / noemer, 2),
            teller,
            noemer,
          },
          line,
          true,
        );
    }
  } else if (spec.kind === 'pinc' || spec.kind === 'pinc-ratio') {
    const byKey = new Map<string, { line: number; value: string }>();
    const wanted = spec.kind === 'pinc' ? [spec.label] : [spec.teller, spec.noemer];
    for (const { line, values } of parsed.rows) {
      if (!wanted.includes(values.indicator)) continue;
      const year = yearOf(values.jaar, line, spec.years);
      if (!year) continue;
      const k = `${values.indicator}|${values.nis_code}|${year}`;
      if (byKey.has(k)) {
        errors.push(
          `${file}:${line}: dubbele rij voor "${values.indicator}", gemeente ${values.nis_code}, jaar ${year} (ook op regel ${byKey.get(k)!.line})`,
        );
        continue;
      }
      byKey.set(k, { line, value: values.waarde });
    }
    for (const [k, { line, value }] of byKey) {
      const [label, nis, y] = k.split('|');
      if (label !== wanted[0]) continue;
      const year = Number(y);
      const layout = place(nis, year, line);
      if (!layout) continue;
      if (MISSING_MARKERS.has(value.trim())) {
        skipped['geen waarde gepubliceerd'] = (skipped['geen waarde gepubliceerd'] ?? 0) + 1;
        continue;
      }
      if (spec.kind === 'pinc') {
        const v = num(value, `${file}:${line}`, errors);
        if (v === undefined) continue;
        const waarde = spec.unit === 'fractie' ? round(v * 100, 4) : v;
        if (spec.unit === 'aantal') flemish.push({ nis, jaar: year, teller: v });
        push(
          { nis, indeling: layout, jaar: year, waarde, ...(spec.unit === 'aantal' ? { teller: v } : {}) },
          line,
          spec.unit === 'percentage' || spec.unit === 'fractie',
        );
      } else {
        const den = byKey.get(`${spec.noemer}|${nis}|${year}`);
        if (den && MISSING_MARKERS.has(den.value.trim())) {
          skipped['geen noemer gepubliceerd'] = (skipped['geen noemer gepubliceerd'] ?? 0) + 1;
          continue;
        }
        const teller = num(value, `${file}:${line}`, errors);
        const noemer = den ? num(den.value, `${file}:${den.line}`, errors) : undefined;
        if (teller === undefined || noemer === undefined) {
          if (!den)
            errors.push(`${file}:${line}: noemer "${spec.noemer}" ontbreekt voor gemeente ${nis}, jaar ${year}`);
          continue;
        }
        if (noemer === 0 && teller === 0) {
          // No share for the municipality, but its zero counts still belong to Flanders' sum.
          flemish.push({ nis, jaar: year, teller, noemer });
          skipped['noemer 0: geen aandeel te berekenen'] = (skipped['noemer 0: geen aandeel te berekenen'] ?? 0) + 1;
          continue;
        }
        if (noemer <= 0 || teller > noemer) {
          errors.push(`${file}:${line}: teller ${teller} en noemer ${noemer} geven geen geldig aandeel`);
          continue;
        }
        flemish.push({ nis, jaar: year, teller, noemer });
        push(
          { nis, indeling: layout, jaar: year, waarde: round((100 * teller) / noemer, 2), teller, noemer },
          line,
          true,
        );
      }
    }
  } else {
    if (!parsed.header.includes(spec.column))
      return { rows, vlaanderen: [], skipped, errors: [`${file}:1: kolom "${spec.column}" ontbreekt`] };
    for (const { line, values } of parsed.rows) {
      const nis = values.nis_code_2024;
      const raw = values[spec.column];
      if (MISSING_MARKERS.has((raw ?? '').trim())) {
        skipped['geen waarde gepubliceerd'] = (skipped['geen waarde gepubliceerd'] ?? 0) + 1;
        continue;
      }
      if (!municipalities.previous.has(nis)) {
        const reason = skipReason(nis);
        if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1;
        else errors.push(`${file}:${line}: onbekende NIS-code "${nis}" (de bevraging gebruikt de indeling 2019-2024)`);
        continue;
      }
      const v = num(raw, `${file}:${line} (${spec.column})`, errors);
      if (v === undefined) continue;
      push({ nis, indeling: 2024, jaar: spec.year, waarde: v }, line, true);
    }
  }
  rows.sort((a, b) => a.nis.localeCompare(b.nis) || a.indeling - b.indeling || a.jaar - b.jaar);
  // Only where every Flemish municipality of the file has a count for that year (see flanders.ts).
  const vlaanderen =
    spec.kind === 'survey' || errors.length
      ? []
      : flandersTotals(flemish, expectedMunicipalities(spec, municipalities));
  return { rows, vlaanderen, skipped, errors };
}
