import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/schemas/common.ts';
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
    expect(unwrap(isoDate).def.format).toBe('date');
  });
});
