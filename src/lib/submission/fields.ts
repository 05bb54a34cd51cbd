/**
 * The "Praktijk delen" form, derived from the submitter's part of the practice schema (submissionSchema
 * in src/schemas/practice.ts) as the CMS form is derived from the whole (cms/config.ts): every control's
 * label, hint, allowed values and length come from the schema's metadata, walked with
 * src/lib/content/schema-walk.ts. The submitter's own contact comes from src/schemas/submission.ts.
 */
import { submissionSchema } from '../../schemas/practice.ts';
import { submitterSchema } from '../../schemas/submission.ts';
import { contentTypes } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { objectFields, unwrap, type AnySchema } from '../content/schema-walk.ts';

/**
 * Fields of the submitter's part (submissionSchema, which already leaves out the curator fields, the
 * curation block and images) that the form does not ask either: `overgenomenVan` points at other fiches
 * by id, which the curator records; `contact.naam`/`email`/`toestemming` would publish a person's
 * details, which needs that person's recorded consent: the curator asks for it.
 */
export const NOT_ASKED = new Set(['overgenomenVan', 'contact.naam', 'contact.email', 'contact.toestemming']);

/** Rows offered for a list of objects (sources, results): a plain form cannot add rows without JavaScript. */
export const LIST_ROWS = 3;
/** Selects offered for a reference list with many options (municipalities). */
export const MANY_ROWS = 3;
/** Up to this many options a reference list is a group of checkboxes; above it, a few selects. */
const CHECKBOX_LIMIT = 40;

/** Form control names of the fields the handler itself reads. */
export const BODY_FIELD = 'beschrijving';
export const CONSENT_FIELD = 'toestemming';
export const HONEYPOT_FIELD = 'website';
export const SUBMITTER_PREFIX = 'indiener';

export interface Option {
  value: string;
  label: string;
}

export type Control =
  'text' | 'textarea' | 'number' | 'date' | 'url' | 'email' | 'checkbox' | 'select' | 'choices' | 'lines';

export interface FormField {
  kind: 'field';
  /** The control's name and id suffix: "titel", "periode.start", "bronnen.0.url". */
  name: string;
  /** Where the value goes in the practice ("bronnen", 0, "url"). */
  path: (string | number)[];
  label: string;
  hint?: string;
  control: Control;
  /** Required (inside a group: whenever that group is filled in). */
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: Option[];
  /** For `choices`: several values allowed (checkboxes, or `rows` selects). */
  multiple?: boolean;
  rows?: number;
  /** The collection a reference field points at. */
  ref?: string;
  /** For `choices` in rows: the name of one item ("Gemeente"), numbered per row. */
  itemLabel?: string;
}

export interface FormGroup {
  kind: 'group';
  name: string;
  legend: string;
  hint?: string;
  /** Left out entirely when every control in it is empty. */
  optional: boolean;
  /** For a list of rows: how many rows at least must be filled in. */
  min?: number;
  children: FormNode[];
}

export type FormNode = FormField | FormGroup;

/** The ids and labels a reference field may take, per collection (read from the content at build time). */
export type RefOptions = Partial<Record<string, Option[]>>;

type Def = { type: string; [key: string]: unknown };
const checks = (def: object) =>
  (((def as { checks?: unknown[] }).checks ?? []) as { _zod: { def: Record<string, unknown> } }[]).map(
    (c) => c._zod.def,
  );

function lengthHint(hint: string | undefined, max: number | undefined): string | undefined {
  if (max === undefined || hint?.includes(`${max} tekens`)) return hint;
  return [hint, `Maximaal ${max} tekens.`].filter(Boolean).join('. ').replace('.. ', '. ');
}

