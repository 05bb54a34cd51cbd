import { describe, it, expect } from 'vitest';
import {
  formatDate,
  formatPartialDate,
  formatNumber,
  plural,
  slugify,
  byDutchName,
} from '../../../src/lib/shared/text.ts';
import { formatIndicatorValue, differenceText } from '../../../src/lib/scan/format.ts';

describe('Dutch formatting', () => {
  it('formats dates and numbers the Belgian Dutch way', () => {
    expect(formatDate('2022-04-01')).toBe('1 april 2022');
    expect(formatNumber(118178)).toBe('118.178');
    expect(formatNumber(12.345, 1)).toBe('12,3');
  });
  it('formats a date only as precisely as the source gives it', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-08')).toBe('augustus 2019');
    expect(formatPartialDate('2019-08-29')).toBe('29 augustus 2019');
  });
  it('shows shares with one decimal always, so a column of percentages lines up', () => {
    expect(formatIndicatorValue(14, '%')).toBe('14,0 %');
    expect(formatIndicatorValue(13.46, '%')).toBe('13,5 %');
    expect(formatIndicatorValue(2.75, 'per 1.000 inwoners')).toBe('2,8');
    expect(formatIndicatorValue(12, 'per 1.000 inwoners')).toBe('12,0');
    expect(formatIndicatorValue(118178, 'personen')).toBe('118.178');
    expect(differenceText(28.8, 13, '%')).toBe('15,8 procentpunt hoger dan');
    expect(differenceText(10, 12, '%')).toBe('2,0 procentpunt lager dan');
    expect(differenceText(5, 5, '%')).toBe('even hoog als');
  });
  it('chooses singular or plural', () => {
    expect(plural(1, 'gemeente', 'gemeenten')).toBe('1 gemeente');
    expect(plural(285, 'gemeente', 'gemeenten')).toBe('285 gemeenten');
  });
  it('slugifies accents and punctuation', () => {
    expect(slugify('Sint-Niklaas')).toBe('sint-niklaas');
    expect(slugify('Taalcafé Één')).toBe('taalcafe-een');
  });
  it('sorts names in Dutch order, ignoring case and accents', () => {
    expect(['Zele', 'aalst', 'Élewijt', 'Beveren'].sort(byDutchName((s) => s))).toEqual([
      'aalst',
      'Beveren',
      'Élewijt',
      'Zele',
    ]);
  });
});
