import { describe, it, expect } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv, CsvError } from '../../../src/lib/shared/csv.ts';

describe('csv', () => {
  it('parses quoted fields with separators, quotes and newlines, keeping line numbers', () => {
    const text = 'a,b\n"x, y","he said ""hi"""\n"multi\nline",z\nlast,1';
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(['a', 'b']);
    expect(rows.map((r) => r.values)).toEqual([
      { a: 'x, y', b: 'he said "hi"' },
      { a: 'multi\nline', b: 'z' },
      { a: 'last', b: '1' },
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('round-trips through toCsv', () => {
    const rows = [{ naam: 'Sint-Niklaas', tekst: 'a "b", c\nd', leeg: undefined }];
    const text = toCsv(['naam', 'tekst', 'leeg'], rows);
    expect(parseCsv(text).rows[0].values).toEqual({ naam: 'Sint-Niklaas', tekst: 'a "b", c\nd', leeg: '' });
  });

  it('strips a byte-order mark and CRLF line ends', () => {
    expect(parseCsvRecords('\ufeffa;b\r\n1;2\r\n', ';').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it.each([
    ['a,b\n1,2,3', 2, /3 velden, verwacht 2/],
    ['a,b\n"open,2', 2, /niet afgesloten/],
    ['a,a\n1,2', 1, /twee keer/],
    ['a,b\n1,x"y', 2, /aanhalingsteken/],
    ['', 1, /leeg bestand/],
  ])('rejects %j at line %i', (text, line, message) => {
    try {
      parseCsv(text);
      expect.unreachable('parseCsv accepted bad input');
    } catch (err) {
      expect(err).toBeInstanceOf(CsvError);
      expect((err as CsvError).line).toBe(line);
      expect((err as Error).message).toMatch(message);
    }
  });

  it('requires the named columns', () => {
    expect(() => parseCsv('a,b\n1,2', { required: ['a', 'c'] })).toThrow(/kolom "c" ontbreekt/);
  });
});
