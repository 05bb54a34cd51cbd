/**
 * Integration-scan data for every page, built once per build: indicator definitions, their values
 * per municipality (content/indicatorwaarden/, strictly validated: an unreadable or wrong file
 * fails the build naming the file), Flanders' series, comparison groups, hidden small numbers,
 * the spread that decides which differences count, and the map.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentRoot } from '../schemas/index.ts';
import {
  valuesFileSchema,
  type FlandersRow,
  type Indicator,
  type IndicatorSet,
  type ValueRow,
} from '../schemas/indicator.ts';
import { geoFileSchema, type GeoFile } from '../schemas/geo.ts';
import { getReferenceData } from './reference.ts';
import { comparisonGroup, seriesFor, type MunicipalitySeries, type Point } from '../lib/scan/indicators.ts';
import { hiddenCells, type SuppressionRule } from '../lib/scan/suppression.ts';
import { differenceThreshold, groupMedian } from '../lib/scan/spots.ts';
import { reportRow, type ReportRow } from '../lib/scan/report.ts';
import { toRelativePath } from '../lib/scan/geo.ts';
import { formatPath } from '../lib/content/files.ts';
import { groupBy } from '../lib/shared/group.ts';

export interface IndicatorView {
  id: string;
  data: Indicator;
  href: string;
  rows: ValueRow[];
  rowsByArea: Map<string, ValueRow[]>;
  /** Flanders per year, from counts over every municipality of that year's layout. */
  flanders: FlandersRow[];
  /** Whether the publisher gives counts at all (then a missing Flemish year means incomplete counts). */
  hasCounts: boolean;
  years: number[];
  latestYear?: number;
}

function readJson<T>(file: string, schema: z.ZodType<T>, hint: string): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: onleesbare JSON (${(err as Error).message}). ${hint}`, { cause: err });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} — ${formatPath(issue.path)}: ${issue.message}. ${hint}`);
  }
  return parsed.data;
}

function readValues(code: string, known2025: Set<string>, known2024: Set<string>) {
  const file = join(contentRoot(), 'indicatorwaarden', `${code}.json`);
  if (!existsSync(file)) return { rijen: [], vlaanderen: [] };
  const data = readJson(file, valuesFileSchema, 'Voer "npm run import:scan" opnieuw uit.');
  if (data.indicator !== code) throw new Error(`${file} — indicator: "${data.indicator}", verwacht "${code}"`);
  data.rijen.forEach((r, i) => {
    const known = r.indeling === 2025 ? known2025 : known2024;
    if (!known.has(r.nis))
      throw new Error(`${file} — rijen[${i}].nis: gemeente "${r.nis}" bestaat niet in de indeling ${r.indeling}`);
  });
  return data;
}

