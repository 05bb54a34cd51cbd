/**
 * Validates the whole content tree before Astro builds it: schemas, unknown fields, duplicate ids,
 * references between entries, cross-entry rules and MDX body safety. Astro alone only logs broken
 * references and unreadable data files; this makes every such problem fail the build with the
 * file, line, field and what was expected.
 */
import { contentTypes, collectionNames } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { readCollection, type ContentRecord, type FileCache, type Problem } from './files.ts';
import { crossEntryRules } from './rules.ts';
import { validateEntry, referenceProblems, type Entry } from './entry.ts';

export type { Problem, ContentRecord, Entry };
export { validateEntry, referenceProblems };

/** Parsed, schema-valid entries per collection and id; `get` gives each collection's data its schema's type. */
export interface EntriesByCollection extends Map<CollectionName, Map<string, Entry>> {
  get<N extends CollectionName>(name: N): Map<string, Entry<N>> | undefined;
}

export interface ValidatedContent {
  problems: Problem[];
  entries: EntriesByCollection;
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
