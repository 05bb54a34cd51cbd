import { describe, it, expect } from 'vitest';
import { practiceLabel, periodText, statusText, costText, criteriaRows } from '../../../src/lib/practices/fiche.ts';
import { evidenceSchema, COST_RANGES, PRACTICE_STATUSES } from '../../../src/schemas/practice.ts';

describe('practiceLabel', () => {
  it('reads the label the schema gives a field, also nested ones', () => {
    const meta = evidenceSchema.shape.datum.meta()!;
    expect(practiceLabel('bewijs', 'datum')).toBe(meta.title);
    expect(practiceLabel('financiering', 'kosten')).toBe('Kosten');
    expect(practiceLabel('criteria', 'werkt')).toBe('Bewezen werkzaam');
  });
  it('fails loudly for a field that does not exist, instead of showing nothing', () => {
    expect(() => practiceLabel('bewijs', 'bestaatniet')).toThrow(/bewijs\.bestaatniet/);
  });
});

describe('fiche texts', () => {
  it('states the period in every combination', () => {
    expect(periodText({ start: 2019, structureel: true })).toBe('sinds 2019 (structureel)');
    expect(periodText({ start: 2016, einde: 2020, structureel: false })).toBe('2016 – 2020');
    expect(periodText({ einde: 2013, structureel: false })).toBe('tot 2013 (startjaar niet bekend)');
    expect(periodText({ structureel: false })).toBe('startjaar niet bekend');
  });
  it('an unconfirmed status says since when the newest evidence dates; a confirmed one does not', () => {
    expect(statusText('onbekend', '2019-08')).toBe(
      `${PRACTICE_STATUSES.onbekend}: de recentste bron dateert van augustus 2019`,
    );
    expect(statusText('lopend', '2019-08')).toBe(PRACTICE_STATUSES.lopend);
  });
  it('gives the cost as stated, the range, both, or says that no source gives it (never 0)', () => {
    expect(costText({ bronnen: [], kostenklasse: 'onbekend' })).toBe('Geen bron vermeldt de kosten');
    expect(costText({ bronnen: [], kosten: '€ 11.000 (2020)', kostenklasse: 'onbekend' })).toBe('€ 11.000 (2020)');
    expect(costText({ bronnen: [], kosten: '€ 4.000 per jaar (2023)', kostenklasse: 'minder-dan-10000' })).toBe(
      `€ 4.000 per jaar (2023); ${COST_RANGES['minder-dan-10000']}`,
    );
  });
  it('lists the three criteria in schema order with their verdict and tone', () => {
    const c = (oordeel: 'voldaan' | 'deels' | 'niet-aangetoond') => ({ oordeel, toelichting: 'x' });
    const rows = criteriaRows({
      werkt: c('voldaan'),
      klaarVoorGebruik: c('deels'),
      groteReikwijdte: c('niet-aangetoond'),
    });
    expect(rows.map((r) => [r.key, r.tone])).toEqual([
      ['werkt', 'ok'],
      ['klaarVoorGebruik', 'warn'],
      ['groteReikwijdte', 'muted'],
    ]);
    expect(rows[1].title).toBe('Meteen bruikbaar');
  });
});
