/**
 * "Stand van de inventaris": how far the knowledge base covers Flanders, counted from the content.
 * Pure functions over plain data so a unit test can compute every figure on a fixture; the page
 * states them with the build date.
 */
import { SIZE_CLASSES, sizeClass } from './facets.ts';
import { byDutchName } from '../shared/text.ts';

export interface InventoryMunicipality {
  nis: string;
  naam: string;
  provincie: string;
  bevolking: number;
}

export interface InventoryPractice {
  id: string;
  /** Curation status: only "gepubliceerd" counts as published. */
  status: string;
  niveau: string;
  gemeenten: readonly string[];
  themas: readonly string[];
  acties: readonly string[];
  partners: readonly string[];
  contactOrganisatie?: string;
}

export interface Labelled {
  id: string;
  label: string;
  /** Its page, when it has one (an action). */
  href?: string;
}

/** Statuses of submissions a curator still has to judge. */
export const AWAITING_REVIEW = ['ingediend', 'in-review'] as const;
const PUBLISHED = 'gepubliceerd';

export interface CoverageRow {
  id: string;
  label: string;
  /** Published practices that run in at least one municipality of this group. */
  practices: number;
  municipalities: number;
  municipalitiesWithPractice: number;
}

export interface InventoryFigures {
  published: number;
  /** Published practices per level (lokaal, intergemeentelijk, vlaams, buitenland). */
  byLevel: Record<string, number>;
  awaitingReview: number;
  municipalityCount: number;
  municipalitiesWith: InventoryMunicipality[];
  municipalitiesWithout: InventoryMunicipality[];
  /** Published practices per municipality (NIS code), only those with at least one. */
  practicesPerMunicipality: Map<string, number>;
  byProvince: CoverageRow[];
  bySizeClass: CoverageRow[];
  byTheme: { id: string; label: string; practices: number }[];
  themesWithout: Labelled[];
  actionsWithout: Labelled[];
  /** Organisations named as contact or partner of a published practice, with how many practices name them. */
  actors: { naam: string; practices: number }[];
}

/** Collapses case and spacing so "Stad Gent" and "stad  gent" are one actor; the first spelling is shown. */
const actorKey = (name: string) => name.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

export function inventoryFigures(
  practices: readonly InventoryPractice[],
  municipalities: readonly InventoryMunicipality[],
  themes: readonly Labelled[],
  actions: readonly Labelled[],
): InventoryFigures {
  const published = practices.filter((p) => p.status === PUBLISHED);
  const known = new Map(municipalities.map((m) => [m.nis, m]));

  const practicesPerMunicipality = new Map<string, number>();
  for (const p of published) {
    for (const nis of new Set(p.gemeenten))
      if (known.has(nis)) practicesPerMunicipality.set(nis, (practicesPerMunicipality.get(nis) ?? 0) + 1);
  }
  const sorted = [...municipalities].sort(byDutchName((m) => m.naam));
  const coverage = (groups: Labelled[], groupOf: (m: InventoryMunicipality) => string): CoverageRow[] =>
    groups.map(({ id, label }) => {
      const members = municipalities.filter((m) => groupOf(m) === id);
      const memberSet = new Set(members.map((m) => m.nis));
      return {
        id,
        label,
        practices: published.filter((p) => p.gemeenten.some((nis) => memberSet.has(nis))).length,
        municipalities: members.length,
        municipalitiesWithPractice: members.filter((m) => practicesPerMunicipality.has(m.nis)).length,
      };
    });
  const provinces = [...new Set(municipalities.map((m) => m.provincie))]
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .map((p) => ({ id: p, label: p }));

  const themeCounts = themes.map((t) => ({ ...t, practices: published.filter((p) => p.themas.includes(t.id)).length }));
  const actorCounts = new Map<string, { naam: string; ids: Set<string> }>();
  for (const p of published) {
    for (const naam of [p.contactOrganisatie, ...p.partners]) {
      if (!naam) continue;
      const entry = actorCounts.get(actorKey(naam)) ?? { naam: naam.trim(), ids: new Set<string>() };
      entry.ids.add(p.id);
      actorCounts.set(actorKey(naam), entry);
    }
  }
  const byLevel: Record<string, number> = {};
  for (const p of published) byLevel[p.niveau] = (byLevel[p.niveau] ?? 0) + 1;

  return {
    published: published.length,
    byLevel,
    awaitingReview: practices.filter((p) => (AWAITING_REVIEW as readonly string[]).includes(p.status)).length,
    municipalityCount: municipalities.length,
    municipalitiesWith: sorted.filter((m) => practicesPerMunicipality.has(m.nis)),
    municipalitiesWithout: sorted.filter((m) => !practicesPerMunicipality.has(m.nis)),
    practicesPerMunicipality,
    byProvince: coverage(provinces, (m) => m.provincie),
    bySizeClass: coverage(
      SIZE_CLASSES.map((c) => ({ id: c.id, label: c.label })),
      (m) => sizeClass(m.bevolking),
    ),
    byTheme: themeCounts
      .filter((t) => t.practices > 0)
      .sort((a, b) => b.practices - a.practices || a.label.localeCompare(b.label, 'nl')),
    themesWithout: themes.filter((t) => !published.some((p) => p.themas.includes(t.id))),
    actionsWithout: actions.filter((a) => !published.some((p) => p.acties.includes(a.id))),
    actors: [...actorCounts.values()]
      .map(({ naam, ids }) => ({ naam, practices: ids.size }))
      .sort((a, b) => b.practices - a.practices || a.naam.localeCompare(b.naam, 'nl')),
  };
}

/** Share as a whole percentage for display, or undefined when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 100) : undefined;
}

/** Classes of the inventory map: most municipalities have none or one practice, so fixed classes instead of quintiles. */
export const MAP_CLASSES = [
  { min: 1, label: '1 praktijk' },
  { min: 2, label: '2 of 3' },
  { min: 4, label: '4 of meer' },
];

/** Where a municipality without practices is invited to share one (the submission form). */
export const SHARE_PRACTICE_HREF = '/praktijk-delen/';

/** The group whose municipalities are least covered (lowest share with a practice); groups without municipalities are skipped. */
export function leastCovered(rows: readonly CoverageRow[]): CoverageRow | undefined {
  const share = (r: CoverageRow) => r.municipalitiesWithPractice / r.municipalities;
  return rows
    .filter((r) => r.municipalities > 0)
    .reduce<CoverageRow | undefined>((low, r) => (!low || share(r) < share(low) ? r : low), undefined);
}
