import { describe, it, expect } from 'vitest';
import { extract, type SourceSpec } from '../../../src/lib/scan/import.ts';
import { combine, comparisonGroup, display, median, seriesFor } from '../../../src/lib/scan/indicators.ts';
import { simplify, ringsToPath, toRelativePath } from '../../../src/lib/scan/geo.ts';

const municipalities = {
  current: new Set(['46021', '46030']),
  previous: new Set(['46021', '46003', '46013', '11056']),
};
const statbel: SourceSpec = {
  kind: 'statbel',
  file: 'herkomst.csv',
  teller: 'non_eu27',
  noemer: 'total',
  years: [2014, 2025],
};
const HEAD = 'year,CD_REFNIS,TX_RGN_DESCR_NL,non_eu27,total\n';
const pinc: SourceSpec = { kind: 'pinc', file: 'pinc.csv', label: 'nieuwkomers', unit: 'aantal', years: [2014, 2024] };
const PHEAD = 'nis_code,gemeente,indicator,jaar,waarde\n';

describe('scan import', () => {
  it('reads valid rows onto their published layout, with counts', () => {
    const r = extract(
      'x',
      statbel,
      HEAD + '2024,46021,Vlaams Gewest,22546,81863\n2025,46021,Vlaams Gewest,23818,82661\n',
      municipalities,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { nis: '46021', indeling: 2024, jaar: 2024, waarde: 27.54, teller: 22546, noemer: 81863 },
      { nis: '46021', indeling: 2025, jaar: 2025, waarde: 28.81, teller: 23818, noemer: 82661 },
    ]);
  });

  it.each([
    [
      'unknown NIS code',
      HEAD + '2024,46999,Vlaams Gewest,1,10\n',
      /onbekende NIS-code "46999"|Vlaamse gemeente van vóór/,
    ],
    ['malformed NIS code', HEAD + '2024,4602,Vlaams Gewest,1,10\n', /heeft geen vijf cijfers/],
    ['non-numeric value', HEAD + '2024,46021,Vlaams Gewest,veel,10\n', /"veel" is geen getal/],
    ['impossible year', HEAD + '20x4,46021,Vlaams Gewest,1,10\n', /onmogelijk jaar/],
    ['numerator above denominator (over 100 %)', HEAD + '2024,46021,Vlaams Gewest,11,10\n', /geen geldig aandeel/],
    ['duplicate row', HEAD + '2024,46021,Vlaams Gewest,1,10\n2024,46021,Vlaams Gewest,2,10\n', /dubbele rij.*regel 2/],
    ['broken CSV', HEAD + '2024,46021,"Vlaams Gewest,1,10\n', /niet afgesloten/],
  ])('rejects %s with file and line', (_name, text, message) => {
    const r = extract('x', statbel, text, municipalities);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.join('\n')).toMatch(message);
    expect(r.errors[0]).toMatch(/^herkomst\.csv(:\d+|, regel \d+)/);
  });

  it('rejects percentages outside 0-100 in published shares', () => {
    const spec: SourceSpec = { kind: 'pinc', file: 'p.csv', label: 'aandeel', unit: 'percentage', years: [2014, 2024] };
    const r = extract('x', spec, PHEAD + '46021,Sint-Niklaas,aandeel,2020,104.5\n', municipalities);
    expect(r.errors).toEqual(['p.csv:2: percentage 104.5 ligt buiten 0-100']);
  });

  it('skips Brussels, Wallonia, pseudo-areas and "not available" markers explicitly, and counts them', () => {
    const r = extract(
      'x',
      pinc,
      PHEAD +
        '21004,Brussel,nieuwkomers,2020,5\n99991,Onbekend,nieuwkomers,2020,3\n46021,Sint-Niklaas,nieuwkomers,2020,-\n46021,Sint-Niklaas,nieuwkomers,2021,700\n',
      municipalities,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([{ nis: '46021', indeling: 2025, jaar: 2021, waarde: 700, teller: 700 }]);
    expect(r.skipped).toEqual({
      'Brussels Hoofdstedelijk Gewest': 1,
      'onbekende woonplaats (pseudo-gebied)': 1,
      'geen waarde gepubliceerd': 1,
    });
    const w = extract('x', statbel, HEAD + '2024,25005,Waals Gewest,1,10\n', municipalities);
    expect(w.skipped).toEqual({ 'Waals Gewest': 1 });
  });

  it('computes a ratio from two published counts', () => {
    const spec: SourceSpec = { kind: 'pinc-ratio', file: 'w.csv', teller: 'a', noemer: 'b', years: [2014, 2024] };
    const r = extract('x', spec, PHEAD + '46021,S,a,2024,2125\n46021,S,b,2024,3494\n', municipalities);
    expect(r.rows).toEqual([{ nis: '46021', indeling: 2025, jaar: 2024, waarde: 60.82, teller: 2125, noemer: 3494 }]);
  });
});

