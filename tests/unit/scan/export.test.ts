import { describe, it, expect } from 'vitest';
import { excelCsv, excelNumber } from '../../../src/lib/scan/export.ts';
import { formatYears } from '../../../src/lib/scan/format.ts';
import { parseCsv } from '../../../src/lib/shared/csv.ts';

describe('downloads for Excel in Dutch (Belgium)', () => {
  it('writes a BOM, semicolons, CRLF and decimal commas', () => {
    const text = excelCsv(
      ['naam', 'waarde'],
      [
        { naam: 'Sint-Niklaas; stad', waarde: excelNumber(28.81546, '%') },
        { naam: 'Herstappe', waarde: '' },
      ],
    );
    expect(text.startsWith('\uFEFFnaam;waarde\r\n')).toBe(true);
    expect(text).toContain('"Sint-Niklaas; stad";28,8\r\n');
    expect(parseCsv(text, { separator: ';' }).rows.map((r) => r.values)).toEqual([
      { naam: 'Sint-Niklaas; stad', waarde: '28,8' },
      { naam: 'Herstappe', waarde: '' },
    ]);
  });

  it('rounds once from the exact value: shares and rates to one decimal, counts whole, nothing empty as 0', () => {
    expect(excelNumber((100 * 1) / 3, '%')).toBe('33,3');
    expect(excelNumber(34.25, 'per 1.000 inwoners 18+')).toBe('34,3');
    expect(excelNumber(82661)).toBe('82661');
    expect(excelNumber(undefined)).toBe('');
  });

  it('writes one year as one year, never "2023-2023"', () => {
    expect(formatYears([2023])).toBe('2023');
    expect(formatYears([2014, 2015, 2024])).toBe('2014-2024');
    expect(formatYears([])).toBe('nog geen waarden');
  });
});
