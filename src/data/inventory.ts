/**
 * The inventory and the adoption relation, computed once per build from every practice (also the
 * unpublished ones, which only ever count: their titles and contents never leave this module).
 */
import { getCollection } from 'astro:content';
import { getPractices, placeOf } from './practices.ts';
import { getReferenceData } from './reference.ts';
import { getPlanData } from './plan.ts';
import { adoptionLinks, adoptionsOf, adoptionSummary, type AdoptionPractice } from '../lib/practices/adoptions.ts';
import { inventoryFigures } from '../lib/practices/inventory.ts';
import type { Practice } from '../schemas/practice.ts';

/** The plan whose actions the inventory checks for practices. */
const PLAN_SAMENLEVEN = 'plan-samenleven';

async function load() {
  const [entries, practices, ref, plan] = await Promise.all([
    getCollection('praktijken'),
    getPractices(),
    getReferenceData(),
    getPlanData(),
  ]);
  const all = entries.map((e) => ({ id: e.id, data: e.data as Practice })).sort((a, b) => a.id.localeCompare(b.id));

  const adoptionPractices: AdoptionPractice[] = all.map(({ id, data }) => {
    const view = practices.byId.get(id);
    return {
      id,
      titel: data.titel,
      niveau: data.niveau,
      land: data.land,
      place: view ? placeOf(view) : '',
      visible: Boolean(view),
      overgenomenVan: data.overgenomenVan,
    };
  });
  const links = adoptionLinks(adoptionPractices);

  const figures = inventoryFigures(
    all.map(({ id, data }) => ({
      id,
      status: data.curatie.status,
      niveau: data.niveau,
      gemeenten: data.gemeenten,
      themas: data.themas,
      acties: data.acties,
      partners: data.partners,
      contactOrganisatie: data.contact?.organisatie,
    })),
    ref.municipalities,
    ref.themes,
    plan.actions
      .filter((a) => a.plan.id === PLAN_SAMENLEVEN)
      .map((a) => ({ id: a.id, label: `Actie ${a.data.nummer}: ${a.data.titel}`, href: a.href })),
  );

  return {
    figures,
    adoptions: adoptionSummary(adoptionPractices),
    /** Origins and (public) adopters of one practice, for its fiche. */
    adoptionsOf: (id: string) => adoptionsOf(id, links),
    /** The page of a practice, or undefined when it has none (the link is then left out). */
    hrefOf: (id: string | undefined) => (id ? practices.byId.get(id)?.href : undefined),
    buildDate: new Date().toISOString().slice(0, 10),
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getInventory() {
  cached ??= load();
  return cached;
}