describe('scan arithmetic', () => {
  it('sums counts and recomputes shares exactly when combining, and refuses shares without counts', () => {
    expect(
      combine([
        { jaar: 2020, waarde: 33.33, teller: 1, noemer: 3 },
        { jaar: 2020, waarde: 0, teller: 0, noemer: 3 },
      ])!.waarde,
    ).toBe(100 / 6);
    expect(
      combine([
        { jaar: 2020, waarde: 3, teller: 3 },
        { jaar: 2020, waarde: 4, teller: 4 },
      ]),
    ).toEqual({ jaar: 2020, waarde: 7, teller: 7 });
    expect(
      combine([
        { jaar: 2020, waarde: 41 },
        { jaar: 2020, waarde: 50 },
      ]),
    ).toBeUndefined();
  });

  it('shows a point that rests on fewer people than the threshold as hidden, never as a number', () => {
    const f = (v: number) => String(v);
    expect(display({ jaar: 2020, waarde: 7, teller: 7 }, 10, f)).toEqual({
      text: 'verborgen (< 10)',
      suppressed: true,
    });
    expect(display({ jaar: 2020, waarde: 50, teller: 4, noemer: 8 }, 10, f)).toEqual({
      text: 'verborgen (< 10)',
      suppressed: true,
    });
    expect(display({ jaar: 2020, waarde: 12, teller: 12 }, 10, f)).toEqual({
      text: '12',
      value: 12,
      suppressed: false,
    });
    expect(display({ jaar: 2020, waarde: 40, teller: 40, noemer: 100 }, 10, f, true)).toEqual({
      text: 'verborgen (< 10)',
      suppressed: true,
    });
    expect(display(undefined, 10, f)).toEqual({ text: 'geen gegevens', suppressed: false });
  });

  it('combines a merged municipality from its predecessors’ counts, or shows them apart without counts', () => {
    const byArea = new Map([
      ['46003|2024', [{ nis: '46003', indeling: 2024 as const, jaar: 2024, waarde: 10, teller: 10, noemer: 100 }]],
      ['46013|2024', [{ nis: '46013', indeling: 2024 as const, jaar: 2024, waarde: 30, teller: 30, noemer: 100 }]],
      ['46030|2025', [{ nis: '46030', indeling: 2025 as const, jaar: 2025, waarde: 21, teller: 42, noemer: 200 }]],
    ]);
    expect(seriesFor('46030', ['46003', '46013'], byArea)).toEqual({
      own: [
        { jaar: 2024, waarde: 20, teller: 40, noemer: 200 },
        { jaar: 2025, waarde: 21, teller: 42, noemer: 200 },
      ],
      combined: true,
    });
    const survey = new Map([
      ['46003|2024', [{ nis: '46003', indeling: 2024 as const, jaar: 2023, waarde: 41 }]],
      ['46013|2024', [{ nis: '46013', indeling: 2024 as const, jaar: 2023, waarde: 50 }]],
    ]);
    const s = seriesFor('46030', ['46003', '46013'], survey);
    expect(s.own).toBeUndefined();
    expect(s.predecessors!.map((p) => [p.nis, p.points[0].waarde])).toEqual([
      ['46003', 41],
      ['46013', 50],
    ]);
  });

  it('picks the nearest municipalities by size and share of non-EU origin', () => {
    const all = [
      { nis: 't', bevolking: 80000, nietEu: 28 },
      { nis: 'close', bevolking: 75000, nietEu: 27 },
      { nis: 'big', bevolking: 500000, nietEu: 28 },
      { nis: 'rural', bevolking: 8000, nietEu: 3 },
      { nis: 'none', bevolking: 80000 },
    ];
    expect(comparisonGroup(all[0], all, 2)).toEqual(['close', 'big']);
    expect(comparisonGroup({ nis: 'x', bevolking: 1 }, all)).toEqual([]);
  });

  it('takes the median of an even and an odd number of values', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });
});

describe('map geometry', () => {
  it('simplifies a line within the tolerance and keeps the ends', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 3],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(
      ringsToPath([
        [
          [0, 0],
          [10.4, 0],
          [10, 10.6],
          [0, 0],
        ],
      ]),
    ).toBe('M0 0L10 0L10 11L0 0Z');
  });
});

/** The points an SVG path of M, l (with implied repeats) and z visits, read as a browser would. */
function pointsOf(d: string): number[][] {
  const points: number[][] = [];
  let x = 0;
  let y = 0;
  let command = '';
  const numbers: number[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command === 'M' || command === 'L') [x, y] = [numbers[i], numbers[i + 1]];
      else [x, y] = [x + numbers[i], y + numbers[i + 1]];
      points.push([x, y]);
    }
    numbers.length = 0;
  };
  for (const [, letter, n] of d.matchAll(/([MLlZz])|(-?\d+)/g)) {
    if (letter) {
      flush();
      command = letter;
      if (letter === 'Z' || letter === 'z') points.push(['z' as unknown as number]);
    } else numbers.push(Number(n));
  }
  flush();
  return points;
}

describe('relative map paths', () => {
  it('visit the same points as the absolute path, in fewer characters', () => {
    const absolute = 'M432 150L430 148L436 147L431 141L432 150ZM10 10L20 5L15 -3Z';
    const relative = toRelativePath(absolute);
    expect(pointsOf(relative)).toEqual(pointsOf(absolute));
    expect(relative.length).toBeLessThan(absolute.length);
  });

  it('keep a separator where the next number is not negative', () => {
    expect(toRelativePath('M0 0L5 5L7 4L6 9Z')).toBe('M0 0l5 5 2-1-1 5z');
  });

  it('refuse a path with other commands instead of drawing something else', () => {
    expect(() => toRelativePath('M0 0C1 1 2 2 3 3Z')).toThrow(/at "C1 1/);
    expect(() => toRelativePath('M0 0L1.5 2Z')).toThrow(/Not a path/);
  });
});
