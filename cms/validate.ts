/**
 * The build's checks of one entry, for the browser: bundled into /admin/validate.js by the build
 * (src/integrations/cms.ts) and called by cms/admin-init.js before Decap saves. It runs the very
 * code the build runs on a file (src/lib/content/entry.ts: unknown fields, the schema with its
 * cross-field rules, characters and personal data in every text, body safety), so the CMS refuses
 * what the build would refuse, in the same words.
 *
 * Not checked here, because they need the other entries or the files: references (the relation
 * widgets only offer ids that exist), duplicate ids across files and the media rules; the build
 * still checks those.
 */
import { z } from '../src/schemas/common.ts';
import { contentTypes } from '../src/schemas/index.ts';
import { validateEntry } from '../src/lib/content/entry.ts';
import type { CollectionName } from '../src/schemas/common.ts';
import type { ContentRecord, Problem } from '../src/lib/content/problem.ts';

// zod compiles object parsers with `new Function` unless told not to; /admin/ needs no eval for this.
z.config({ jitless: true });

export interface EntryProblem {
  /** Data path, e.g. "bronnen[0].url", "body", or "themas[2].label" in a list file. */
  field: string;
  /** The build's message, which names the field and its Dutch label. */
  message: string;
}

const record = (collection: string, id: string, file: string, data: unknown, body?: string): ContentRecord => ({
  collection,
  id,
  file,
  data,
  ...(body !== undefined ? { body, bodyLine: 1 } : {}),
  lineOf: () => undefined,
});

const plain = (p: Problem): EntryProblem => ({ field: p.field, message: p.message });

/**
 * Checks an entry as the CMS is about to save it. `data` is the form's data as plain values (for a
 * Markdown collection the body under "body"); `slug` names the file. Unknown collections and
 * non-objects are refused rather than passed.
 */
export function validateCmsEntry(collection: string, data: unknown, slug = ''): EntryProblem[] {
  if (!Object.hasOwn(contentTypes, collection)) return [{ field: '', message: `Onbekende collectie "${collection}"` }];
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return [{ field: '', message: 'Het item bevat geen velden' }];
  const name = collection as CollectionName;
  const type = contentTypes[name];
  const source = type.source;
  if (source.kind === 'folder') {
    const { body, ...fields } = data as Record<string, unknown>;
    const withBody = source.extension !== 'yaml';
    const file = `content/${source.dir}/${slug || 'nieuw'}.${source.extension}`;
    const entry = withBody
      ? record(name, slug, file, fields, typeof body === 'string' ? body : '')
      : record(name, slug, file, data);
    return validateEntry(name, entry).problems.map(plain);
  }
  // A list file (themes, target groups, ...): every record is checked as the build checks it, named by its place.
  const items = (data as Record<string, unknown>)[source.key];
  if (!Array.isArray(items)) return [{ field: source.key, message: `Verwacht een lijst onder "${source.key}"` }];
  const file = `content/${source.file}`;
  const problems: EntryProblem[] = [];
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    const id = item && typeof item === 'object' ? (item as Record<string, unknown>)[source.idField] : undefined;
    const at = `${source.key}[${i}]`;
    if (id !== undefined && seen.has(id))
      problems.push({
        field: `${at}.${source.idField}`,
        message: `Dubbele id "${String(id)}": die staat al op plaats ${seen.get(id)! + 1}. Elke ${type.labelSingular.toLowerCase()} heeft een eigen id`,
      });
    else seen.set(id, i);
    for (const p of validateEntry(name, record(name, String(id ?? ''), file, item)).problems)
      problems.push({ field: p.field ? `${at}.${p.field}` : at, message: `${at}: ${p.message}` });
  });
  return problems;
}

declare global {
  interface Window {
    KENNISBANK_VALIDATE?: typeof validateCmsEntry;
  }
}
if (typeof window !== 'undefined') window.KENNISBANK_VALIDATE = validateCmsEntry;
