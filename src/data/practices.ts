/**
 * Practices loaded once per build and indexed for every page, feed and export.
 *
 * Visibility rule (one place): only `gepubliceerd` practices appear on lists, in search, feeds and
 * exports; `gearchiveerd` ones keep their page (with a notice, outside the search index); `ingediend`
 * and `in-review` practices get no page and appear nowhere. Everything outside this module should use
 * `published`, `archived` or `pages`, never the raw collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getReferenceData } from './reference.ts';
import { sizeClass, sizeClassLabel, SIZE_CLASSES, type FacetItem } from '../lib/practices/facets.ts';
import { relatedIndex, type RelatedMatch } from '../lib/practices/related.ts';
import { byDutchName, slugify } from '../lib/shared/text.ts';
import { groupBy } from '../lib/shared/group.ts';
import { isPaged } from '../lib/practices/paging.ts';
import { SEARCH_TYPE_LABELS, DEFAULT_PLAN, actionFilterValue } from '../lib/search/vocabulary.ts';
import { synonymTerms } from '../lib/search/synonyms.ts';
import type { SearchOptions } from '../layouts/Base.astro';
import { searchableText } from '../lib/practices/fiche.ts';
import type { Municipality } from '../schemas/municipality.ts';
import {
  PRACTICE_LEVELS,
  EVIDENCE_LEVELS,
  PRACTICE_STATUSES,
  hasCuratorFields,
  type Practice,
  type PublishedPractice,
} from '../schemas/practice.ts';
import type { Action, PlanGoal } from '../schemas/plan.ts';
import { goalLabel } from '../lib/plan/labels.ts';
import { PROVINCES } from '../schemas/municipality.ts';
import { hasPage, isListed } from '../lib/practices/visibility.ts';

export type PracticeEntry = CollectionEntry<'praktijken'>;
// Collections are typed loosely in content.config.ts; the schema's own type is the source of truth.
export type PracticeData = PublishedPractice;

export interface PracticeView {
  id: string;
  entry: PracticeEntry;
  data: PracticeData;
  href: string;
  archived: boolean;
  municipalities: Municipality[];
  provinces: string[];
  sizeClasses: string[];
  /** Plan Samenleven actions of this practice that exist, with their goal. */
  actions: { id: string; nummer: number; titel: string; doel: string; plan: string }[];
  /** Synonyms of words in its text (content/taxonomieen/synoniemen.yaml), indexed for search. */
  searchTerms: string[];
  /** Search filter values of the default plan's actions it carries out ("Actie 5"). */
  actionFilters: string[];
  planGoals: { id: string; nummer: number; titel: string }[];
  /** Publication date (ISO), for sorting, feeds and "recent". */
  date: string;
  facets: FacetItem;
}

/** Facet keys in display order; the same keys are the URL query keys on /praktijken/. */
export const FACET_KEYS = ['thema', 'provincie', 'grootte', 'doelgroep', 'bewijsniveau', 'niveau', 'plandoel'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  thema: "Thema's",
  provincie: 'Provincie',
  grootte: 'Grootte van de gemeente',
  doelgroep: 'Doelgroep',
  bewijsniveau: 'Bewijsniveau',
  niveau: 'Niveau',
  plandoel: 'Doel van het Plan Samenleven',
};

export const provinceSlug = (name: string) => slugify(name);

const byDateDesc = (a: PracticeView, b: PracticeView) =>
  a.date === b.date ? a.data.titel.localeCompare(b.data.titel, 'nl') : a.date < b.date ? 1 : -1;

