/**
 * Rules that span several entries or files (beyond single references): a plan's numbering, the
 * consistency of an action with its goal, images that exist. Each rule returns problems; the
 * validator runs them all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { imageSize } from 'image-size';
import type { Problem } from './files.ts';
import { MEDIA_DIR, mediaFileOf } from './media-paths.ts';
import { CONTENT_LIMITS } from './limits.ts';
import { hasPage } from '../practices/visibility.ts';
import { contentTypes } from '../../schemas/index.ts';
import type { ValidatedContent } from './validation.ts';

/** @param cwd - file names in problems are relative to it, as in the rest of the check. */
export type CrossEntryRule = (entries: ValidatedContent['entries'], root: string, cwd: string) => Problem[];

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
  for (const collection of ['plandoelen', 'acties'] as const) {
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

/** What image-size reports for the file types an upload may have. */
const IMAGE_TYPES: Record<string, string> = { '.jpg': 'jpg', '.jpeg': 'jpg', '.png': 'png', '.webp': 'webp', '.avif': 'avif' };
/** An upload larger than this is not read at all (a phone photo is 2-8 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Why an image file cannot be published, or undefined: not the type its name claims (magic bytes), too large, or a decompression bomb. */
export function imageFileProblem(path: string): string | undefined {
  const size = statSync(path).size;
  if (size > MAX_IMAGE_BYTES) return `is ${Math.round(size / 1024 / 1024)} MB; de grens is ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  const claimed = IMAGE_TYPES[extname(path).toLowerCase()];
  let found: { width?: number; height?: number; type?: string };
  try {
    found = imageSize(readFileSync(path));
  } catch {
    return `is geen afbeelding (de inhoud is geen ${claimed ?? 'jpg, png, webp of avif'}-bestand)`;
  }
  if (found.type !== claimed) return `is geen ${claimed}-bestand maar ${found.type === 'svg' ? 'een SVG (SVG wordt niet aanvaard: het kan code bevatten)' : `een ${found.type ?? 'onbekend'}-bestand`}; bewaar het opnieuw als jpg, png, webp of avif`;
  const pixels = (found.width ?? 0) * (found.height ?? 0);
  if (pixels > CONTENT_LIMITS.imagePixels) {
    return `is ${found.width} × ${found.height} pixels (${Math.round(pixels / 1e6)} megapixel); de grens is ${CONTENT_LIMITS.imagePixels / 1e6} megapixel. Verklein de afbeelding`;
  }
  return undefined;
}

/**
 * A practice's images exist in the media folder and are what they claim, so the image pipeline
 * can build them; the problem names the practice and its field, and the file.
 */
export const imagesExist: CrossEntryRule = (entries: Entries, root: string) => {
  const problems: Problem[] = [];
  for (const entry of (entries.get('praktijken') ?? new Map()).values()) {
    (entry.data.afbeeldingen as { src: string }[]).forEach((image, i) => {
      const file = join(root, MEDIA_DIR, mediaFileOf(image.src));
      if (!existsSync(file) || !statSync(file).isFile()) {
        problems.push(problemAt(entry, ['afbeeldingen', i, 'src'], `Afbeelding: ${image.src} bestaat niet (verwacht een bestand in ${join(root, MEDIA_DIR)}/, waar het CMS afbeeldingen bewaart)`));
        return;
      }
      const problem = imageFileProblem(file);
      if (problem) problems.push(problemAt(entry, ['afbeeldingen', i, 'src'], `Afbeelding: ${image.src} ${problem}`));
    });
  }
  return problems;
};


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
      if (hasPage(entry.data.curatie.status) && !hasPage(origin.data.curatie.status)) {
        problems.push(problemAt(entry, path, `De oorspronkelijke praktijk "${adoption.praktijk}" is nog niet gepubliceerd (status ${origin.data.curatie.status}); publiceer ze eerst of laat deze overname weg`));
      }
    });
  }
  return problems;
};

/**
 * Only raster images in the media folder: an SVG can carry script, an HTML file would be a page.
 * Unreferenced files are never published (src/data/media.ts imports only what a practice uses), but
 * a file the CMS should not have accepted is refused by name.
 */
export const mediaFolderHoldsImages: CrossEntryRule = (_entries: Entries, root: string, cwd: string) => {
  const dir = join(root, MEDIA_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !IMAGE_TYPES[extname(e.name).toLowerCase()])
    .map((e) => ({
      file: relative(cwd, join(e.parentPath, e.name)),
      field: '',
      message: `Bestandstype ${extname(e.name) || '(zonder extensie)'} hoort niet in de mediamap: alleen jpg, png, webp en avif${extname(e.name).toLowerCase() === '.svg' ? ' (SVG kan code bevatten)' : ''}`,
    }));
};

/**
 * Web addresses of collections whose entries are pages next to fixed pages: an entry named like a
 * fixed page (plannen/recent.yaml and /plan/recent/) would break routing. Folder under src/pages/
 * per collection; its fixed entries (files and folders without [brackets]) are the reserved ids.
 */
export const ROUTE_FOLDERS: Partial<Record<keyof typeof contentTypes, string>> = {
  praktijken: 'praktijken',
  plannen: 'plan',
  plandoelen: 'plan/doelen',
  acties: 'plan/acties',
  indicatoren: 'indicatoren',
  themas: 'themas',
};
/** Path segments a paged list adds below its folder (src/lib/practices/paging.ts: "pagina/N"). */
const PAGING_SEGMENTS = ['pagina'];

export function reservedIds(collection: keyof typeof contentTypes, pagesDir = 'src/pages'): Set<string> {
  const folder = ROUTE_FOLDERS[collection];
  const dir = folder && join(pagesDir, folder);
  if (!dir || !existsSync(dir)) return new Set();
  const fixed = readdirSync(dir).filter((name) => !name.startsWith('[')).map((name) => name.replace(/\.(astro|ts|js|md)$/, ''));
  const paged = readdirSync(dir).some((name) => name.startsWith('[...')) ? PAGING_SEGMENTS : [];
  return new Set([...fixed, ...paged, 'index']);
}

export const idNotReserved: CrossEntryRule = (entries: Entries) => {
  const problems: Problem[] = [];
  for (const collection of Object.keys(ROUTE_FOLDERS) as (keyof typeof contentTypes)[]) {
    const reserved = reservedIds(collection);
    const source = contentTypes[collection].source;
    for (const [id, entry] of entries.get(collection) ?? []) {
      if (!reserved.has(id)) continue;
      const path = source.kind === 'list' ? [source.idField] : [];
      problems.push({
        ...problemAt(entry, path, ''),
        message: `De id "${id}" is voorbehouden: /${ROUTE_FOLDERS[collection]}/${id}/ is al een vaste pagina van de site. Kies een andere ${source.kind === 'list' ? 'id' : 'bestandsnaam'}`,
      });
    }
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

export const crossEntryRules: CrossEntryRule[] = [idMatchesNumber, goalInSamePlan, milestonesInOrder, imagesExist, mediaFolderHoldsImages, idNotReserved, adoptionsAreSound];
