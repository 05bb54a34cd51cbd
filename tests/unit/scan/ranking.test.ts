import { describe, it, expect } from 'vitest';
import { lowest, ranking } from '../../../src/lib/scan/ranking.ts';

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
