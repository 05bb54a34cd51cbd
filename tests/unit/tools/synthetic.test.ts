/** The benchmark's synthetic scan data: full series and extra indicators, derived from real rows. */
import { describe, it, expect } from 'vitest';
import { extendSeries, prng, syntheticIndicator, type IndicatorRow } from '../../../tools/bench/synthetic.ts';

const rows: IndicatorRow[] = [
  { nis: '11001', indeling: 2024, jaar: 2023, waarde: 89 },
  { nis: '11002', indeling: 2025, jaar: 2021, waarde: 6.12, teller: 870, noemer: 14207 },
  { nis: '11002', indeling: 2025, jaar: 2023, waarde: 6.69, teller: 947, noemer: 14157 },
];

describe('extendSeries', () => {
  const out = extendSeries(rows, 10, prng(1));
  const seriesOf = (nis: string) => out.filter((r) => r.nis === nis);

  it('gives every municipality ten consecutive years ending at its latest year, keeping the real rows', () => {
    expect(seriesOf('11001').map((r) => r.jaar)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(seriesOf('11002').map((r) => r.jaar)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    for (const real of rows) expect(out).toContainEqual(real);
  });

  it('keeps precision and division, and varies values by at most 5 %', () => {
    for (const r of seriesOf('11001')) {
      expect(Number.isInteger(r.waarde)).toBe(true);
      expect(Math.abs(r.waarde / 89 - 1)).toBeLessThanOrEqual(0.051);
    }
    for (const r of seriesOf('11002').filter((r) => r.jaar < 2021)) {
      expect(r.noemer).toBe(14207);
      expect(r.waarde).toBeCloseTo((r.teller! / 14207) * 100, 2);
    }
  });

  it('leaves a long enough series alone', () => {
    expect(extendSeries(rows.slice(1), 2, prng(1))).toEqual(
      rows
        .slice(1)
        .concat({ ...rows[1], jaar: 2022, waarde: expect.any(Number), teller: expect.any(Number) })
        .sort((a, b) => a.jaar - b.jaar),
    );
  });
});

describe('syntheticIndicator', () => {
  it('copies a definition under a code and name that say it is synthetic', () => {
    const s = syntheticIndicator(
      { code: 'thuis-in-de-buurt', naam: 'Voelt zich thuis in de buurt', eenheid: '%' },
      rows,
      40,
    );
    expect(s.code).toBe('synthetisch-40');
    expect(s.definition).toMatchObject({ code: 'synthetisch-40', eenheid: '%' });
    expect(String(s.definition.naam)).toMatch(/^Synthetische indicator 40/);
    expect(String(s.definition.definitie)).toContain('geen echte cijfers');
    expect(s.values).toEqual({ indicator: 'synthetisch-40', rijen: rows });
  });
});
