import { describe, it, expect } from 'vitest';
import {
  compare,
  differenceThreshold,
  groupMedian,
  quantile,
  spots,
  SURVEY_MARGIN,
} from '../../../src/lib/scan/spots.ts';

describe('when a difference counts', () => {
  const values = [2, 4, 6, 8, 10, 12, 14, 16, 18]; // quartiles 6 and 14: spread 8

  it('is half the interquartile range of the municipalities that year', () => {
    expect(quantile(values, 0.25)).toBe(6);
    expect(quantile(values, 0.75)).toBe(14);
    expect(differenceThreshold(values, false)).toBe(4);
  });

  it('is at least the survey margin for survey shares', () => {
    expect(differenceThreshold(values, true)).toBe(Math.max(4, SURVEY_MARGIN));
    expect(differenceThreshold([50, 50, 51, 51, 52], true)).toBe(SURVEY_MARGIN);
  });

  it('needs enough municipalities to measure a spread', () => {
    expect(differenceThreshold([1, 2, 3], false)).toBeUndefined();
  });

  it('calls a gap within the threshold no difference: 4,7 % against 4,7 % is never a weak spot', () => {
    expect(compare(4.7, 4.7, 0.9, 'lager-beter')).toBe('gelijk');
    expect(compare(5.5, 4.7, 0.9, 'lager-beter')).toBe('gelijk');
    expect(compare(5.7, 4.7, 0.9, 'lager-beter')).toBe('ongunstiger');
    expect(compare(3.7, 4.7, 0.9, 'lager-beter')).toBe('gunstiger');
    expect(compare(41, 56, 5, 'hoger-beter')).toBe('ongunstiger');
    expect(compare(28, 16, 5, 'neutraal')).toBe('hoger');
  });

  it('ranks strengths and weak spots by the gap relative to the threshold, leaving "gelijk" out', () => {
    const s = spots([
      { item: 'a', gap: -15, threshold: 5, verdict: 'ongunstiger' as const },
      { item: 'b', gap: -2, threshold: 0.5, verdict: 'ongunstiger' as const },
      { item: 'c', gap: 1, threshold: 5, verdict: 'gelijk' as const },
      { item: 'd', gap: 8, threshold: 5, verdict: 'gunstiger' as const },
    ]);
    expect(s.weak.map((x) => x.item)).toEqual(['b', 'a']);
    expect(s.strong.map((x) => x.item)).toEqual(['d']);
  });

  it('takes the group median over the members that have a value, and says how many', () => {
    expect(groupMedian([40, undefined, 50, 60])).toEqual({ value: 50, count: 3, of: 4 });
    expect(groupMedian([undefined])).toEqual({ value: undefined, count: 0, of: 1 });
  });
});
