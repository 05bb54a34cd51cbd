/** The imported indicator values equal their source files (read directly from ../shared/data). */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import { SCAN_SOURCES } from '../../src/lib/scan/sources.ts';

import { SHARED_DATA as SOURCE, hasSharedData } from '../support/shared-data.ts';

const values = (code: string) => JSON.parse(readFileSync(`content/indicatorwaarden/${code}.json`, 'utf8')).rijen as { nis: string; indeling: number; jaar: number; waarde: number; teller?: number; noemer?: number }[];
const has = hasSharedData('integratie');

describe('imported values', () => {
  it('has values for every mapped indicator, covering all 285 municipalities for at least 20 indicators', () => {
    const current = new Set((JSON.parse(readFileSync('content/gemeenten/gemeenten-2025.json', 'utf8')).gemeenten as { nis: string }[]).map((m) => m.nis));
    const files = readdirSync('content/indicatorwaarden').map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual(Object.keys(SCAN_SOURCES).sort());
    const complete = files.filter((code) => {
      const onCurrent = new Set(values(code).filter((r) => r.indeling === 2025).map((r) => r.nis));
      return [...current].every((n) => onCurrent.has(n));
    });
    expect(complete.length).toBeGreaterThanOrEqual(20);
  });

  it.runIf(has)('Statbel shares equal the source counts and percentages, for every 2025 row', () => {
    const { rows } = parseCsv(readFileSync(`${SOURCE}/integratie/statbel_bevolking_herkomst_per_gemeente_2000-2025.csv`, 'utf8'));
    const byNis = new Map(values('herkomst-niet-eu').filter((r) => r.jaar === 2025).map((r) => [r.nis, r]));
    let checked = 0;
    for (const { values: v } of rows.filter((r) => r.values.year === '2025' && r.values.TX_RGN_DESCR_NL === 'Vlaams Gewest')) {
      const mine = byNis.get(v.CD_REFNIS)!;
      expect(mine, v.CD_REFNIS).toBeDefined();
      expect([mine.teller, mine.noemer]).toEqual([Number(v.non_eu27), Number(v.total)]);
      expect(mine.waarde).toBeCloseTo(Number(v.pct_non_eu27), 1);
      checked++;
    }
    expect(checked).toBe(285);
  });

  it.runIf(has)('provincies.incijfers.be and survey values equal the source cells', () => {
    const { rows } = parseCsv(readFileSync(`${SOURCE}/integratie/pinc_nieuwkomers_gemeenten_2014-2024.csv`, 'utf8'));
    const mine = new Map(values('nieuwkomers-per-1000').map((r) => [`${r.nis}|${r.jaar}`, r.waarde]));
    const sample = rows.filter((r) => r.values.indicator === 'nieuwkomers per 1.000 inwoners 18+ jaar' && !/^(21|99)/.test(r.values.nis_code) && /^\d+(\.\d+)?$/.test(r.values.waarde));
    expect(sample.length).toBeGreaterThan(3000);
    for (const { values: v } of sample) expect(mine.get(`${v.nis_code}|${v.jaar}`), `${v.nis_code} ${v.jaar}`).toBe(Number(v.waarde));
    const survey = parseCsv(readFileSync(`${SOURCE}/integratie/gsm_burgerbevraging_2023_samenleven_wide.csv`, 'utf8')).rows;
    const column = (SCAN_SOURCES['samenleven-goed'] as { column: string }).column;
    const goed = new Map(values('samenleven-goed').map((r) => [r.nis, r.waarde]));
    for (const { values: v } of survey) if (v[column] !== '') expect(goed.get(v.nis_code_2024)).toBe(Number(v[column]));
  });

  it.runIf(has)('the jobseeker rate is the source fraction times 100', () => {
    const { rows } = parseCsv(readFileSync(`${SOURCE}/integratie/pinc_werkzoekenden_herkomst_gemeenten_2014-2024.csv`, 'utf8'));
    const row = rows.find((r) => r.values.nis_code === '46021' && r.values.jaar === '2024' && r.values.indicator === 'werkzoekendengraad (jaargemiddelde) [%]')!;
    const mine = values('werkzoekendengraad').find((r) => r.nis === '46021' && r.jaar === 2024)!;
    expect(mine.waarde).toBeCloseTo(Number(row.values.waarde) * 100, 6);
  });
});
