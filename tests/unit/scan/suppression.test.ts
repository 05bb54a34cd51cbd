import { describe, it, expect } from 'vitest';
import {
  hiddenCells,
  smallestCountInSplit,
  tooSmall,
  type OwnCountBound,
  type SuppressionRule,
} from '../../../src/lib/scan/suppression.ts';
import type { Point } from '../../../src/lib/scan/indicators.ts';

const rule = (extra: Partial<SuppressionRule> = {}): SuppressionRule => ({ drempel: 10, partities: [], ...extra });
const p = (teller: number, noemer?: number): Point => ({
  jaar: 2025,
  waarde: noemer ? (100 * teller) / noemer : teller,
  teller,
  ...(noemer ? { noemer } : {}),
});

describe('small numbers', () => {
  it('hides a count or a share whose count or denominator is under the threshold', () => {
    expect(tooSmall(p(9), 10)).toBe(true);
    expect(tooSmall(p(10), 10)).toBe(false);
    expect(tooSmall(p(5, 8), 10)).toBe(true);
    expect(tooSmall(p(12, 9), 10)).toBe(true);
    expect(tooSmall({ jaar: 2025, waarde: 3.5 }, 10)).toBe(false);
  });

  it('hides a rate published without its count where the count it rests on is small or not published', () => {
    const rules = new Map([
      ['werkzoekenden', rule()],
      ['werkzoekendengraad', rule({ basis: 'werkzoekenden' })],
    ]);
    const rate = { jaar: 2024, waarde: 6.7 };
    // Herstappe: the publisher hides the count ("x"), so no count row: the rate of 6,7 % must go too.
    expect(hiddenCells(new Map([['werkzoekendengraad', rate]]), rules)).toEqual(new Set(['werkzoekendengraad']));
    expect(
      hiddenCells(
        new Map([
          ['werkzoekendengraad', rate],
          ['werkzoekenden', p(3)],
        ]),
        rules,
      ),
    ).toEqual(new Set(['werkzoekendengraad', 'werkzoekenden']));
    expect(
      hiddenCells(
        new Map([
          ['werkzoekendengraad', rate],
          ['werkzoekenden', p(30)],
        ]),
        rules,
      ),
    ).toEqual(new Set());
  });

  it('hides a share without counts in municipalities smaller than its minimum', () => {
    const rules = new Map([['thuistaal', rule({ minimumInwoners: 1000 })]]);
    const cells = new Map([['thuistaal', { jaar: 2024, waarde: 0 }]]);
    expect(hiddenCells(cells, rules, 75)).toEqual(new Set(['thuistaal']));
    expect(hiddenCells(cells, rules, 5000)).toEqual(new Set());
  });

  it('leaves nothing to recover by subtraction: a second part of a partition goes when one is hidden', () => {
    // 75 inhabitants: Belgian origin 68, foreign origin 7. The total population is public, so
    // showing 68 would reveal 75 - 68 = 7: both are hidden.
    const rules = new Map([
      ['belgisch', rule({ partities: ['herkomst-2'] })],
      ['buitenlands', rule({ partities: ['herkomst-2'] })],
    ]);
    const hidden = hiddenCells(
      new Map([
        ['belgisch', p(68, 75)],
        ['buitenlands', p(7, 75)],
      ]),
      rules,
    );
    expect(hidden).toEqual(new Set(['belgisch', 'buitenlands']));
  });

  it('hides the smallest other part of a larger partition, and cascades through overlapping partitions', () => {
    const rules = new Map([
      ['belgisch', rule({ partities: ['h2', 'h4'] })],
      ['buitenlands', rule({ partities: ['h2'] })],
      ['buurland', rule({ partities: ['h4'] })],
      ['eu', rule({ partities: ['h4'] })],
      ['niet-eu', rule({ partities: ['h4'] })],
    ]);
    const cells = new Map([
      ['belgisch', p(900, 1000)],
      ['buitenlands', p(100, 1000)],
      ['buurland', p(60, 1000)],
      ['eu', p(35, 1000)],
      ['niet-eu', p(5, 1000)],
    ]);
    const hidden = hiddenCells(cells, rules);
    // niet-eu (5) is too small; eu (35) is the smallest other part of h4, so 1000 - 900 - 60 - 35 cannot give 5.
    expect(hidden).toEqual(new Set(['niet-eu', 'eu']));
    // Every partition has none or at least two hidden parts: no single hidden part is recoverable.
    for (const members of [
      ['belgisch', 'buitenlands'],
      ['belgisch', 'buurland', 'eu', 'niet-eu'],
    ]) {
      expect(members.filter((m) => hidden.has(m)).length).not.toBe(1);
    }
  });
});

