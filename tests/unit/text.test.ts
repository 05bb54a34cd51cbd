import { describe, it, expect } from 'vitest';
import { formatDate, formatNumber, plural, slugify, byDutchName } from '../../src/lib/text.ts';

describe('Dutch formatting', () => {
  it('formats dates and numbers the Belgian Dutch way', () => {
    expect(formatDate('2022-04-01')).toBe('1 april 2022');
    expect(formatNumber(118178)).toBe('118.178');
    expect(formatNumber(12.345, 1)).toBe('12,3');
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
    expect(['Zele', 'aalst', 'Élewijt', 'Beveren'].sort(byDutchName((s) => s))).toEqual(['aalst', 'Beveren', 'Élewijt', 'Zele']);
  });
});
