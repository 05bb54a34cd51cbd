/**
 * The field documentation of the plan JSON exports, read from the schemas' own labels and help
 * texts, so the data page says what the CMS form and the build check say.
 */
import { objectFields, unwrap, type AnySchema } from '../content/schema-walk.ts';
import { actionSchema, planSchema } from '../../schemas/plan.ts';
import { sourceSchema } from '../../schemas/common.ts';

const SOURCE_FIELDS = objectFields(sourceSchema)
  .map(([name]) => name)
  .join(',');
/** Sources have the same four fields everywhere; they are described once, not under every figure. */
const isSource = (schema: AnySchema) =>
  objectFields(schema)
    .map(([name]) => name)
    .join(',') === SOURCE_FIELDS;

/** Every field of an object schema as "path" → "Label: help text", nested objects and lists included. */
export function fieldDoc(schema: AnySchema, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, field] of objectFields(schema)) {
    const { def, meta, optional, hasDefault } = unwrap(field);
    const path = `${prefix}${name}`;
    const element = def.type === 'array' ? unwrap(def.element) : undefined;
    const text = [meta.title ?? name, meta.description].filter(Boolean).join(': ');
    const source = isSource(element?.schema ?? field);
    out[`${path}${def.type === 'array' ? '[]' : ''}`] =
      `${text}${source ? ` (een bron: ${SOURCE_FIELDS.replaceAll(',', ', ')})` : ''}${optional || hasDefault ? ' (mag ontbreken)' : ''}`;
    if (source) continue;
    if (def.type === 'object') Object.assign(out, fieldDoc(field, `${path}.`));
    if (element?.def.type === 'object') Object.assign(out, fieldDoc(element.schema, `${path}[].`));
  }
  return out;
}

export const PLAN_JSON_DOC: Record<string, string> = {
  ...Object.fromEntries(Object.entries(fieldDoc(actionSchema)).map(([k, v]) => [`actie.${k}`, v])),
  ...Object.fromEntries(Object.entries(fieldDoc(planSchema)).map(([k, v]) => [`plan.${k}`, v])),
};
