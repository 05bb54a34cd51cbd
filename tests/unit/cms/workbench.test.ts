/** The curator's list views: filters, groups, sorting and the "review due" pattern. */
import { describe, it, expect } from 'vitest';
import { atOrBefore, workbenchFor } from '../../../cms/workbench.ts';
import { practiceSchema, CURATION_STATUSES } from '../../../src/schemas/practice.ts';
import { pageSchema } from '../../../src/schemas/page.ts';

describe('atOrBefore', () => {
  it('matches exactly the ISO dates up to and including the limit', () => {
    const limit = '2026-12-01';
    const pattern = new RegExp(atOrBefore(limit));
    const day = new Date(Date.UTC(2019, 0, 1));
    let checked = 0;
    while (day.getUTCFullYear() < 2031) {
      const iso = day.toISOString().slice(0, 10);
      expect(pattern.test(iso), iso).toBe(iso <= limit);
      day.setUTCDate(day.getUTCDate() + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(4000);
    for (const other of ['', '2026-1-01', 'x2026-12-01', '2026-12-01 ', '1999-02-30x'])
      expect(pattern.test(other), other).toBe(false);
  });
});

describe('workbenchFor', () => {
  const bench = workbenchFor(practiceSchema, 'titel', '2026-12-01')!;

  it('filters by every curation status with its label, and by review due', () => {
    expect(bench.view_filters.map((f) => f.label)).toEqual([
      ...Object.values(CURATION_STATUSES),
      'Review nodig (gepland tot 2026-12-01)',
    ]);
    const ingediend = bench.view_filters.find((f) => f.label === 'Ingediend')!;
    expect(new RegExp(ingediend.pattern).test('ingediend')).toBe(true);
    expect(new RegExp(ingediend.pattern).test('niet-ingediend')).toBe(false);
  });

  it('groups by status, sorts by title and the curation dates, and shows status, municipalities and dates', () => {
    expect(bench.view_groups[0]).toEqual({ label: 'Curatiestatus', field: 'curatie.status' });
    expect(bench.sortable_fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['titel', 'curatie.ingediendOp', 'curatie.volgendeReview']),
    );
    expect(bench.summary).toContain('{{curatie.status}}');
    expect(bench.summary).toContain('{{gemeenten}}');
    expect(bench.summary).toContain('{{curatie.ingediendOp}}');
  });

  it('gives collections without curation no workbench', () => {
    expect(workbenchFor(pageSchema, 'titel', '2026-12-01')).toBeUndefined();
  });
});
