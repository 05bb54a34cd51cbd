import { describe, it, expect } from 'vitest';
import { isoDate, partialDate, notInFuture, today } from '../../../src/schemas/common.ts';
import { unwrap } from '../../../src/lib/content/schema-walk.ts';

describe('isoDate', () => {
  it('accepts a quoted date and a YAML 1.1 Date object alike, as YYYY-MM-DD', () => {
    expect(isoDate.parse('2022-04-01')).toBe('2022-04-01');
    expect(isoDate.parse(new Date('2022-04-01T00:00:00Z'))).toBe('2022-04-01');
  });
  it('refuses impossible and out-of-range dates', () => {
    expect(isoDate.safeParse('2022-13-45').success).toBe(false);
    expect(isoDate.safeParse('1800-01-01').success).toBe(false);
    expect(isoDate.safeParse(new Date('invalid')).success).toBe(false);
  });
  it('still reads as a date field for the CMS', () => {
    const { def } = unwrap(isoDate);
    expect(def.type === 'string' && def.format).toBe('date');
  });
});

describe('partialDate', () => {
  it('keeps a year, a month or a day as written, and reads YAML numbers and Date objects back', () => {
    expect(partialDate.parse('2023')).toBe('2023');
    expect(partialDate.parse(2023)).toBe('2023');
    expect(partialDate.parse('2023-05')).toBe('2023-05');
    expect(partialDate.parse('2023-05-14')).toBe('2023-05-14');
    expect(partialDate.parse(new Date('2023-05-14T00:00:00Z'))).toBe('2023-05-14');
  });
  it('refuses free text, impossible months and days, and dates out of range', () => {
    for (const bad of ['mei 2023', '2023-5', '2023-13', '2023-02-30', '23', '1889', 2023.5, '2023-05-14T10:00']) {
      expect(partialDate.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
  it('notInFuture accepts today and earlier, and counts a year or month from its start', () => {
    const now = today();
    expect(notInFuture(now)).toBe(true);
    expect(notInFuture(now.slice(0, 4))).toBe(true);
    expect(notInFuture(now.slice(0, 7))).toBe(true);
    expect(notInFuture(String(Number(now.slice(0, 4)) + 1))).toBe(false);
    expect(notInFuture(`${Number(now.slice(0, 4)) + 1}-01-01`)).toBe(false);
    expect(notInFuture(undefined)).toBe(true);
  });
});
