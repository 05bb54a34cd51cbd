import { describe, it, expect } from 'vitest';
import {
  enumerate,
  inspiration,
  isCount,
  notable,
  reportRow,
  strengthsAndWeakSpots,
  type ReportIndicator,
} from '../../../src/lib/scan/report.ts';

const indicator = (id: string, extra: Partial<ReportIndicator> = {}): ReportIndicator => ({
  id,
  naam: id,
  eenheid: '%',
  richting: 'hoger-beter',
  integratie: true,
  survey: true,
  themas: [id],
  ...extra,
});
const row = (id: string, value: number, group: number[], extra: Partial<ReportIndicator> = {}, flanders?: number) =>
  reportRow({
    indicator: indicator(id, extra),
    latest: { jaar: 2023, waarde: value },
    hidden: false,
    flanders,
    hasCounts: false,
    group,
    threshold: 5,
  });

describe('municipality report', () => {
  it('compares with the group median and Flanders only when the gap counts', () => {
    const r = row('goed', 41, [56, 50, 60], {}, 55);
    expect([r.groupMedian, r.vsGroup, r.vsFlanders, r.isScore]).toEqual([56, 'ongunstiger', 'ongunstiger', true]);
    expect(row('goed', 53, [56, 50, 60]).vsGroup).toBe('gelijk');
  });

  it('says why Flanders is missing: no counts published, or incomplete counts that year', () => {
    expect(row('x', 1, []).flandersGap).toBe('geen-aantallen');
    const withCounts = reportRow({
      indicator: indicator('y'),
      latest: { jaar: 2023, waarde: 1, teller: 1, noemer: 100 },
      hidden: false,
      hasCounts: true,
      group: [],
      threshold: 1,
    });
    expect(withCounts.flandersGap).toBe('onvolledig');
  });

  it('never compares plain counts, which depend on size', () => {
    expect(isCount('nieuwkomers')).toBe(true);
    expect(isCount('per 1.000 inwoners 18+')).toBe(false);
    const r = row('nieuwkomers', 642, [282, 300], { eenheid: 'nieuwkomers', richting: 'neutraal' }, 52273);
    expect([r.vsGroup, r.vsFlanders]).toEqual([undefined, undefined]);
  });

  it('hides a value that rests on too few people and then compares nothing', () => {
    const r = reportRow({
      indicator: indicator('z'),
      latest: { jaar: 2024, waarde: 6.7 },
      hidden: true,
      hasCounts: false,
      group: [4],
      threshold: 1,
    });
    expect([r.value, r.vsGroup]).toEqual([undefined, undefined]);
  });

  it('takes weak spots only from scores about integration, never from context or a total jobseeker rate', () => {
    const rows = [
      row('goed', 41, [56]),
      row('werkzoekendengraad', 14, [4.7], { richting: 'lager-beter', integratie: false, survey: false }),
      row('niet-eu', 40, [20], { richting: 'neutraal' }),
      row('vertrouwen', 40, [31]),
    ];
    const { weak, strong } = strengthsAndWeakSpots(rows);
    expect(weak.map((w) => w.item.indicator.id)).toEqual(['goed']);
    expect(strong.map((w) => w.item.indicator.id)).toEqual(['vertrouwen']);
  });

  it('"Opvallend" lists meaningful score differences first and at most one composition line', () => {
    const rows = [
      row('goed', 41, [56], {}, 50),
      row('vertrouwen', 33, [31]),
      row('niet-eu', 28.8, [30], { richting: 'neutraal' }, 16.8),
      row('belgisch', 62.6, [58], { richting: 'neutraal' }, 71.9),
    ];
    const n = notable(rows);
    expect(n.scores.map((x) => [x.row.indicator.id, x.reference])).toEqual([['goed', 'groep']]);
    expect(n.composition?.row.indicator.id).toBe('niet-eu');
  });

  it('suggests practices on the weak themes, from the municipality or its group first', () => {
    const practices = [
      { id: 'far-new', date: '2025-01-01', themas: ['taal'], gemeenten: ['11002'] },
      { id: 'near-old', date: '2020-01-01', themas: ['taal'], gemeenten: ['46021'] },
      { id: 'other-theme', date: '2025-06-01', themas: ['wonen'], gemeenten: ['46021'] },
    ];
    expect(inspiration(['taal'], practices, new Set(['46021'])).map((x) => [x.practice.id, x.near])).toEqual([
      ['near-old', true],
      ['far-new', false],
    ]);
  });

  it('names the former parts of a merged municipality as a Dutch list', () => {
    expect(enumerate(['Beveren', 'Kruibeke', 'Zwijndrecht'])).toBe('Beveren, Kruibeke en Zwijndrecht');
    expect(enumerate(['Antwerpen', 'Borsbeek'])).toBe('Antwerpen en Borsbeek');
  });
});
