/**
 * Integration-scan data for every page, built once per build: indicator definitions, their values
 * per municipality (content/indicatorwaarden/, strictly validated: an unreadable or wrong file
 * fails the build naming the file), Flanders' series, comparison groups and the map.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentRoot } from '../schemas/index.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { getReferenceData } from './reference.ts';
import { comparisonGroup, flandersSeries, seriesFor, type MunicipalitySeries, type Point } from '../lib/scan/indicators.ts';
import type { ValueRow } from '../lib/scan/import.ts';
import { formatPath } from '../lib/content/files.ts';
import { groupBy } from '../lib/shared/group.ts';

const valuesFileSchema = z.object({
  indicator: z.string(),
  rijen: z.array(
    z.strictObject({
      nis: z.string().regex(/^\d{5}$/),
      indeling: z.union([z.literal(2024), z.literal(2025)]),
      jaar: z.number().int().min(1990).max(2100),
      waarde: z.number(),
      teller: z.number().nonnegative().optional(),
      noemer: z.number().positive().optional(),
    }),
  ),
});

export interface IndicatorView {
  id: string;
  data: Indicator;
  href: string;
  rows: ValueRow[];
  rowsByArea: Map<string, ValueRow[]>;
  flanders: Point[];
  years: number[];
  latestYear?: number;
}

function readValues(code: string, known2025: Set<string>, known2024: Set<string>): ValueRow[] {
  const file = join(contentRoot(), 'indicatorwaarden', `${code}.json`);
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: onleesbare JSON (${(err as Error).message}). Voer "npm run import:scan" opnieuw uit.`, { cause: err });
  }
  const parsed = valuesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} — ${formatPath(issue.path)}: ${issue.message}`);
  }
  if (parsed.data.indicator !== code) throw new Error(`${file} — indicator: "${parsed.data.indicator}", verwacht "${code}"`);
  parsed.data.rijen.forEach((r, i) => {
    const known = r.indeling === 2025 ? known2025 : known2024;
    if (!known.has(r.nis)) throw new Error(`${file} — rijen[${i}].nis: gemeente "${r.nis}" bestaat niet in de indeling ${r.indeling}`);
  });
  return parsed.data.rijen as ValueRow[];
}

async function load() {
  const [entries, ref] = await Promise.all([getCollection('indicatoren'), getReferenceData()]);
  const known2025 = new Set(ref.municipalities.map((m) => m.nis));
  const known2024 = new Set(ref.previousMunicipalityByNis.keys());
  const indicators: IndicatorView[] = entries
    .map((e) => {
      const data = e.data as Indicator;
      const rows = readValues(e.id, known2025, known2024);
      const rowsByArea = groupBy(rows, (r) => `${r.nis}|${r.indeling}`);
      const years = [...new Set(rows.map((r) => r.jaar))].sort((a, b) => a - b);
      return { id: e.id, data, href: `/indicatoren/${e.id}/`, rows, rowsByArea, flanders: flandersSeries(rows), years, latestYear: years.at(-1) };
    })
    .sort((a, b) => a.data.domein.localeCompare(b.data.domein) || a.data.naam.localeCompare(b.data.naam, 'nl'));

  // The 2019-2024 municipalities that make up each municipality of 2025.
  const predecessors = new Map([...groupBy(ref.mergers, (m) => m.nis2025)].map(([nis, ms]) => [nis, ms.map((m) => m.nis2024)]));
  const renamed = ref.mergers.filter((m) => m.gefuseerd && m.naam2024 !== m.naam2025);
  const formerNames = new Map([...groupBy(renamed, (m) => m.nis2025)].map(([nis, ms]) => [nis, ms.map((m) => m.naam2024)]));

  const anchor = indicators.find((i) => i.id === 'herkomst-niet-eu');
  const share = (nis: string) => anchor?.rowsByArea.get(`${nis}|2025`)?.find((r) => r.jaar === 2025)?.waarde;
  const candidates = ref.municipalities.map((m) => ({ nis: m.nis, bevolking: m.bevolking, nietEu: share(m.nis) }));
  const groups = new Map(candidates.map((c) => [c.nis, comparisonGroup(c, candidates)]));

  const seriesCache = new Map<string, MunicipalitySeries>();
  const series = (indicator: IndicatorView, nis: string): MunicipalitySeries => {
    const key = `${indicator.id}|${nis}`;
    if (!seriesCache.has(key)) seriesCache.set(key, seriesFor(nis, predecessors.get(nis) ?? [nis], indicator.rowsByArea));
    return seriesCache.get(key)!;
  };
  let geo: { width: number; height: number; paths: Record<string, string>; bron: string } | undefined;
  const geoFile = join(contentRoot(), 'geo', 'gemeenten-2025.json');
  if (existsSync(geoFile)) geo = JSON.parse(readFileSync(geoFile, 'utf8'));

  return {
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    withValues: indicators.filter((i) => i.rows.length > 0),
    predecessors,
    formerNames,
    comparisonGroupOf: (nis: string) => groups.get(nis) ?? [],
    series,
    /** The latest point of a municipality's own series, if any. */
    latest: (indicator: IndicatorView, nis: string) => series(indicator, nis).own?.at(-1),
    geo,
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getScanData() {
  cached ??= load();
  return cached;
}
