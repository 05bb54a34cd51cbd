/**
 * Validates the whole content tree before Astro builds it: schemas, unknown fields, duplicate ids,
 * references between entries, cross-entry rules and MDX body safety. Astro alone only logs broken
 * references and unreadable data files; this makes every such problem fail the build with the
 * file, line, field and what was expected.
 */
import type { z } from 'astro/zod';
import { contentTypes, collectionNames } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { readCollection, formatPath, type ContentRecord, type FileCache, type Problem } from './files.ts';
import { collectRefs, fieldLabel, unknownKeys, type AnySchema } from './schema-walk.ts';
import { crossEntryRules } from './rules.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { fieldTextProblems, recordsConsent } from './field-text.ts';

export type { Problem, ContentRecord };

/** A schema-valid entry of collection N: its file record and its data as the collection's schema outputs it. */
export interface Entry<N extends CollectionName = CollectionName> {
  record: ContentRecord;
  data: z.output<(typeof contentTypes)[N]['schema']>;
}

/** Parsed, schema-valid entries per collection and id; `get` gives each collection's data its schema's type. */
export interface EntriesByCollection extends Map<CollectionName, Map<string, Entry>> {
  get<N extends CollectionName>(name: N): Map<string, Entry<N>> | undefined;
}

export interface ValidatedContent {
  problems: Problem[];
  entries: EntriesByCollection;
}

function describe(schema: AnySchema, path: readonly PropertyKey[]): string {
  const fieldName = formatPath(path);
  const title = fieldLabel(schema, path);
  return title ? `${fieldName} («${title}»)` : fieldName;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
}

/**
 * The checks of one entry on its own: unknown fields, characters and personal data in every text, the
 * schema with its messages and the body's safety. Everything but references and cross-entry rules. The
 * build runs it on every file; the submission form (src/lib/submission/) runs it on one entry in memory,
 * so both refuse the same things in the same words. `data` is the parsed entry, absent when refused.
 */
export function validateEntry(name: CollectionName, record: ContentRecord): { problems: Problem[]; data?: Entry['data'] } {
  const type = contentTypes[name];
  const problems: Problem[] = [];
  for (const path of unknownKeys(type.schema, record.data)) {
    problems.push({ file: record.file, line: record.lineOf(path), field: formatPath(path), message: `Onbekend veld "${String(path.at(-1))}" (tikfout?); het schema van ${type.labelSingular.toLowerCase()} kent dit veld niet` });
  }
  const consent = recordsConsent(record.data);
  problems.push(...fieldTextProblems(record, consent, (path) => describe(type.schema, path)));
  const result = type.schema.safeParse(record.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      // A missing required field gets the wording Decap CMS uses, so curators read one message in both places.
      // A missing choice (an enum) is reported by zod as an invalid value; it is missing all the same.
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(record.data, path) === undefined;
      const message = missing ? `${fieldLabel(type.schema, path) || formatPath(path)} is vereist.` : issue.message;
      problems.push({ file: record.file, line: record.lineOf(path), field: formatPath(path), message: `${describe(type.schema, path)}: ${message}` });
    }
    return { problems };
  }
  if (record.body !== undefined && type.source.kind === 'folder' && type.source.extension !== 'yaml') {
    problems.push(...checkMdxBody(record.body, record.file, record.bodyLine ?? 1, { consent, format: type.source.extension }));
  }
  return { problems, data: result.data };
}

/** The references of one parsed entry to ids that do not exist (`exists` answers per collection and id). */
export function referenceProblems(name: CollectionName, record: ContentRecord, data: unknown, exists: (collection: CollectionName, id: string) => boolean): Problem[] {
  const schema = contentTypes[name].schema;
  const problems: Problem[] = [];
  for (const ref of collectRefs(schema, data)) {
    if (exists(ref.collection, ref.id)) continue;
    const target = contentTypes[ref.collection];
    const where = target.source.kind === 'list' ? target.source.file : `${target.source.dir}/`;
    problems.push({
      file: record.file,
      line: record.lineOf(ref.path),
      field: formatPath(ref.path),
      message: `${describe(schema, ref.path)}: ${target.labelSingular.toLowerCase()} "${ref.id}" bestaat niet (verwacht een id uit content/${where})`,
    });
  }
  return problems;
}

/**
 * Remembers parsed files and each record's own checks between checks of the same tree (the rebuild loop
 * of `npm start`): only changed files are parsed and checked again; references and cross-entry rules
 * always run on the whole tree. A check with a cache reports exactly what a check without one does.
 */
export interface ValidationCache {
  files: FileCache;
  records: WeakMap<ContentRecord, ReturnType<typeof validateEntry>>;
}

export const newValidationCache = (): ValidationCache => ({ files: new Map(), records: new WeakMap() });

export function validateContentTree(root: string, cwd = process.cwd(), cache?: ValidationCache): ValidatedContent {
  const problems: Problem[] = [];
  const entries: ValidatedContent['entries'] = new Map();
  // Entries that exist but failed their own checks: references to them are not reported again.
  const invalid = new Set<string>();

  for (const name of collectionNames) {
    const type = contentTypes[name];
    const byId = new Map<string, Entry>();
    entries.set(name, byId);
    for (const record of readCollection(root, name, type, problems, cwd, cache?.files)) {
      const existing = byId.get(record.id);
      if (existing) {
        problems.push({
          file: record.file,
          line: record.lineOf([]),
          field: type.source.kind === 'list' ? type.source.idField : '',
          message: `Dubbele id "${record.id}": die bestaat al in ${existing.record.file}. Elke ${type.labelSingular.toLowerCase()} heeft een eigen id`,
        });
        continue;
      }
      // A cached file gives back the same record objects, so their own checks are remembered with them.
      let checked = cache?.records.get(record);
      if (!checked) {
        checked = validateEntry(name, record);
        cache?.records.set(record, checked);
      }
      problems.push(...checked.problems);
      if (checked.data === undefined) invalid.add(`${name}/${record.id}`);
      else byId.set(record.id, { record, data: checked.data });
    }
  }

  // References are checked only once every collection is read, against the ids that exist.
  for (const [name, byId] of entries) {
    for (const { record, data } of byId.values()) {
      problems.push(
        ...referenceProblems(name, record, data, (collection, id) => Boolean(entries.get(collection)?.has(id) || invalid.has(`${collection}/${id}`))),
      );
    }
  }

  for (const rule of crossEntryRules) problems.push(...rule(entries, root, cwd));
  return { problems, entries };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` — ${p.field}` : ''}\n    ${p.message}`).join('\n');
}

export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(`De inhoud bevat ${problems.length} fout${problems.length === 1 ? '' : 'en'}; de site wordt niet gebouwd.\n\n${formatProblems(problems)}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