async function load() {
  const [entries, acties, plandoelen, ref, synoniemen] = await Promise.all([
    getCollection('praktijken'),
    getCollection('acties'),
    getCollection('plandoelen'),
    getReferenceData(),
    getCollection('synoniemen'),
  ]);
  const synonymGroups = synoniemen.map((e) => e.data);
  const actionById = new Map<string, Action>(acties.map((a) => [a.id, a.data as Action]));
  const planGoalById = new Map<string, PlanGoal>(plandoelen.map((g) => [g.id, g.data as PlanGoal]));

  const visible = entries.filter((e) => hasPage(e.data.curatie.status));
  const views: PracticeView[] = visible.map((entry) => {
    const data = entry.data as Practice;
    // The schema requires the curator fields from "in review" on; the content check ran before this.
    if (!hasCuratorFields(data))
      throw new Error(`content/praktijken/${entry.id}: een gepubliceerde praktijk zonder bewijs of criteria`);
    const municipalities = data.gemeenten
      .map((nis) => ref.municipalityByNis.get(nis))
      .filter((m): m is Municipality => Boolean(m))
      .sort(byDutchName((m) => m.naam));
    const provinces = [...new Set(municipalities.map((m) => m.provincie))].sort();
    const sizeClasses = [...new Set(municipalities.map((m) => sizeClass(m.bevolking)))];
    const actions = data.acties
      .map((id) => ({ id, a: actionById.get(id) }))
      .filter((x) => x.a)
      .map(({ id, a }) => ({ id, nummer: a!.nummer, titel: a!.titel, doel: a!.doel, plan: a!.plan }))
      .sort((a, b) => a.nummer - b.nummer);
    const planGoals = [...new Set(actions.map((a) => a.doel))]
      .map((id) => ({ id, g: planGoalById.get(id) }))
      .filter((x) => x.g)
      .map(({ id, g }) => ({ id, nummer: g!.nummer, titel: g!.titel }))
      .sort((a, b) => a.nummer - b.nummer);
    const date = data.curatie.gepubliceerdOp ?? data.curatie.ingediendOp;
    return {
      id: entry.id,
      entry,
      data,
      href: `/praktijken/${entry.id}/`,
      archived: !isListed(data.curatie.status),
      municipalities,
      provinces,
      sizeClasses,
      actions,
      searchTerms: synonymTerms(searchableText(data, entry.body), synonymGroups),
      actionFilters: actions.filter((a) => a.plan === DEFAULT_PLAN).map((a) => actionFilterValue(a.nummer)),
      planGoals,
      date,
      facets: {
        id: entry.id,
        values: {
          thema: data.themas,
          provincie: provinces.map(provinceSlug),
          grootte: sizeClasses,
          doelgroep: data.doelgroepen,
          bewijsniveau: [data.bewijs.niveau],
          niveau: [data.niveau],
          plandoel: planGoals.map((g) => g.id),
        },
      },
    };
  });

  const pages = [...views].sort((a, b) => a.id.localeCompare(b.id));
  const published = views.filter((p) => !p.archived).sort(byDateDesc);
  const archived = views.filter((p) => p.archived).sort(byDateDesc);

  // Related practices only among published ones: an archived practice is never suggested.
  const related = relatedIndex(
    published.map((p) => ({
      id: p.id,
      themes: p.data.themas,
      provinces: p.provinces,
      sizeClasses: p.sizeClasses,
      date: p.date,
    })),
    3,
  );
  const byId = new Map(views.map((p) => [p.id, p]));

  /** Facet options with Dutch labels, in a fixed order, only values that occur in published practices. */
  const present = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Set(published.flatMap((p) => p.facets.values[key]))]),
  ) as Record<FacetKey, Set<string>>;
  const keep = (key: FacetKey, options: { value: string; label: string }[]) =>
    options.filter((o) => present[key].has(o.value));
  const facetOptions: Record<FacetKey, { value: string; label: string }[]> = {
    thema: keep(
      'thema',
      ref.themes.map((t) => ({ value: t.id, label: t.label })),
    ),
    provincie: keep(
      'provincie',
      PROVINCES.map((p) => ({ value: provinceSlug(p), label: p })),
    ),
    grootte: keep(
      'grootte',
      SIZE_CLASSES.map((c) => ({ value: c.id, label: c.label })),
    ),
    doelgroep: keep(
      'doelgroep',
      ref.targetGroups.map((t) => ({ value: t.id, label: t.label })),
    ),
    bewijsniveau: keep(
      'bewijsniveau',
      Object.entries(EVIDENCE_LEVELS).map(([value, label]) => ({ value, label })),
    ),
    niveau: keep(
      'niveau',
      Object.entries(PRACTICE_LEVELS).map(([value, label]) => ({ value, label })),
    ),
    plandoel: keep(
      'plandoel',
      [...planGoalById.entries()]
        .sort((a, b) => a[1].nummer - b[1].nummer)
        .map(([value, g]) => ({ value, label: goalLabel(g) })),
    ),
  };

  const overviewPaged = isPaged(published.length);
  const labelOf = (key: FacetKey, value: string) => facetOptions[key].find((o) => o.value === value)?.label ?? value;

  return {
    /** Published and archived practices: those that have a page, by id. */
    pages,
    byId,
    published,
    archived,
    byTheme: groupBy(published, (p) => p.data.themas),
    byMunicipality: groupBy(published, (p) => p.data.gemeenten),
    byProvince: groupBy(published, (p) => p.provinces.map(provinceSlug)),
    byAction: groupBy(published, (p) => p.actions.map((a) => a.id)),
    byPolicyGoal: groupBy(published, (p) => p.data.beleidsdoelen),
    byPlanGoal: groupBy(published, (p) => p.planGoals.map((g) => g.id)),
    relatedOf: (id: string): (RelatedMatch & { practice: PracticeView })[] =>
      (related.get(id) ?? []).map((m) => ({ ...m, practice: byId.get(m.id)! })),
    facetOptions,
    /**
     * Where "filter further" from a theme or province list leads: the filters of /praktijken/ while
     * it holds every practice, the search page (answered by the search index) once it is paged.
     */
    refineHref: (key: 'thema' | 'provincie', value: string) =>
      overviewPaged
        ? `/zoeken/?${new URLSearchParams({ type: SEARCH_TYPE_LABELS.praktijk, [key]: labelOf(key, value) })}`
        : `/praktijken/?${key}=${encodeURIComponent(value)}`,
    actionById,
    planGoalById,
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getPractices() {
  cached ??= load();
  return cached;
}

export const levelLabel = (id: string) => PRACTICE_LEVELS[id as keyof typeof PRACTICE_LEVELS] ?? id;
export const evidenceLabel = (id: string) => EVIDENCE_LEVELS[id as keyof typeof EVIDENCE_LEVELS] ?? id;
export const statusLabel = (id: string) => PRACTICE_STATUSES[id as keyof typeof PRACTICE_STATUSES] ?? id;
export { sizeClassLabel };

/** "Gent, Sint-Niklaas" or "Berlijn (Duitsland)" or "Vlaanderen": where a practice runs, in words. */
export function placeOf(p: PracticeView): string {
  if (p.data.niveau === 'buitenland') return [p.data.stad, p.data.land].filter(Boolean).join(', ');
  if (p.municipalities.length === 0) return 'Vlaanderen';
  return p.municipalities.map((m) => m.naam).join(', ');
}

/** What a fiche gives the search index: its filters (one vocabulary, src/lib/search/vocabulary.ts), metadata and sort key. */
export function practiceSearchOptions(p: PracticeView, themeLabels: string[]): SearchOptions | undefined {
  if (p.archived) return undefined;
  return {
    type: 'praktijk',
    filters: {
      thema: themeLabels,
      provincie: p.provinces,
      gemeente: p.municipalities.map((m) => m.naam),
      bewijsniveau: evidenceLabel(p.data.bewijs.niveau),
      niveau: levelLabel(p.data.niveau),
      plandoel: p.planGoals.map(goalLabel),
      actie: p.actionFilters,
      status: statusLabel(p.data.status),
    },
    meta: { datum: p.date, gemeente: placeOf(p), samenvatting: p.data.samenvatting },
    sort: { datum: p.date },
  };
}
