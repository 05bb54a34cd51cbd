/**
 * From submitted form values to a practice file: checked by the build's own validator
 * (validateEntry, referenceProblems), given status "ingediend", today's date, a reference and a safe
 * file name, and written as the practice files are (front matter and a Markdown body).
 */
import { serialiseCmsFile } from '../content/cms-format.ts';
import { referenceProblems, validateEntry } from '../content/validation.ts';
import type { Problem } from '../content/files.ts';
import { fieldLabel, objectFields } from '../content/schema-walk.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import { slugPattern } from '../../schemas/common.ts';
import {
  CONSENT_FIELD,
  HONEYPOT_FIELD,
  BODY_FIELD,
  SUBMITTER_PREFIX,
  formControls,
  type FormField,
  type FormNode,
} from './fields.ts';
import { bodyOf, buildEntry, type FormValues } from './parse.ts';

export const PRACTICE_DIR = 'content/praktijken';

export interface SubmissionForm {
  practice: FormNode[];
  submitter: FormField[];
}

/** A problem as the form shows it: the control it belongs to (if any), its label and the build's message. */
export interface FieldProblem {
  /** Control name, e.g. "bronnen.0.url"; absent for a problem of the submission as a whole. */
  control?: string;
  label: string;
  message: string;
}

export interface Prepared {
  reference: string;
  slug: string;
  title: string;
  /** The practice file's text. */
  text: string;
  /** Whether it keeps the submitter's name or e-mail address (curatie.indiener). */
  personalData: boolean;
}

export type Outcome = { ok: true; submission: Prepared } | { ok: false; problems: FieldProblem[] };

/** A lowercase ASCII file name from a title: accents folded, anything else a hyphen, at most 60 characters. */
export function slugFrom(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = base.length <= 60 ? base : base.slice(0, 60).replace(/-[^-]*$/, '');
  const slug = cut.replace(/-+$/, '') || 'praktijk';
  return slugPattern.test(slug) ? slug : 'praktijk';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The reference of a submission: its day and the first six hexadecimal characters of a hash of what
 * was submitted. The same submission sent twice (a double click, a reload) gets the same reference,
 * so the store can recognise it; two different submissions differ.
 */
export async function referenceFor(today: string, data: unknown, body: string | undefined): Promise<string> {
  const hash = await sha256Hex(JSON.stringify([data, body ?? '']));
  return `KB-${today}-${hash.slice(0, 6)}`;
}

/**
 * The practice file in the serialisation the CMS writes (src/lib/content/cms-format.ts, Decap's field
 * order: the schema's, then the body), so a curator who opens and saves it unchanged changes no byte.
 */
export function practiceFileText(data: Record<string, unknown>, body: string | undefined): string {
  const fieldOrder = [...objectFields(practiceSchema).map(([key]) => key), 'body'];
  return serialiseCmsFile({ ...data, ...(body ? { body } : {}) }, { format: 'frontmatter', fieldOrder });
}

/** "bronnen[0].url" → ["bronnen", 0, "url"]. */
const dataPath = (field: string) =>
  field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** Maps a problem's data path to the control it came from: the longest known prefix. */
function controlFor(field: string, controlOf: Map<string, string>): string | undefined {
  const parts = dataPath(field);
  for (let n = parts.length; n > 0; n--) {
    const hit = controlOf.get(parts.slice(0, n).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** The build's message without the field name in front (the form shows the label itself). */
function messageOnly(problem: Problem): string {
  const prefix =
    problem.field && problem.message.startsWith(problem.field)
      ? problem.message.slice(problem.field.length)
      : undefined;
  if (prefix === undefined) return problem.message;
  const rest = prefix.replace(/^ \(«[^»]*»\)/, '');
  return rest.startsWith(': ') ? rest.slice(2) : problem.message;
}

export interface PrepareOptions {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Whether an id of a collection may be referred to (the values the form offered). */
  exists: (collection: string, id: string) => boolean;
}

/**
 * Checks a submission and, when it passes, prepares its file. The checks are the build's (the schema,
 * unknown fields, characters and personal data in every text, body safety, references), plus the two
 * of the form itself: the honeypot stays empty, and a name or e-mail address needs the consent box.
 */
export async function prepareSubmission(
  form: SubmissionForm,
  values: FormValues,
  options: PrepareOptions,
): Promise<Outcome> {
  const labelOf = new Map([...formControls(form.practice), ...form.submitter].map((f) => [f.name, f.label] as const));
  labelOf.set(BODY_FIELD, 'Wat houdt de praktijk in?');
  if ((values.get(HONEYPOT_FIELD) ?? []).some((v) => v !== '')) {
    return {
      ok: false,
      problems: [{ control: HONEYPOT_FIELD, label: 'Laat leeg', message: 'Dit veld moet leeg blijven' }],
    };
  }
  const { data, controlOf } = buildEntry(form.practice, values);
  const submitter = buildEntry(form.submitter, values);
  // The submitter's controls are named "indiener.naam"; their values go to curatie.indiener.
  for (const [path, control] of submitter.controlOf) controlOf.set(`curatie.${SUBMITTER_PREFIX}.${path}`, control);
  const indiener = submitter.data;
  if (Object.keys(indiener).length && values.has(CONSENT_FIELD)) indiener.toestemming = options.today;
  controlOf.set(`curatie.${SUBMITTER_PREFIX}.toestemming`, CONSENT_FIELD);
  const body = bodyOf(values);

  const reference = await referenceFor(options.today, { data, indiener }, body);
  const title = typeof data.titel === 'string' ? data.titel.trim() : '';
  const slug = slugFrom(title);
  const entry: Record<string, unknown> = {
    ...data,
    curatie: {
      status: 'ingediend',
      ingediendOp: options.today,
      referentie: reference,
      ...(Object.keys(indiener).length ? { indiener } : {}),
    },
  };
  const file = `${PRACTICE_DIR}/${slug}.mdx`;
  const record = { collection: 'praktijken', id: slug, file, data: entry, body, bodyLine: 1, lineOf: () => undefined };
  const checked = validateEntry('praktijken', record);
  const problems = [...checked.problems];
  if (checked.data !== undefined)
    problems.push(...referenceProblems('praktijken', record, checked.data, options.exists));
  if (problems.length) {
    return {
      ok: false,
      problems: problems.map((p) => {
        const control = p.field === 'body' ? BODY_FIELD : controlFor(p.field, controlOf);
        // The schema's label of the field the message is about ("Bronnen" for a missing list), as the build names it.
        const own =
          control && !control.startsWith(`${SUBMITTER_PREFIX}.`) && p.field !== 'body'
            ? fieldLabel(practiceSchema, dataPath(p.field))
            : '';
        return {
          control,
          label: own || (control && labelOf.get(control)) || p.field || 'Inzending',
          message: messageOnly(p),
        };
      }),
    };
  }
  return {
    ok: true,
    submission: {
      reference,
      slug,
      title,
      text: practiceFileText(entry, body),
      personalData: Boolean(indiener.naam || indiener.email),
    },
  };
}
