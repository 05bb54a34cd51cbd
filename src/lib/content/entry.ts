/**
 * The checks of one entry, without file access: the build (validation.ts) runs them on every file,
 * the submission handler on a form, and the CMS in the browser before it saves (/admin/validate.js,
 * bundled from cms/validate.ts). One implementation, so all three refuse the same in the same words.
 */
import type { z } from 'astro/zod';
import { contentTypes } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { formatPath, type ContentRecord, type Problem } from './problem.ts';
import { collectRefs, fieldLabel, unknownKeys, type AnySchema } from './schema-walk.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { fieldTextProblems, recordsConsent } from './field-text.ts';

/** A schema-valid entry of collection N: its file record and its data as the collection's schema outputs it. */
export interface Entry<N extends CollectionName = CollectionName> {
  record: ContentRecord;
  data: z.output<(typeof contentTypes)[N]['schema']>;
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
  }
  // The body is checked whatever the fields hold, so one pass names every problem.
  if (record.body !== undefined && type.source.kind === 'folder' && type.source.extension !== 'yaml') {
    problems.push(...checkMdxBody(record.body, record.file, record.bodyLine ?? 1, { consent, format: type.source.extension }));
  }
  return result.success ? { problems, data: result.data } : { problems };
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
