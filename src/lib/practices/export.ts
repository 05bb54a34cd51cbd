/**
 * Open-data exports of practices (JSON and CSV) and their field documentation, all derived from
 * the zod schema and its Dutch metadata, so a new field appears in the exports and on /data/
 * without a hand-kept list. Fields marked `private: true` in the schema metadata (curator notes)
 * never leave the build.
 */
import { unwrap, objectFields, type AnySchema } from '../content/schema-walk.ts';

export interface FieldDoc {
  /** Dotted path, also the CSV column name, e.g. "periode.start". */
  path: string;
  /** Dutch label path, e.g. "Periode › Startjaar". */
  label: string;
  description?: string;
  type: string;
  required: boolean;
  /** Allowed values with labels, for choice fields. */
  values?: { value: string; label: string }[];
}

function typeName(schema: AnySchema): string {
  const { def, meta } = unwrap(schema);
  if (meta.ref) return `verwijzing (id uit ${meta.ref})`;
  if (meta.dateFormat) return `datum (${meta.dateFormat})`;
  switch (def.type) {
    case 'string':
      return def.format === 'date'
        ? 'datum (JJJJ-MM-DD)'
        : def.format === 'url'
          ? 'webadres'
          : def.format === 'email'
            ? 'e-mailadres'
            : 'tekst';
    case 'number':
      return 'getal';
    case 'boolean':
      return 'ja/nee (true/false)';
    case 'enum':
      return 'keuze';
    case 'array':
      return `lijst van ${typeName(def.element)}`;
    case 'object':
      return 'object';
    default:
      return def.type;
  }
}

const isPrivate = (schema: AnySchema) => unwrap(schema).meta.private === true;

/** Every exported field, depth first, in schema order. Lists of objects are documented per sub-field. */
export function fieldDocs(schema: AnySchema, prefix = '', labelPrefix = ''): FieldDoc[] {
  const docs: FieldDoc[] = [];
  for (const [key, field] of objectFields(schema)) {
    if (isPrivate(field)) continue;
    const u = unwrap(field);
    const path = prefix ? `${prefix}.${key}` : key;
    const label = [labelPrefix, u.meta.title ?? key].filter(Boolean).join(' › ');
    const required = !u.optional && !u.hasDefault;
    if (u.def.type === 'object') {
      docs.push(...fieldDocs(u.schema, path, label));
      continue;
    }
    const element = u.def.type === 'array' ? unwrap(u.def.element) : undefined;
    const labels = (element ?? u).meta.labels;
    const enumDef = (element ?? u).def;
    const values =
      enumDef.type === 'enum'
        ? Object.values(enumDef.entries as Record<string, string>).map((v) => ({ value: v, label: labels?.[v] ?? v }))
        : undefined;
    docs.push({
      path,
      label,
      description: u.meta.description,
      type: typeName(field),
      required,
      ...(values ? { values } : {}),
    });
    if (element?.def.type === 'object') {
      for (const sub of fieldDocs(element.schema, `${path}[]`, label)) docs.push(sub);
    }
  }
  return docs;
}

/** The data without private fields, following the schema (unknown keys are dropped too). */
export function publicData(schema: AnySchema, data: unknown): unknown {
  if (data === undefined || data === null) return data;
  const u = unwrap(schema);
  if (u.def.type === 'object' && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of objectFields(u.schema)) {
      if (isPrivate(field)) continue;
      const value = (data as Record<string, unknown>)[key];
      if (value !== undefined) out[key] = publicData(field, value);
    }
    return out;
  }
  const { def } = u;
  if (def.type === 'array' && Array.isArray(data)) return data.map((item) => publicData(def.element, item));
  return data;
}

/** CSV columns: the top-level and nested scalar fields and lists; lists of objects become one column. */
export function csvColumns(docs: FieldDoc[]): string[] {
  return docs.filter((d) => !d.path.includes('[]')).map((d) => d.path);
}

const cell = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(cell).join(' | ');
  if (typeof v === 'object')
    return Object.values(v as Record<string, unknown>)
      .filter((x) => x !== undefined && x !== '')
      .map(cell)
      .join(' — ');
  return String(v);
};

/** One flat CSV row from (public) data: nested objects by dotted path, lists joined with " | ". */
export function csvRow(data: Record<string, unknown>, columns: string[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of columns) {
    const value = column
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    row[column] = cell(value);
  }
  return row;
}
