/**
 * Downloads that open correctly in Excel set to Dutch (Belgium): a UTF-8 byte order mark (so
 * accents survive), semicolons between fields, decimal commas, CRLF line ends, no thousands
 * separators. Values are rounded once, from the exact value, as on the pages; hidden small
 * numbers stay empty with the reason in "opmerking".
 */
import { toCsv } from '../shared/csv.ts';
import type { ScanData, IndicatorView } from '../../data/scan.ts';
import type { Point } from './indicators.ts';
import { tooSmall } from './suppression.ts';

export const EXCEL_SEPARATOR = ';';

/** A number as Excel nl-BE reads it: decimal comma, no grouping; shares and rates to one decimal. */
export function excelNumber(value: number | undefined, unit?: string): string {
  if (value === undefined) return '';
  const decimals = unit === '%' || unit?.startsWith('per ') ? 1 : Number.isInteger(value) ? 0 : 2;
  return value.toFixed(decimals).replace('.', ',');
}

export function excelCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return '\uFEFF' + toCsv(columns, rows, EXCEL_SEPARATOR).replace(/\n/g, '\r\n');
}

export const MUNICIPALITY_COLUMNS = [
  'indicator',
  'naam',
  'eenheid',
  'gebied_nis',
  'gebied',
  'jaar',
  'waarde',
  'teller',
  'noemer',
  'vlaanderen',
  'gelijkaardige_gemeenten_mediaan',
  'opmerking',
  'uitgever',
  'licentie',
];
export const INDICATOR_COLUMNS = [
  'gebied_nis',
  'gebied',
  'indeling',
  'jaar',
  'waarde',
  'teller',
  'noemer',
  'opmerking',
];

const HIDDEN = (threshold: number) =>
  `verborgen: steunt op minder dan ${threshold} mensen, of dat valt uit de gepubliceerde cijfers niet uit te sluiten`;

function cells(view: IndicatorView, p: Point, hidden: boolean) {
  const unit = view.data.eenheid;
  const small = hidden || tooSmall(p, view.data.drempel);
  return {
    jaar: p.jaar,
    waarde: small ? '' : excelNumber(p.waarde, unit),
    teller: small ? '' : excelNumber(p.teller),
    noemer: small ? '' : excelNumber(p.noemer),
    opmerking: small ? HIDDEN(view.data.drempel) : '',
  };
}

/** Every year of every indicator for one municipality (and, for merged survey values, its former parts). */
export function municipalityExport(scan: ScanData, nis: string, nameOf: (nis: string) => string): string {
  const rows = scan.withValues.flatMap((view) => {
    const d = view.data;
    const base = { indicator: view.id, naam: d.naam, eenheid: d.eenheid, uitgever: d.uitgever, licentie: d.licentie };
    const own = scan.yearsFor(view, nis).map((y) => ({
      ...base,
      gebied_nis: nis,
      gebied: nameOf(nis),
      ...cells(view, y.point, y.hidden),
      vlaanderen: excelNumber(y.flanders, d.eenheid),
      gelijkaardige_gemeenten_mediaan: excelNumber(y.group.value, d.eenheid),
    }));
    const former = (scan.series(view, nis).predecessors ?? []).flatMap((x) =>
      x.points.map((p) => ({
        ...base,
        gebied_nis: x.nis,
        gebied: `${nameOf(x.nis)} (tot 2024)`,
        ...cells(view, p, false),
        vlaanderen: excelNumber(scan.flandersOf(view, p.jaar), d.eenheid),
      })),
    );
    return [...own, ...former];
  });
  return excelCsv(MUNICIPALITY_COLUMNS, rows);
}

/** Every published value of one indicator: Flanders first, then each municipality on its layout. */
export function indicatorExport(scan: ScanData, view: IndicatorView, nameOf: (nis: string) => string): string {
  const flanders = view.flanders.map((f) => ({
    gebied_nis: '02000',
    gebied: 'Vlaams Gewest',
    indeling: `${f.gemeenten} gemeenten`,
    ...cells(view, f, false),
    opmerking: '',
  }));
  const rows = [...view.rows]
    .sort((a, b) => a.indeling - b.indeling || nameOf(a.nis).localeCompare(nameOf(b.nis), 'nl') || a.jaar - b.jaar)
    .map((r) => {
      // Rows on the 2025 layout are the municipality's own series; the hidden set is decided there.
      const hidden = r.indeling === 2025 && scan.isHidden(view, r.nis, r.jaar);
      const exact: Point = {
        jaar: r.jaar,
        waarde: r.teller !== undefined && r.noemer !== undefined ? (100 * r.teller) / r.noemer : r.waarde,
        teller: r.teller,
        noemer: r.noemer,
      };
      return {
        gebied_nis: r.nis,
        gebied: nameOf(r.nis),
        indeling: r.indeling === 2025 ? '2025' : '2019-2024',
        ...cells(view, exact, hidden),
      };
    });
  return excelCsv(INDICATOR_COLUMNS, [...flanders, ...rows]);
}
