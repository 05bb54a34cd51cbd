/**
 * The imported indicator values and the official set equal their publishers' files (read directly
 * from ../shared/data). Without ../shared these checks are skipped locally, but fail in CI.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import { SCAN_SOURCES } from '../../src/lib/scan/sources.ts';
import { valuesFileSchema, indicatorSetSchema } from '../../src/schemas/indicator.ts';
import { SHARED_DATA as SOURCE, hasSharedData } from '../support/shared-data.ts';

const file = (code: string) => valuesFileSchema.parse(JSON.parse(readFileSync(`content/indicatorwaarden/${code}.json`, 'utf8')));
const values = (code: string) => file(code).rijen;
// In CI a missing ../shared fails this file (tests/support/shared-data.ts); locally these checks are skipped.
const has = hasSharedData('integratie') && hasSharedData('gsm');
const withSource = it.runIf(has);
const csv = (name: string) => parseCsv(readFileSync(`${SOURCE}/${name}`, 'utf8')).rows.map((r) => r.values);
const current = new Set((JSON.parse(readFileSync('content/gemeenten/gemeenten-2025.json', 'utf8')).gemeenten as { nis: string }[]).map((m) => m.nis));

describe('imported values', () => {
  it('has values for every mapped indicator, at least 40 of them on a map of all 285 municipalities or the survey', () => {
    const files = readdirSync('content/indicatorwaarden').map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual(Object.keys(SCAN_SOURCES).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
    const complete = files.filter((code) => {
      const rows = values(code);
      const onCurrent = new Set(rows.filter((r) => r.indeling === 2025).map((r) => r.nis));
      return onCurrent.size >= 280 || new Set(rows.map((r) => r.nis)).size >= 299;
    });
    expect(complete.length).toBeGreaterThanOrEqual(40);
  });

  withSource('Statbel shares equal the source counts and percentages, every Flemish row of every year', () => {
    const rows = csv('integratie/statbel_bevolking_herkomst_per_gemeente_2000-2025.csv').filter((v) => v.TX_RGN_DESCR_NL === 'Vlaams Gewest' && Number(v.year) >= 2014);
    const mine = new Map(values('herkomst-niet-eu').map((r) => [`${r.nis}|${r.jaar}`, r]));
    let checked = 0;
    for (const v of rows) {
      const r = mine.get(`${v.CD_REFNIS}|${v.year}`);
      if (!r) continue; // codes of before the 2019 mergers: only in Flanders' sum
      expect([r.teller, r.noemer], `${v.CD_REFNIS} ${v.year}`).toEqual([Number(v.non_eu27), Number(v.total)]);
      expect(Math.abs((100 * r.teller!) / r.noemer! - Number(v.pct_non_eu27)), `${v.CD_REFNIS} ${v.year}`).toBeLessThan(0.006);
      checked++;
    }
    // Every imported row was found in the source and checked.
    expect(checked).toBe(mine.size);
  });

  withSource("Flanders' series sums every municipality of that year's layout, 2014-2018 included", () => {
    const rows = csv('integratie/statbel_bevolking_herkomst_per_gemeente_2000-2025.csv').filter((v) => v.TX_RGN_DESCR_NL === 'Vlaams Gewest');
    const flanders = new Map(file('herkomst-niet-eu').vlaanderen.map((f) => [f.jaar, f]));
    for (let year = 2014; year <= 2025; year++) {
      const ofYear = rows.filter((v) => Number(v.year) === year);
      const sum = (k: string) => ofYear.reduce((s, v) => s + Number(v[k]), 0);
      expect(flanders.get(year), String(year)).toEqual({ jaar: year, waarde: (100 * sum('non_eu27')) / sum('total'), teller: sum('non_eu27'), noemer: sum('total'), gemeenten: ofYear.length });
    }
    // 2014 on the layout of 2014 (308 municipalities): 10,2 %, not the 10,4 % of the 2019 layout without the merged ones.
    expect(flanders.get(2014)!.gemeenten).toBe(308);
    expect(flanders.get(2014)!.waarde.toFixed(1)).toBe('10.2');
  });

  withSource('provincies.incijfers.be values equal the source cells, counts and per-1,000 rates', () => {
    const rows = csv('integratie/pinc_nieuwkomers_gemeenten_2014-2024.csv');
    for (const [code, label] of [['nieuwkomers-per-1000', 'nieuwkomers per 1.000 inwoners 18+ jaar'], ['nieuwkomers', 'nieuwkomers']]) {
      const mine = new Map(values(code).map((r) => [`${r.nis}|${r.jaar}`, r.waarde]));
      const sample = rows.filter((v) => v.indicator === label && current.has(v.nis_code) && /^\d+(\.\d+)?$/.test(v.waarde));
      expect(sample.length).toBeGreaterThan(3000);
      for (const v of sample) expect(mine.get(`${v.nis_code}|${v.jaar}`), `${code} ${v.nis_code} ${v.jaar}`).toBe(Number(v.waarde));
    }
  });

  withSource('jobseeker shares are the two published counts, and rates the source fraction times 100', () => {
    const rows = csv('integratie/pinc_werkzoekenden_herkomst_gemeenten_2014-2024.csv');
    const cell = (nis: string, jaar: string, label: string) => rows.find((v) => v.nis_code === nis && v.jaar === jaar && v.indicator === label)!.waarde;
    const share = values('werkzoekenden-niet-eu-nationaliteit').find((r) => r.nis === '46021' && r.jaar === 2024)!;
    expect([share.teller, share.noemer]).toEqual([Number(cell('46021', '2024', 'WZW niet-EU [aantal] (1)')), Number(cell('46021', '2024', 'WZW [aantal] (1)'))]);
    const rate = values('werkzoekendengraad').find((r) => r.nis === '46021' && r.jaar === 2024)!;
    expect(rate.waarde).toBeCloseTo(Number(cell('46021', '2024', 'werkzoekendengraad (jaargemiddelde) [%]')) * 100, 6);
  });

  withSource('every survey indicator equals its column of the 2023 survey file', () => {
    const rows = csv('integratie/gsm_burgerbevraging_2023_samenleven_wide.csv');
    for (const [code, spec] of Object.entries(SCAN_SOURCES)) {
      if (spec.kind !== 'survey') continue;
      const mine = new Map(values(code).map((r) => [r.nis, r.waarde]));
      let n = 0;
      for (const v of rows) {
        if (v[spec.column] === '') continue;
        expect(mine.get(v.nis_code_2024), `${code} ${v.nis_code_2024}`).toBe(Number(v[spec.column]));
        n++;
      }
      expect(n, code).toBe(mine.size);
    }
  });
});

describe('the official set "Lokale integratiescan (59)"', () => {
  const set = indicatorSetSchema.parse(parse(readFileSync('content/indicatorsets/lokale-integratiescan.yaml', 'utf8')));

  it('lists 59 indicators with their Gemeente-Stadsmonitor code', () => {
    expect(set.indicatoren).toHaveLength(59);
    expect(new Set(set.indicatoren!.map((m) => m.code)).size).toBe(59);
  });

  withSource('equals the theme "Integratie" of the Gemeente-Stadsmonitor metadata of December 2023', () => {
    const rows = csv('gsm/gsm_metadata_integratie_samenleven_subset.csv').filter((v) => v.Basisthema === 'Integratie');
    expect(rows).toHaveLength(59);
    const byCode = new Map(set.indicatoren!.map((m) => [m.code, m]));
    for (const v of rows) {
      const code = /GSM_Extract_(.+)\.xlsx$/.exec(v['Download URL'])![1];
      const m = byCode.get(code)!;
      expect(m, code).toBeDefined();
      expect([m.titel, m.definitie, m.teller ?? '', m.noemer ?? '', m.laatsteJaar, m.volgendeUpdate], code).toEqual([v.Title.trim(), v.Definitie.trim(), v.Teller.trim(), v.Noemer.trim(), Number(v['Laatste jaar beschikbaar']), v['Aanlevering volgende update'].trim()]);
    }
  });
});
