/**
 * The adoption relation both ways, and the figures that answer "how many foreign practices were
 * taken over in Flanders, where, and what changed". Pure functions over plain data: the caller
 * decides which practices are visible (src/data/inventory.ts applies the site's visibility rule).
 */
import type { Adoption } from '../../schemas/adoption.ts';
import { HOME_COUNTRY } from '../../schemas/adoption.ts';
import type { Source } from '../../schemas/common.ts';

export interface AdoptionPractice {
  id: string;
  titel: string;
  niveau: string;
  /** Country of a foreign practice. */
  land?: string;
  /** Where it runs, in words ("Oostende", "Rotterdam, Nederland"). */
  place: string;
  /** Whether the practice has a public page (published or archived). */
  visible: boolean;
  overgenomenVan: Adoption[];
}

/** The example of one adoption: a fiche of the knowledge base or a description from the source. */
export interface AdoptionOrigin {
  /** Id of the fiche, when the example has one. */
  id?: string;
  label: string;
  land: string;
  foreign: boolean;
}

export interface AdoptionLink {
  adopter: AdoptionPractice;
  origin: AdoptionOrigin;
  wijze: Adoption['wijze'];
  wijzigingen: string;
  bron: Source;
}

const FOREIGN_LEVEL = 'buitenland';

export const isForeignPractice = (p: Pick<AdoptionPractice, 'niveau'>) => p.niveau === FOREIGN_LEVEL;

/** Every adoption recorded by the given practices, with its example resolved. Unknown ids are skipped (the validator refuses them). */
export function adoptionLinks(practices: readonly AdoptionPractice[]): AdoptionLink[] {
  const byId = new Map(practices.map((p) => [p.id, p]));
  const links: AdoptionLink[] = [];
  for (const adopter of practices) {
    for (const adoption of adopter.overgenomenVan) {
      const origin = originOf(adoption, byId);
      if (origin)
        links.push({ adopter, origin, wijze: adoption.wijze, wijzigingen: adoption.wijzigingen, bron: adoption.bron });
    }
  }
  return links;
}

function originOf(adoption: Adoption, byId: Map<string, AdoptionPractice>): AdoptionOrigin | undefined {
  if (adoption.voorbeeld) {
    const { naam, land } = adoption.voorbeeld;
    return { label: naam, land, foreign: land !== HOME_COUNTRY };
  }
  const fiche = adoption.praktijk ? byId.get(adoption.praktijk) : undefined;
  if (!fiche) return undefined;
  const foreign = isForeignPractice(fiche);
  return { id: fiche.id, label: fiche.titel, land: foreign ? (fiche.land ?? '') : HOME_COUNTRY, foreign };
}

/** What one fiche shows: where it comes from, and (visible practices only) where it was taken over. */
export function adoptionsOf(id: string, links: readonly AdoptionLink[]) {
  return {
    origins: links.filter((l) => l.adopter.id === id),
    adopters: links.filter((l) => l.origin.id === id && l.adopter.visible),
  };
}

export interface AdoptionSummary {
  /** Foreign fiches with a public page. */
  foreignPractices: AdoptionPractice[];
  /** Of those, the ones a visible Flemish practice took over. */
  foreignTakenOver: AdoptionPractice[];
  /** Adoptions by visible Flemish practices of a foreign example (fiche or described). */
  fromAbroad: AdoptionLink[];
  /** Adoptions by visible Flemish practices of another Flemish example. */
  withinFlanders: AdoptionLink[];
  /** Countries the foreign examples come from, with how many adoptions each. */
  countries: { land: string; adoptions: number }[];
  /** Adoptions recorded by practices that are not public yet (a count only: their titles stay private). */
  pending: number;
}

export function adoptionSummary(practices: readonly AdoptionPractice[]): AdoptionSummary {
  const links = adoptionLinks(practices);
  const visibleFlemish = links.filter((l) => l.adopter.visible && !isForeignPractice(l.adopter));
  const fromAbroad = visibleFlemish.filter((l) => l.origin.foreign);
  const foreignPractices = practices.filter((p) => p.visible && isForeignPractice(p));
  const takenOverIds = new Set(fromAbroad.map((l) => l.origin.id).filter(Boolean));
  const countries = new Map<string, number>();
  for (const l of fromAbroad) countries.set(l.origin.land, (countries.get(l.origin.land) ?? 0) + 1);
  return {
    foreignPractices,
    foreignTakenOver: foreignPractices.filter((p) => takenOverIds.has(p.id)),
    fromAbroad,
    withinFlanders: visibleFlemish.filter((l) => !l.origin.foreign),
    countries: [...countries]
      .map(([land, adoptions]) => ({ land, adoptions }))
      .sort((a, b) => b.adoptions - a.adoptions || a.land.localeCompare(b.land, 'nl')),
    pending: links.filter((l) => !l.adopter.visible).length,
  };
}