function fieldNode(key: string, schema: AnySchema, path: (string | number)[], refs: RefOptions): FormNode | undefined {
  const { def, meta, optional, hasDefault } = unwrap(schema);
  const name = path.join('.');
  const required = !optional && !hasDefault;
  const base = { kind: 'field' as const, name, path, label: meta.title ?? key, hint: meta.description };
  const d = def as Def;
  if (d.type === 'object') {
    const children = objectFields(schema)
      .filter(([k]) => !NOT_ASKED.has([...path, k].join('.')))
      .map(([k, s]) => fieldNode(k, s, [...path, k], refs))
      .filter((n): n is FormNode => n !== undefined);
    return { kind: 'group', name, legend: meta.title ?? key, hint: meta.description, optional, children };
  }
  if (d.type === 'array') {
    const element = unwrap(d.element as AnySchema);
    if (element.meta.ref) {
      const options = refs[element.meta.ref] ?? [];
      const many = options.length > CHECKBOX_LIMIT;
      return {
        ...base,
        control: 'choices',
        required: checks(d).some((c) => c.check === 'min_length'),
        options,
        multiple: true,
        ref: element.meta.ref,
        ...(many ? { rows: MANY_ROWS, itemLabel: contentTypes[element.meta.ref as CollectionName].labelSingular } : {}),
      };
    }
    if (element.def.type === 'object') {
      const rows = Array.from({ length: LIST_ROWS }, (_, i): FormGroup => {
        const group = fieldNode(key, d.element as AnySchema, [...path, i], refs) as FormGroup;
        return {
          ...group,
          legend: `${element.meta.title ?? meta.title ?? key} ${i + 1}`,
          hint: undefined,
          optional: true,
        };
      });
      const min = checks(d).find((c) => c.check === 'min_length')?.minimum as number | undefined;
      return {
        kind: 'group',
        name,
        legend: meta.title ?? key,
        hint: meta.description,
        optional: !min,
        min,
        children: rows,
      };
    }
    const max = checks(element.def).find((c) => c.check === 'max_length')?.maximum as number | undefined;
    return {
      ...base,
      control: 'lines',
      required: false,
      hint: [meta.description, `Eén per regel${max ? `, elk maximaal ${max} tekens` : ''}.`].filter(Boolean).join('. '),
      ...(max ? { maxLength: max } : {}),
    };
  }
  if (d.type === 'enum') {
    const labels = meta.labels as Record<string, string> | undefined;
    const values = Object.values(d.entries as Record<string, string>);
    return {
      ...base,
      control: 'select',
      required,
      options: values.map((value) => ({ value, label: labels?.[value] ?? value })),
    };
  }
  if (meta.ref) {
    return { ...base, control: 'select', required, options: refs[meta.ref] ?? [], ref: meta.ref };
  }
  if (d.type === 'boolean') return { ...base, control: 'checkbox', required: false };
  if (d.type === 'number') {
    const c = checks(d);
    return {
      ...base,
      control: 'number',
      required,
      min: c.find((x) => x.check === 'greater_than')?.value as number | undefined,
      max: c.find((x) => x.check === 'less_than')?.value as number | undefined,
    };
  }
  if (d.type === 'string') {
    const c = checks(d);
    const max = c.find((x) => x.check === 'max_length')?.maximum as number | undefined;
    const control: Control =
      d.format === 'date'
        ? 'date'
        : d.format === 'url'
          ? 'url'
          : d.format === 'email'
            ? 'email'
            : meta.widget === 'text' || (max ?? 0) >= 250
              ? 'textarea'
              : 'text';
    const hint =
      meta.dateFormat && !meta.description?.includes('JJJJ')
        ? `${meta.description ?? ''} (${meta.dateFormat})`.trim()
        : meta.description;
    return { ...base, control, required, hint: lengthHint(hint, max), ...(max ? { maxLength: max } : {}) };
  }
  return undefined;
}

/** The form's sections in schema order: the practice (without NOT_ASKED), then the submitter. */
export function submissionForm(refs: RefOptions): { practice: FormNode[]; submitter: FormField[] } {
  const practice = objectFields(submissionSchema)
    .filter(([key]) => !NOT_ASKED.has(key))
    .map(([key, schema]) => fieldNode(key, schema, [key], refs))
    .filter((n): n is FormNode => n !== undefined);
  const submitter = objectFields(submitterSchema)
    .filter(([key]) => key !== 'toestemming')
    .map(([key, schema]) => fieldNode(key, schema, [SUBMITTER_PREFIX, key], refs))
    .filter((n): n is FormField => n?.kind === 'field');
  return { practice, submitter };
}

/** Every control of a form tree, depth first. */
export function formControls(nodes: readonly FormNode[]): FormField[] {
  return nodes.flatMap((n) => (n.kind === 'field' ? [n] : formControls(n.children)));
}

/** The id of a control in the page (one rule, used by the page and by the error summary's links). */
export const controlId = (name: string) => `veld-${name.replaceAll('.', '-')}`;
