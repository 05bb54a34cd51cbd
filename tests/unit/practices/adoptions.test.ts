import { describe, it, expect } from 'vitest';
import {
  adoptionLinks,
  adoptionsOf,
  adoptionSummary,
  type AdoptionPractice,
} from '../../../src/lib/practices/adoptions.ts';

const bron = { titel: 'Testbron', sectie: 'p. 1' };
const fiche = (id: string, extra: Partial<AdoptionPractice>): AdoptionPractice => ({
  id,
  titel: `Titel ${id}`,
  niveau: 'lokaal',
  place: 'Ergens',
  visible: true,
  overgenomenVan: [],
  ...extra,
});
const from = (praktijk: string, wijze: 'overgenomen' | 'aangepast' = 'overgenomen') => ({
  praktijk,
  wijze,
  wijzigingen: `Anders dan ${praktijk}`,
  bron,
});

const practices: AdoptionPractice[] = [
  fiche('rotterdam', { niveau: 'buitenland', land: 'Nederland', place: 'Rotterdam, Nederland' }),
  fiche('berlijn', { niveau: 'buitenland', land: 'Duitsland' }),
  fiche('antwerpen', { overgenomenVan: [from('rotterdam')] }),
  fiche('oostende', { overgenomenVan: [from('rotterdam', 'aangepast')] }),
  fiche('mechelen', {}),
  fiche('oostende-plein', { visible: false, overgenomenVan: [from('mechelen', 'aangepast')] }),
  fiche('genk', { overgenomenVan: [from('mechelen')] }),
  fiche('survey', {
    niveau: 'vlaams',
    overgenomenVan: [
      {
        voorbeeld: { naam: 'Een Nederlandse survey', land: 'Nederland' },
        wijze: 'overgenomen',
        wijzigingen: 'Niet vermeld',
        bron,
      },
    ],
  }),
  fiche('burenhuis', {
    overgenomenVan: [
      { voorbeeld: { naam: 'Ons Burenhuis', land: 'België' }, wijze: 'overgenomen', wijzigingen: 'Niet vermeld', bron },
    ],
  }),
];

describe('adoptionsOf', () => {
  const links = adoptionLinks(practices);

  it('shows a Flemish fiche where it comes from and what changed', () => {
    const { origins } = adoptionsOf('oostende', links);
    expect(origins).toEqual([
      expect.objectContaining({
        wijze: 'aangepast',
        wijzigingen: 'Anders dan rotterdam',
        origin: { id: 'rotterdam', label: 'Titel rotterdam', land: 'Nederland', foreign: true },
      }),
    ]);
  });

  it('shows the origin fiche where it was taken over, leaving out adopters without a public page', () => {
    expect(adoptionsOf('rotterdam', links).adopters.map((l) => l.adopter.id)).toEqual(['antwerpen', 'oostende']);
    expect(adoptionsOf('mechelen', links).adopters.map((l) => l.adopter.id)).toEqual(['genk']);
    expect(adoptionsOf('berlijn', links).adopters).toEqual([]);
  });
});

describe('adoptionSummary', () => {
  const summary = adoptionSummary(practices);

  it('counts foreign fiches and those taken over in Flanders', () => {
    expect(summary.foreignPractices.map((p) => p.id)).toEqual(['rotterdam', 'berlijn']);
    expect(summary.foreignTakenOver.map((p) => p.id)).toEqual(['rotterdam']);
  });

  it('splits adoptions of foreign examples (fiche or described) from those within Flanders', () => {
    expect(summary.fromAbroad.map((l) => `${l.adopter.id}<${l.origin.label}`)).toEqual([
      'antwerpen<Titel rotterdam',
      'oostende<Titel rotterdam',
      'survey<Een Nederlandse survey',
    ]);
    expect(summary.withinFlanders.map((l) => `${l.adopter.id}<${l.origin.label}`)).toEqual([
      'genk<Titel mechelen',
      'burenhuis<Ons Burenhuis',
    ]);
    expect(summary.countries).toEqual([{ land: 'Nederland', adoptions: 3 }]);
  });

  it('counts adoptions of unpublished practices without naming them', () => {
    expect(summary.pending).toBe(1);
    expect(JSON.stringify([summary.fromAbroad, summary.withinFlanders])).not.toContain('oostende-plein');
  });
});
