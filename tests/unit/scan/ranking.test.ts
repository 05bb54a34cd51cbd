import { describe, it, expect } from 'vitest';
import { extremes, lowest, ranking } from '../../../src/lib/scan/ranking.ts';

const names = new Map([
  ['a', 'Aalst'],
  ['b', 'Bree'],
  ['c', 'Herstappe'],
  ['d', 'Dilbeek'],
  ['e', 'Essen'],
]);
const nameOf = (nis: string) => names.get(nis)!;

describe('rankings', () => {
  it('ranks shown values high to low with shared ranks for ties, and lists hidden ones apart without rank', () => {
    const shown = new Map([
      ['a', 10],
      ['b', 20],
      ['d', 20],
      ['e', 5],
    ]);
    const r = ranking(['a', 'b', 'c', 'd', 'e'], shown, nameOf);
    expect(r.ranked.map((x) => [x.nis, x.rank])).toEqual([
      ['b', 1],
      ['d', 1],
      ['a', 3],
      ['e', 4],
    ]);
    expect(r.hidden).toEqual(['c']);
  });

  it('"laagste 10" leaves hidden values out and says how many', () => {
    const shown = new Map([
      ['a', 10],
      ['b', 20],
      ['e', 5],
    ]);
    const l = lowest(['a', 'b', 'c', 'e'], shown, nameOf, 2);
    expect(l.list.map((x) => x.nis)).toEqual(['e', 'a']);
    expect(l.leftOut).toBe(1);
  });
});

describe('highest and lowest 10', () => {
  const many = new Map(Array.from({ length: 25 }, (_, i) => [`m${String(i).padStart(2, '0')}`, i % 7 === 3 ? -1 : i]));
  const nameOfMany = (nis: string) => nis;
  it('takes the ends of the ranking without the hidden values and counts what was left out', () => {
    // m03, m10, m17, m24 are hidden (not in `shown`); the others show their index as value.
    const shown = new Map([...many].filter(([, v]) => v >= 0));
    const e = extremes(ranking([...many.keys()], shown, nameOfMany), 10);
    expect(e.highest.map((x) => x.value)).toEqual([23, 22, 21, 20, 19, 18, 16, 15, 14, 13]);
    expect(e.lowest.map((x) => x.value)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 11]);
    expect(e.lowest[0].rank).toBe(21);
    expect(e.leftOut).toBe(4);
    for (const hidden of ['m03', 'm10', 'm17', 'm24'])
      expect([...e.highest, ...e.lowest].some((x) => x.nis === hidden)).toBe(false);
  });

  it('with fewer values than asked, both lists hold every shown value and none is invented', () => {
    const e = extremes(ranking(['a', 'b', 'c'], new Map([['a', 1]]), nameOf), 10);
    expect(e.highest).toEqual([{ nis: 'a', value: 1, rank: 1 }]);
    expect(e.lowest).toEqual([{ nis: 'a', value: 1, rank: 1 }]);
    expect(e.leftOut).toBe(2);
  });
});
