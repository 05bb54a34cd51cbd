import { describe, it, expect } from 'vitest';
import {
  goalLabel,
  projectYearLabel,
  projectYearSpan,
  formatShare,
  formatSourceDate,
} from '../../../src/lib/plan/labels.ts';

describe('labels', () => {
  it('labels a goal by number and title', () => {
    expect(goalLabel({ nummer: 5, titel: 'Netwerken' })).toBe('5. Netwerken');
  });

  it('numbers project years by the plan’s own years, and shows an unknown year by its dates alone', () => {
    const years = ['2024-25', '2022-23', '2023-24'];
    expect(projectYearLabel('2023-24', years)).toBe('projectjaar 2 (2023–2024)');
    expect(projectYearLabel('2025-26', years)).toBe('2025–2026');
    expect(projectYearSpan('2099-00')).toBe('2099–2000');
  });

  it('writes percentages nl-BE style, with a space before the sign', () => {
    expect(formatShare(118178 / 68429)).toBe('173 %');
    expect(formatShare(14 / 16)).toBe('88 %');
  });

  it('writes a date as precisely as the source gives it', () => {
    expect([formatSourceDate('2026'), formatSourceDate('2025-10'), formatSourceDate('2022-09-23')]).toEqual([
      '2026',
      'oktober 2025',
      '23 september 2022',
    ]);
  });
});
