/**
 * The dependency rule of the fast rebuild (`npm start`): which pages a change to one practice touches,
 * so they can be rendered again at once while the full build follows in the background.
 *
 * A practice shows on its own page, on the overview of practices (and its further pages), on the list of
 * each of its themes and provinces, on the theme overview and home page (counts, recent practices), on
 * the page of each of its municipalities and Plan Samenleven actions, and on the inventory and data
 * overview (counts). Both the version before and the version after count: a practice that leaves a theme
 * must leave that theme's list. A practice without a page before or after (status ingediend or in-review)
 * touches only the inventory, which counts the submissions awaiting review. Pages that show a practice only indirectly (the related practices and adoptions on
 * other fiches, feeds, exports, the search index) are left to the full build.
 */
import { join } from 'node:path';
import { hasPage, isListed } from '../../src/lib/practices/visibility.ts';
import { slugify } from '../../src/lib/shared/text.ts';

/** What of a practice decides where it shows. */
export interface PracticeFacts {
  id: string;
  /** It has a page (gepubliceerd, gearchiveerd). */
  page: boolean;
  /** It appears on lists (gepubliceerd). */
  listed: boolean;
  themes: string[];
  municipalities: string[];
  /** Province slugs, as in /praktijken/provincie/<slug>/. */
  provinces: string[];
  actions: string[];
}

/** One generated page: its route file (as Astro names it) and the parameters of its path. */
export interface PageRef {
  component: string;
  params: Record<string, string | undefined>;
}

interface PracticeLike {
  gemeenten?: string[];
  themas?: string[];
  acties?: string[];
  curatie?: { status?: string };
}

/** The facts of a practice from its data; `provinceOf` gives the province name of a NIS code. */
export function practiceFacts(
  id: string,
  data: PracticeLike,
  provinceOf: (nis: string) => string | undefined,
): PracticeFacts {
  const status = data.curatie?.status ?? '';
  const municipalities = data.gemeenten ?? [];
  return {
    id,
    page: hasPage(status),
    listed: isListed(status),
    themes: data.themas ?? [],
    municipalities,
    provinces: [...new Set(municipalities.map(provinceOf).filter((p): p is string => Boolean(p)))].map(slugify),
    actions: data.acties ?? [],
  };
}

const PAGES = 'src/pages/';

/**
 * Route files whose pages can show a practice; every other route is left alone by the fast path. In the
 * order the fast path renders them: the fiche first, the municipality pages (which load the whole scan)
 * last.
 */
export const PRACTICE_ROUTES = [
  'praktijken/[id].astro',
  'praktijken/[...pagina].astro',
  'themas/[thema]/[...pagina].astro',
  'praktijken/provincie/[provincie]/[...pagina].astro',
  'index.astro',
  'themas/index.astro',
  'inventaris/index.astro',
  'inventaris/overgenomen.astro',
  'plan/acties/[id].astro',
  'data/index.astro',
  'gemeenten/[nis].astro',
].map((route) => join(PAGES, route));

/**
 * Whether `page` must be rendered again after a practice changed from `before` to `after` (either
 * missing when the practice is new or removed).
 */
export function showsPractice(
  page: PageRef,
  before: PracticeFacts | undefined,
  after: PracticeFacts | undefined,
): boolean {
  const route = page.component.startsWith(PAGES) ? page.component.slice(PAGES.length) : page.component;
  if (route === 'inventaris/index.astro') return Boolean(before || after);
  const versions = [before, after].filter((f): f is PracticeFacts => Boolean(f?.page));
  if (!versions.length) return false;
  const listed = versions.filter((f) => f.listed);
  const any = (pick: (f: PracticeFacts) => string[], value: string | undefined) =>
    value !== undefined && listed.some((f) => pick(f).includes(value));
  switch (route) {
    case 'praktijken/[id].astro':
      return versions.some((f) => f.id === page.params.id);
    case 'praktijken/provincie/[provincie]/[...pagina].astro':
      return any((f) => f.provinces, page.params.provincie);
    case 'themas/[thema]/[...pagina].astro':
      return any((f) => f.themes, page.params.thema);
    case 'gemeenten/[nis].astro':
      return any((f) => f.municipalities, page.params.nis);
    case 'plan/acties/[id].astro':
      return any((f) => f.actions, page.params.id);
    case 'praktijken/[...pagina].astro':
    case 'themas/index.astro':
    case 'index.astro':
    case 'inventaris/overgenomen.astro':
    case 'data/index.astro':
      return true;
    default:
      return false;
  }
}
