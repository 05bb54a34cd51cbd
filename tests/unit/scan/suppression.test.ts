import { describe, it, expect } from 'vitest';
import { hiddenCells, tooSmall, type SuppressionRule } from '../../../src/lib/scan/suppression.ts';
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