describe("a subgroup's own count, where the publisher gives only its rate", () => {
  const rate = (waarde: number): Point => ({ jaar: 2024, waarde });
  const bound = (b: Partial<OwnCountBound>): OwnCountBound => ({
    soort: 'deel-van-aantal',
    aantal: 'n',
    groepen: [],
    afronding: 0.1,
    ...b,
  });

  it('a share of a population that holds a counted group rests on at least share × that count, rounding down', () => {
    const rules = new Map([
      ['n', rule()],
      ['maghreb', rule({ eigenAantal: bound({}) })],
      ['turks', rule({ eigenAantal: bound({}) })],
    ]);
    // 570 youth of non-Belgian origin (a large total): 2,0 % of at least 570 is at least 1,95 % × 570 = 11,1 people;
    // 1,8 % could be 1,75 % × 570 = 9,98 people, under 10 (without the rounding it would pass with 10,3).
    const cells = (maghreb: number) =>
      new Map([
        ['n', p(570)],
        ['maghreb', rate(maghreb)],
        ['turks', rate(0.3)],
      ]);
    expect(hiddenCells(cells(2.0), rules)).toEqual(new Set(['turks']));
    expect(hiddenCells(cells(1.8), rules)).toEqual(new Set(['maghreb', 'turks']));
    // The count it rests on is not published: nothing can be bounded, so the share is hidden.
    expect(hiddenCells(new Map([['maghreb', rate(40)]]), rules)).toEqual(new Set(['maghreb']));
  });

  const sexes = bound({ soort: 'graad-in-verdeling', aantal: 'wzw', totaal: 'graad', groepen: ['mannen', 'vrouwen'] });
  const sexRules = new Map([
    ['wzw', rule()],
    ['graad', rule()],
    ['mannen', rule({ eigenAantal: sexes })],
    ['vrouwen', rule({ eigenAantal: sexes })],
  ]);
  const sexCells = (total: number, men: number, women: number, count = 100) =>
    new Map([
      ['wzw', p(count)],
      ['graad', rate(total)],
      ['mannen', rate(men)],
      ['vrouwen', rate(women)],
    ]);

  it('rates by sex: both shown where the published rates pin the groups down, both hidden where they cannot', () => {
    // 100 jobseekers at 5,0 %: 2,000 in the labour force; at 6,0 % and 4,0 % that is 1,000 men (60) and 1,000 women (40).
    expect(hiddenCells(sexCells(5.0, 6.0, 4.0), sexRules)).toEqual(new Set());
    const men = smallestCountInSplit(0, [6.0, 4.0], 5.0, 100, 0.1);
    expect(men).toBeGreaterThan(50);
    expect(men).toBeLessThan(60);
    // 5,1 % and 4,9 % around 5,0 %: after rounding, all 100 could be men or all women. A large total protects neither.
    expect(hiddenCells(sexCells(5.0, 5.1, 4.9, 5000), sexRules)).toEqual(new Set(['mannen', 'vrouwen']));
    // Herstappe: no published count of jobseekers, so no rate by sex either.
    expect(
      hiddenCells(
        new Map([
          ['graad', rate(0)],
          ['mannen', rate(0)],
          ['vrouwen', rate(0)],
        ]),
        sexRules,
      ),
    ).toEqual(new Set(['mannen', 'vrouwen']));
  });

  it('rates by age: the group that must hold many is shown, groups that could be (nearly) empty are hidden', () => {
    const ages = bound({
      soort: 'graad-in-verdeling',
      aantal: 'wzw',
      totaal: 'graad',
      groepen: ['18-24', '25-59', '60-64'],
    });
    const rules = new Map([
      ['wzw', rule()],
      ['graad', rule()],
      ...['18-24', '25-59', '60-64'].map((g) => [g, rule({ eigenAantal: ages })] as const),
    ]);
    // 1,000 jobseekers at 5,0 % (labour force 20,000); 7,0 % (18-24), 4,5 % (25-59), 8,0 % (60-64). Only 25-59 is under
    // 5,0 %, so it must hold at least 16,000 people of the labour force (720 jobseekers). The youngest or the oldest
    // group could each be empty: 25-59 with the other one alone gives 5,0 % too.
    const cells = new Map([
      ['wzw', p(1000)],
      ['graad', rate(5.0)],
      ['18-24', rate(7.0)],
      ['25-59', rate(4.5)],
      ['60-64', rate(8.0)],
    ]);
    expect(hiddenCells(cells, rules)).toEqual(new Set(['18-24', '60-64']));
    const least = smallestCountInSplit(1, [7.0, 4.5, 8.0], 5.0, 1000, 0.1);
    expect(least).toBeGreaterThan(650);
    expect(least).toBeLessThanOrEqual(720);
  });

  it("a share whose count is another indicator's denominator rests on that denominator", () => {
    const rules = new Map([
      ['belgisch', rule({ partities: ['wzw-herkomst'] })],
      ['aandeel-18-64', rule({ eigenAantal: bound({ soort: 'noemer-van', aantal: 'belgisch' }) })],
    ]);
    const cells = (belgisch: Point) =>
      new Map([
        ['belgisch', belgisch],
        ['aandeel-18-64', rate(1.2)],
      ]);
    expect(hiddenCells(cells(p(30, 40)), rules)).toEqual(new Set());
    expect(hiddenCells(cells(p(6, 9)), rules)).toEqual(new Set(['belgisch', 'aandeel-18-64']));
    expect(hiddenCells(new Map([['aandeel-18-64', rate(1.2)]]), rules)).toEqual(new Set(['aandeel-18-64']));
  });

  it('a subgroup hidden for its own small count still hides a partner part, so it cannot be recovered by subtraction', () => {
    const rules = new Map([
      ['n', rule()],
      ['a', rule({ eigenAantal: bound({}), partities: ['deel'] })],
      ['b', rule({ eigenAantal: bound({}), partities: ['deel'] })],
      ['c', rule({ eigenAantal: bound({}), partities: ['deel'] })],
    ]);
    // Shares of one population adding up to 100 %: a (0,5 % of at least 1,000 = 4,5 people) is hidden, and then the
    // smallest other part too, or 100 - b - c would give a back.
    const cells = new Map([
      ['n', p(1000)],
      ['a', rate(0.5)],
      ['b', rate(30)],
      ['c', rate(69.5)],
    ]);
    expect(hiddenCells(cells, rules)).toEqual(new Set(['a', 'b']));
  });
});
