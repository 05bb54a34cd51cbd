import { describe, it, expect } from 'vitest';
import { flandersTotals } from '../../../src/lib/scan/flanders.ts';
import { extract, type SourceSpec } from '../../../src/lib/scan/import.ts';

describe('Flanders from counts', () => {
  it('divides the summed numerators by the summed denominators, not a mean of percentages', () => {
    const f = flandersTotals([
      { nis: '1', jaar: 2024, teller: 50, noemer: 100 },
      { nis: '2', jaar: 2024, teller: 90, noemer: 900 },
    ]);
    expect(f).toEqual([{ jaar: 2024, waarde: 14, teller: 140, noemer: 1000, gemeenten: 2 }]);
  });

  it('sums plain counts', () => {
    expect(
      flandersTotals([
        { nis: '1', jaar: 2020, teller: 3 },
        { nis: '2', jaar: 2020, teller: 4 },
      ]),
    ).toEqual([{ jaar: 2020, waarde: 7, teller: 7, gemeenten: 2 }]);
  });

  it('gives no value for a year where a municipality lacks its count', () => {
    const f = flandersTotals(
      [
        { nis: '1', jaar: 2020, teller: 3, noemer: 10 },
        { nis: '1', jaar: 2021, teller: 3, noemer: 10 },
        { nis: '2', jaar: 2021, teller: 1, noemer: 10 },
      ],
      () => 2,
    );
    expect(f.map((x) => x.jaar)).toEqual([2021]);
  });

  it('sums over the layout of each year: the municipalities that merged in 2019 count before 2019', () => {
    // 11001 and 11099 merged in 2019 into 11100 (a code of the 2019-2024 list); 2018 is still on the old codes.
    const municipalities = { current: new Set(['11100']), previous: new Set(['11100']) };
    const spec: SourceSpec = {
      kind: 'statbel',
      file: 'h.csv',
      teller: 'non_eu27',
      noemer: 'total',
      years: [2014, 2025],
    };
    const text =
      'year,CD_REFNIS,TX_RGN_DESCR_NL,non_eu27,total\n2018,11001,Vlaams Gewest,10,100\n2018,11099,Vlaams Gewest,30,100\n2019,11100,Vlaams Gewest,44,200\n2018,21004,Brussels Hoofdstedelijk Gewest,500,1000\n';
    const r = extract('x', spec, text, municipalities);
    expect(r.errors).toEqual([]);
    // The site shows no 2018 value for the merged municipality's old codes, but Flanders 2018 includes them.
    expect(r.rows.map((x) => x.jaar)).toEqual([2019]);
    expect(r.vlaanderen).toEqual([
      { jaar: 2018, waarde: 20, teller: 40, noemer: 200, gemeenten: 2 },
      { jaar: 2019, waarde: 22, teller: 44, noemer: 200, gemeenten: 1 },
    ]);
  });

  it('needs every municipality of the 2025 layout for provincies.incijfers.be, and has none for the survey', () => {
    const municipalities = { current: new Set(['46021', '46030']), previous: new Set(['46021']) };
    const spec: SourceSpec = { kind: 'pinc-ratio', file: 'w.csv', teller: 'a', noemer: 'b', years: [2014, 2024] };
    const text =
      'nis_code,gemeente,indicator,jaar,waarde\n46021,S,a,2023,5\n46021,S,b,2023,50\n46030,B,a,2023,x\n46030,B,b,2023,40\n46021,S,a,2024,5\n46021,S,b,2024,50\n46030,B,a,2024,15\n46030,B,b,2024,50\n';
    const r = extract('x', spec, text, municipalities);
    expect(r.vlaanderen).toEqual([{ jaar: 2024, waarde: 20, teller: 20, noemer: 100, gemeenten: 2 }]);
    const survey: SourceSpec = { kind: 'survey', file: 's.csv', column: 'c', year: 2023 };
    expect(extract('x', survey, 'nis_code_2024,c\n46021,41\n', municipalities).vlaanderen).toEqual([]);
  });
});
