/**
 * Reading zod 4 schemas as data: their fields, metadata and constraints. The content validator
 * uses it to find references and field labels, the CMS config generator to choose widgets.
 */
import { z } from 'astro/zod';
import type { CollectionName, FieldMeta } from '../../schemas/common.ts';

/** Any zod schema; the walk only reads zod's core (the classic `z.ZodType` is one). */
export type AnySchema = z.core.$ZodType;
/**
 * zod keeps its definition on `_zod.def`, typed there only as the common base. Every schema is one of zod's own
 * classes, so its definition is one of theirs: a union that narrows on `def.type`.
 */
/** A plain `z.string()` has no format: said so, so that `def.format` reads on every string definition. */
export type Def =
  | Exclude<z.core.$ZodTypes['_zod']['def'], z.core.$ZodStringDef>
  | z.core.$ZodStringFormatTypes['_zod']['def']
  | (z.core.$ZodStringDef & { format?: undefined });
/** A check's definition (max_length, greater_than, a regex...): a union that narrows on `check`. */
export type CheckDef = (z.core.$ZodChecks | z.core.$ZodStringFormatChecks)['_zod']['def'];
/** The checks of a schema definition, in order. */
export const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => (c as z.core.$ZodChecks)._zod.def);
type WrapperDef = Extract<Def, { type: 'optional' | 'nullable' | 'default' | 'prefault' | 'readonly' | 'catch' | 'nonoptional' }>;
const defOf = (s: AnySchema): Def => (s as z.core.$ZodTypes)._zod.def;

const WRAPPERS = new Set<string>(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);
const isWrapper = (def: Def): def is WrapperDef => WRAPPERS.has(def.type);

export interface Unwrapped {
  schema: AnySchema;
  def: Def;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  meta: FieldMeta;
}

/** Strips optional/default/pipe wrappers, merging their metadata (outer wins, as zod shows it). */
export function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  const metas: FieldMeta[] = [];
  for (;;) {
    // What `.meta()` returns: the global registry's entry, inherited along clones.
    metas.push((z.globalRegistry.get(current) as FieldMeta | undefined) ?? {});
    const def = defOf(current);
    if (def.type === 'optional') optional = true;
    if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
    }
    if (isWrapper(def)) current = def.innerType;
    // A preprocess is a pipe from a transform into the real schema: the real schema is the output.
    else if (def.type === 'pipe') current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else break;
  }
  const meta = Object.assign({}, ...metas.reverse()) as FieldMeta;
  return { schema: current, def: defOf(current), optional, hasDefault, defaultValue, meta };
}

/** The fields of an object schema, in declaration order. */
export function objectFields(schema: AnySchema): [string, AnySchema][] {
  const { def } = unwrap(schema);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape as Record<string, AnySchema>);
}

/** The schema found at a data path such as ['bronnen', 0, 'url'], or undefined. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const { def } = unwrap(current);
    // Own fields only: a key such as "constructor" must not find Object.prototype's member.
    if (def.type === 'object') current = Object.hasOwn(def.shape, String(key)) ? (def.shape as Record<string, AnySchema>)[String(key)] : undefined;
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

/** Dutch label of the field at a path, e.g. "Bronnen › Webadres". */
export function fieldLabel(schema: AnySchema, path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  for (let i = 1; i <= path.length; i++) {
    if (typeof path[i - 1] === 'number') continue;
    const at = schemaAt(schema, path.slice(0, i));
    const title = at ? unwrap(at).meta.title : undefined;
    if (title) labels.push(title);
  }
  return labels.join(' › ');
}

export interface RefOccurrence {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

/** Every reference value in `data`, found by walking it alongside its schema. */
export function collectRefs(schema: AnySchema, data: unknown, path: (string | number)[] = [], out: RefOccurrence[] = []): RefOccurrence[] {
  if (data === undefined || data === null) return out;
  const { def, meta } = unwrap(schema);
  if (meta.ref && typeof data === 'string') {
    out.push({ path, collection: meta.ref, id: data });
  } else if (def.type === 'object' && typeof data === 'object') {
    for (const [key, field] of Object.entries(def.shape as Record<string, AnySchema>)) {
      collectRefs(field, (data as Record<string, unknown>)[key], [...path, key], out);
    }
  } else if (def.type === 'array' && Array.isArray(data)) {
    data.forEach((item, i) => collectRefs(def.element, item, [...path, i], out));
  }
  return out;
}

/** Allowed values of an enum field, in order. */
export function enumValues(schema: AnySchema): string[] | undefined {
  const { def } = unwrap(schema);
  return def.type === 'enum' ? Object.values(def.entries as Record<string, string>) : undefined;
}

/**
 * Keys in `data` that its object schemas do not declare. zod drops them silently, which would let a
 * misspelt field name ("gemeentes") vanish without a word, so the validator reports them.
 */
export function unknownKeys(schema: AnySchema, data: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (data === undefined || data === null || typeof data !== 'object') return out;
  const { def } = unwrap(schema);
  if (def.type === 'object' && !Array.isArray(data)) {
    const shape = def.shape as Record<string, AnySchema>;
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (!Object.hasOwn(shape, key)) out.push([...path, key]);
      else unknownKeys(shape[key], value, [...path, key], out);
    }
  } else if (def.type === 'array' && Array.isArray(data)) {
    data.forEach((item, i) => unknownKeys(def.element, item, [...path, i], out));
  }
  return out;
}