async function load() {
  const [entries, setEntries, ref] = await Promise.all([
    getCollection('indicatoren'),
    getCollection('indicatorsets'),
    getReferenceData(),
  ]);
  const known2025 = new Set(ref.municipalities.map((m) => m.nis));
  const known2024 = new Set(ref.previousMunicipalityByNis.keys());
  const indicators: IndicatorView[] = entries
    .map((e) => {
      const data = e.data as Indicator;
      const { rijen: rows, vlaanderen } = readValues(e.id, known2025, known2024);
      const rowsByArea = groupBy(rows, (r) => `${r.nis}|${r.indeling}`);
      const years = [...new Set(rows.map((r) => r.jaar))].sort((a, b) => a - b);
      const hasCounts = rows.some((r) => r.teller !== undefined);
      return {
        id: e.id,
        data,
        href: `/indicatoren/${e.id}/`,
        rows,
        rowsByArea,
        flanders: vlaanderen,
        hasCounts,
        years,
        latestYear: years.at(-1),
      };
    })
    .sort((a, b) => a.data.domein.localeCompare(b.data.domein) || a.data.naam.localeCompare(b.data.naam, 'nl'));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const sets = setEntries
    .map((e) => ({ id: e.id, data: e.data as IndicatorSet }))
    .sort((a, b) => a.data.editie.localeCompare(b.data.editie));

  // The 2019-2024 municipalities that make up each municipality of 2025 (the merged ones only).
  const predecessors = new Map(
    [...groupBy(ref.mergers, (m) => m.nis2025)].map(([nis, ms]) => [nis, ms.map((m) => m.nis2024)]),
  );
  const formerParts = new Map(
    [
      ...groupBy(
        ref.mergers.filter((m) => m.gefuseerd),
        (m) => m.nis2025,
      ),
    ].map(([nis, ms]) => [nis, ms.map((m) => m.naam2024).sort((a, b) => a.localeCompare(b, 'nl'))]),
  );

  const anchor = indicatorById.get('herkomst-niet-eu');
  const share = (nis: string) => anchor?.rowsByArea.get(`${nis}|2025`)?.find((r) => r.jaar === 2025)?.waarde;
  const candidates = ref.municipalities.map((m) => ({ nis: m.nis, bevolking: m.bevolking, nietEu: share(m.nis) }));
  const groups = new Map(candidates.map((c) => [c.nis, comparisonGroup(c, candidates)]));

  const seriesCache = new Map<string, MunicipalitySeries>();
  const series = (indicator: IndicatorView, nis: string): MunicipalitySeries => {
    const key = `${indicator.id}|${nis}`;
    if (!seriesCache.has(key))
      seriesCache.set(key, seriesFor(nis, predecessors.get(nis) ?? [nis], indicator.rowsByArea));
    return seriesCache.get(key)!;
  };

  // Hidden small numbers, decided per municipality and year over all indicators at once (basis, partitions).
  const rules = new Map<string, SuppressionRule>(
    indicators.map((i) => [
      i.id,
      {
        drempel: i.data.drempel,
        basis: i.data.basis,
        eigenAantal: i.data.eigenAantal,
        minimumInwoners: i.data.minimumInwoners,
        partities: i.data.partities,
      },
    ]),
  );
  const hiddenCache = new Map<string, Set<string>>();
  const hiddenOf = (nis: string): Set<string> => {
    if (!hiddenCache.has(nis)) {
      const cells = new Map<number, Map<string, Point>>();
      for (const i of indicators)
        for (const p of series(i, nis).own ?? []) cells.set(p.jaar, (cells.get(p.jaar) ?? new Map()).set(i.id, p));
      const hidden = new Set<string>();
      const inhabitants = ref.municipalityByNis.get(nis)?.bevolking;
      for (const [jaar, byIndicator] of cells)
        for (const id of hiddenCells(byIndicator, rules, inhabitants)) hidden.add(`${id}|${jaar}`);
      hiddenCache.set(nis, hidden);
    }
    return hiddenCache.get(nis)!;
  };
  /** A municipality's shown point of a year (latest without a year); undefined when absent or hidden. */
  const visiblePoint = (indicator: IndicatorView, nis: string, jaar?: number): Point | undefined => {
    const own = series(indicator, nis).own;
    const p = jaar === undefined ? own?.at(-1) : own?.find((x) => x.jaar === jaar);
    return p && !hiddenOf(nis).has(`${indicator.id}|${p.jaar}`) ? p : undefined;
  };
  const isHidden = (indicator: IndicatorView, nis: string, jaar: number) =>
    hiddenOf(nis).has(`${indicator.id}|${jaar}`);

  // The shown values of every municipality per indicator and year: spread and rankings use these.
  const valuesCache = new Map<string, Map<string, number>>();
  const valuesOfYear = (indicator: IndicatorView, jaar: number): Map<string, number> => {
    const key = `${indicator.id}|${jaar}`;
    if (!valuesCache.has(key)) {
      const out = new Map<string, number>();
      for (const m of ref.municipalities) {
        const p = visiblePoint(indicator, m.nis, jaar);
        if (p) out.set(m.nis, p.waarde);
      }
      valuesCache.set(key, out);
    }
    return valuesCache.get(key)!;
  };
  const thresholdOf = (indicator: IndicatorView, jaar: number) =>
    differenceThreshold([...valuesOfYear(indicator, jaar).values()], indicator.data.type === 'survey');

  const flandersOf = (indicator: IndicatorView, jaar: number) =>
    indicator.flanders.find((f) => f.jaar === jaar)?.waarde;
  const withValues = indicators.filter((i) => i.rows.length > 0);

  /** One report row per indicator with values: the municipality's latest year beside Flanders and its group. */
  const reportFor = (nis: string): (ReportRow & { view: IndicatorView })[] =>
    withValues.map((view) => {
      const d = view.data;
      const latest = series(view, nis).own?.at(-1);
      const jaar = latest?.jaar;
      const row = reportRow({
        indicator: {
          id: view.id,
          naam: d.naam,
          eenheid: d.eenheid,
          richting: d.richting,
          integratie: d.integratie,
          survey: d.type === 'survey',
          themas: d.themas,
        },
        latest,
        hidden: jaar !== undefined && isHidden(view, nis, jaar),
        flanders: jaar === undefined ? undefined : flandersOf(view, jaar),
        hasCounts: view.hasCounts,
        group: jaar === undefined ? [] : (groups.get(nis) ?? []).map((g) => visiblePoint(view, g, jaar)?.waarde),
        threshold: jaar === undefined ? undefined : thresholdOf(view, jaar),
      });
      return { ...row, view };
    });

  /** Every year of a municipality's series beside Flanders and the group median of that year. */
  const yearsFor = (view: IndicatorView, nis: string) =>
    (series(view, nis).own ?? []).map((p) => ({
      point: p,
      hidden: isHidden(view, nis, p.jaar),
      flanders: flandersOf(view, p.jaar),
      group: groupMedian((groups.get(nis) ?? []).map((g) => visiblePoint(view, g, p.jaar)?.waarde)),
    }));

  const geoFile = join(contentRoot(), 'geo', 'gemeenten-2025.json');
  const stored: GeoFile | undefined = existsSync(geoFile)
    ? readJson(geoFile, geoFileSchema, 'Voer "npm run import:geo" opnieuw uit.')
    : undefined;
  // Maps draw relative paths: half the bytes of the stored absolute ones (see toRelativePath).
  const geo: GeoFile | undefined = stored && {
    ...stored,
    paths: Object.fromEntries(Object.entries(stored.paths).map(([nis, d]) => [nis, toRelativePath(d)])),
  };

  return {
    indicators,
    indicatorById,
    sets,
    withValues,
    reportFor,
    yearsFor,
    flandersOf,
    predecessors,
    /** The former municipalities (2019-2024) a merged municipality of 2025 was made of, by name. */
    formerParts,
    comparisonGroupOf: (nis: string) => groups.get(nis) ?? [],
    series,
    visiblePoint,
    isHidden,
    valuesOfYear,
    thresholdOf,
    /** The latest point of a municipality's own series, if any. */
    latest: (indicator: IndicatorView, nis: string) => series(indicator, nis).own?.at(-1),
    geo,
  };
}

export type ScanData = Awaited<ReturnType<typeof load>>;

let cached: ReturnType<typeof load> | undefined;
export function getScanData() {
  cached ??= load();
  return cached;
}
