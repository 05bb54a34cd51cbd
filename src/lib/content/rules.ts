/**
 * Rules that span several entries or files (beyond single references): a plan's numbering, the
 * consistency of an action with its goal, images that exist. Each rule returns problems; the
 * validator runs them all.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './files.ts';
import { MEDIA_DIR, mediaFileOf } from './media-paths.ts';
import type { ValidatedContent } from './validation.ts';

export type CrossEntryRule = (entries: ValidatedContent['entries'], root: string) => Problem[];

type Entries = ValidatedContent['entries'];

const problemAt = (entry: { record: { file: string; lineOf(p: (string | number)[]): number | undefined } }, path: (string | number)[], message: string): Problem => ({
  file: entry.record.file,
  line: entry.record.lineOf(path),
  field: path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join(''),
  message,
});

/** Goals and actions are named `<plan>-<nummer>`, so their web address follows their stable number. */
export const idMatchesNumber = (entries: Entries): Problem[] => {
  const problems: Problem[] = [];
  for (const collection of ['plandoelen', 'acties']) {
    for (const [id, entry] of entries.get(collection) ?? []) {
      const expected = `${entry.data.plan}-${entry.data.nummer}`;
      if (id !== expected) problems.push(problemAt(entry, ['nummer'], `De bestandsnaam moet "${expected}" zijn (plan en nummer), niet "${id}"`));
    }
  }
  return problems;
};

/** An action's goal belongs to the same plan. */
export const goalInSamePlan = (entries: Entries): Problem[] => {
  const goals = entries.get('plandoelen') ?? new Map();
  const problems: Problem[] = [];
  for (const entry of (entries.get('acties') ?? new Map()).values()) {
    const goal = goals.get(entry.data.doel);
    if (goal && goal.data.plan !== entry.data.plan) {
      problems.push(problemAt(entry, ['doel'], `Doel "${entry.data.doel}" hoort bij plan "${goal.data.plan}", niet bij "${entry.data.plan}"`));
    }
  }
  return problems;
};

/** Milestones are the status history, so they must be in date order. */
export const milestonesInOrder = (entries: Entries): Problem[] => {
  const problems: Problem[] = [];
  for (const entry of (entries.get('acties') ?? new Map()).values()) {
    const milestones: { datum: string }[] = entry.data.mijlpalen;
    milestones.forEach((m, i) => {
      if (i > 0 && m.datum < milestones[i - 1].datum) {
        problems.push(problemAt(entry, ['mijlpalen', i, 'datum'], `Mijlpalen staan in volgorde van datum: ${m.datum} komt vóór ${milestones[i - 1].datum}`));
      }
    });
  }
  return problems;
};

/** A practice's images exist in the media folder, so the image pipeline can build them. */
export const imagesExist: CrossEntryRule = (entries: Entries, root: string) => {
  const problems: Problem[] = [];
  for (const entry of (entries.get('praktijken') ?? new Map()).values()) {
    (entry.data.afbeeldingen as { src: string }[]).forEach((image, i) => {
      const file = join(root, MEDIA_DIR, mediaFileOf(image.src));
      if (!existsSync(file) || !statSync(file).isFile()) {
        problems.push(problemAt(entry, ['afbeeldingen', i, 'src'], `Afbeelding: ${image.src} bestaat niet (verwacht een bestand in ${join(root, MEDIA_DIR)}/, waar het CMS afbeeldingen bewaart)`));
      }
    });
  }
  return problems;
};

/** Curation statuses whose practice has a page on the site, so an adoption can link to it. */
const HAS_PAGE = new Set(['gepubliceerd', 'gearchiveerd']);

/**
 * "Overgenomen van" points at another practice, never at itself, never round in a cycle (A from B
 * from A), and a practice on the site does not point at one that has no page yet. A target that does
 * not exist is reported by the general reference check.
 */
export const adoptionsAreSound: CrossEntryRule = (entries: Entries) => {
  const practices = entries.get('praktijken') ?? new Map();
  const problems: Problem[] = [];
  const originsOf = (id: string): string[] =>
    (practices.get(id)?.data.overgenomenVan ?? []).flatMap((a: { praktijk?: string }) => (a.praktijk ? [a.praktijk] : []));
  for (const [id, entry] of practices) {
    (entry.data.overgenomenVan as { praktijk?: string }[]).forEach((adoption, i) => {
      const path = ['overgenomenVan', i, 'praktijk'];
      if (!adoption.praktijk) return;
      const origin = practices.get(adoption.praktijk);
      if (adoption.praktijk === id) {
        problems.push(problemAt(entry, path, `Een praktijk kan niet van zichzelf overgenomen zijn ("${id}"); kies de praktijk die als voorbeeld diende`));
        return;
      }
      if (!origin) return;
      const cycle = pathBack(adoption.praktijk, id, originsOf);
      if (cycle) {
        problems.push(problemAt(entry, path, `Kring van overnames: ${[id, ...cycle].join(' → ')}. Een praktijk kan niet (via andere) van zichzelf afstammen`));
      }
      if (HAS_PAGE.has(entry.data.curatie.status) && !HAS_PAGE.has(origin.data.curatie.status)) {
        problems.push(problemAt(entry, path, `De oorspronkelijke praktijk "${adoption.praktijk}" is nog niet gepubliceerd (status ${origin.data.curatie.status}); publiceer ze eerst of laat deze overname weg`));
      }
    });
  }
  return problems;
};

/** The chain of origins from `from` back to `target` (both included), or undefined when there is none. */
function pathBack(from: string, target: string, originsOf: (id: string) => string[]): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string): string[] | undefined => {
    if (id === target) return [id];
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const next of originsOf(id)) {
      const rest = walk(next);
      if (rest) return [id, ...rest];
    }
    return undefined;
  };
  return walk(from);
}

export const crossEntryRules: CrossEntryRule[] = [idMatchesNumber, goalInSamePlan, milestonesInOrder, imagesExist, adoptionsAreSound];
