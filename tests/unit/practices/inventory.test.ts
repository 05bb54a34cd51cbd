import { describe, it, expect } from 'vitest';
import {
  inventoryFigures,
  leastCovered,
  percentOf,
  type InventoryPractice,
  type InventoryMunicipality,
} from '../../../src/lib/practices/inventory.ts';

// Five municipalities in two provinces, across three size classes.
const municipalities: InventoryMunicipality[] = [
  { nis: '11002', naam: 'Antwerpen', provincie: 'Antwerpen', bevolking: 560_000 },
  { nis: '11001', naam: 'Aartselaar', provincie: 'Antwerpen', bevolking: 15_000 },
  { nis: '13001', naam: 'Arendonk', provincie: 'Antwerpen', bevolking: 9_000 },
  { nis: '44021', naam: 'Gent', provincie: 'Oost-Vlaanderen', bevolking: 270_000 },
  { nis: '41002', naam: 'Aalst', provincie: 'Oost-Vlaanderen', bevolking: 90_000 },
];
const themes = [
  { id: 'taal', label: 'Taal' },
  { id: 'wonen', label: 'Wonen' },
  { id: 'armoede', label: 'Armoede' },
];
const actions = [
  { id: 'plan-samenleven-5', label: 'Actie 5' },
  { id: 'plan-samenleven-22', label: 'Actie 22' },
];
const practice = (id: string, extra: Partial<InventoryPractice>): InventoryPractice => ({
  id,
  status: 'gepubliceerd',
  niveau: 'lokaal',
  gemeenten: [],
  themas: ['taal'],
  acties: [],
  partners: [],
  ...extra,
});
const practices: InventoryPractice[] = [
  practice('a', {
    gemeenten: ['11002'],
    acties: ['plan-samenleven-5'],
    contactOrganisatie: 'Stad Antwerpen',
    partners: ['Atlas'],
  }),
  practice('b', {
    niveau: 'intergemeentelijk',
    gemeenten: ['11002', '44021'],
    themas: ['taal', 'wonen'],
    partners: ['atlas ', 'Stad  Antwerpen'],
  }),
  practice('c', { gemeenten: ['41002'], contactOrganisatie: 'Stad Aalst' }),
  practice('vlaams', { niveau: 'vlaams', themas: ['wonen'] }),
  practice('buitenland', { niveau: 'buitenland', themas: ['taal'] }),
  // Not published: none of these may count anywhere but in the waiting count.
  practice('wacht-1', {
    status: 'ingediend',
    gemeenten: ['13001'],
    themas: ['armoede'],
    acties: ['plan-samenleven-22'],
    partners: ['Geheim'],
  }),
  practice('wacht-2', { status: 'in-review', gemeenten: ['11001'] }),
  practice('oud', { status: 'gearchiveerd', gemeenten: ['11001'], themas: ['armoede'] }),
];

describe('inventoryFigures', () => {
  const figures = inventoryFigures(practices, municipalities, themes, actions);

  it('counts published practices, by level, and submissions waiting for review', () => {
    expect(figures.published).toBe(5);
    expect(figures.byLevel).toEqual({ lokaal: 2, intergemeentelijk: 1, vlaams: 1, buitenland: 1 });
    expect(figures.awaitingReview).toBe(2);
  });

  it('lists the municipalities with and without a published practice, in Dutch order', () => {
    expect(figures.municipalityCount).toBe(5);
    expect(figures.municipalitiesWith.map((m) => m.naam)).toEqual(['Aalst', 'Antwerpen', 'Gent']);
    expect(figures.municipalitiesWithout.map((m) => m.naam)).toEqual(['Aartselaar', 'Arendonk']);
    expect(Object.fromEntries(figures.practicesPerMunicipality)).toEqual({ '11002': 2, '44021': 1, '41002': 1 });
  });

  it('counts per province a practice once even when it runs in several of its municipalities', () => {
    expect(figures.byProvince).toEqual([
      { id: 'Antwerpen', label: 'Antwerpen', practices: 2, municipalities: 3, municipalitiesWithPractice: 1 },
      {
        id: 'Oost-Vlaanderen',
        label: 'Oost-Vlaanderen',
        practices: 2,
        municipalities: 2,
        municipalitiesWithPractice: 2,
      },
    ]);
  });

  it('counts per size class of municipality, keeping classes without municipalities', () => {
    const rows = Object.fromEntries(
      figures.bySizeClass.map((r) => [r.id, [r.practices, r.municipalities, r.municipalitiesWithPractice]]),
    );
    expect(rows).toEqual({
      'tot-10000': [0, 1, 0],
      '10000-25000': [0, 1, 0],
      '25000-50000': [0, 0, 0],
      '50000-100000': [1, 1, 1],
      'vanaf-100000': [2, 2, 2],
    });
  });

  it('counts themes and names themes and actions without a published practice', () => {
    expect(figures.byTheme).toEqual([
      { id: 'taal', label: 'Taal', practices: 4 },
      { id: 'wonen', label: 'Wonen', practices: 2 },
    ]);
    expect(figures.themesWithout.map((t) => t.id)).toEqual(['armoede']);
    expect(figures.actionsWithout.map((a) => a.id)).toEqual(['plan-samenleven-22']);
  });

  it('lists contributing organisations once whatever their spelling, never those of unpublished practices', () => {
    expect(figures.actors).toEqual([
      { naam: 'Atlas', practices: 2 },
      { naam: 'Stad Antwerpen', practices: 2 },
      { naam: 'Stad Aalst', practices: 1 },
    ]);
  });
});

describe('leastCovered', () => {
  const figures = inventoryFigures(practices, municipalities, themes, actions);

  it('names the province and size class with the lowest share of covered municipalities', () => {
    // Antwerpen: 1 of 3 covered; Oost-Vlaanderen: 2 of 2.
    expect(leastCovered(figures.byProvince)?.id).toBe('Antwerpen');
    // Two classes have 0 of 1 covered: the first in order wins; the class without municipalities is skipped.
    expect(leastCovered(figures.bySizeClass)?.id).toBe('tot-10000');
  });

  it('has no answer when no group has municipalities', () => {
    expect(
      leastCovered([{ id: 'x', label: 'X', practices: 0, municipalities: 0, municipalitiesWithPractice: 0 }]),
    ).toBeUndefined();
  });
});

describe('percentOf', () => {
  it('rounds to a whole percentage and has no value for an empty whole', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeUndefined();
  });
});
