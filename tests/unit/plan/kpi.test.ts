import { describe, it, expect } from 'vitest';
import { derivedMaximumSubsidy } from '../../../src/lib/plan/kpi.ts';

describe('derived maximum subsidy', () => {
  it('is maximum × contribution per KPI, summed over sub-KPIs', () => {
    expect(derivedMaximumSubsidy([{ maximum: 150, bijdragePerKpi: 650 }])).toBe(97500);
    expect(
      derivedMaximumSubsidy([
        { maximum: 150, bijdragePerKpi: 650 },
        { maximum: 38, bijdragePerKpi: 650 },
        { maximum: 75, bijdragePerKpi: 650 },
      ]),
    ).toBe(170950);
  });

  it('is unknown when a KPI lacks a figure or there are no KPIs, never a partial sum', () => {
    expect(derivedMaximumSubsidy([{ maximum: 150, bijdragePerKpi: 650 }, { maximum: 30 }])).toBeUndefined();
    expect(derivedMaximumSubsidy([])).toBeUndefined();
  });
});
