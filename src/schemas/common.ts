/**
 * Building blocks shared by every content schema.
 *
 * Every field carries Dutch metadata through zod 4's `.meta()`: `title` is the label a form or
 * page shows, `description` the help text. The CMS config, the pages and the error messages all
 * read it from here, so nothing is typed twice.
 */
import { z } from 'astro/zod';
import nl from 'zod/v4/locales/nl.js';
import { NIS_PATTERN } from './patterns.ts';

// Dutch default messages for every schema, in the build and in the tests alike.
z.config(nl());

export { z };

/** Metadata every field may carry. `ref` marks a reference to another collection's ids. */
export interface FieldMeta {
  title?: string;
  description?: string;
  ref?: CollectionName;
  /** Widget hint for the CMS where the type alone is ambiguous (e.g. long text). */
  widget?: 'text' | 'markdown' | 'image' | 'hidden';
  /** Values in list order are shown with these Dutch labels. */
  labels?: Record<string, string>;
  /** A date kept as text in a format of its own (a year, month or day), named for people. */
  dateFormat?: string;
  [key: string]: unknown;
}

export type CollectionName =
  | 'gemeenten'
  | 'gemeenten2019'
  | 'fusies'
  | 'themas'
  | 'doelgroepen'
  | 'beleidsdoelen'
  | 'synoniemen'
  | 'praktijken'
  | 'plannen'
  | 'plandoelen'
  | 'acties'
  | 'indicatorsets'
  | 'indicatoren'
  | 'paginas'
  | 'monitoren';

export function label<T extends z.ZodType>(schema: T, title: string, description?: string, extra: FieldMeta = {}): T {
  return schema.meta({ title, ...(description ? { description } : {}), ...extra }) as T;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z
  .string()
  .max(80, { error: 'Maximaal 80 tekens' })
  .regex(slugPattern, { error: 'Verwacht een id in kleine letters, cijfers en koppeltekens (bv. "taal-oefenen")' });

/** NIS code of a Belgian municipality: five digits. */
export const nisCode = z.string().regex(NIS_PATTERN, { error: 'Verwacht een NIS-code van vijf cijfers (bv. "46021")' });

/**
 * A reference to an entry of another collection, by id. Astro's own `reference()` only logs
 * broken references, so references are plain ids marked in metadata and checked by
 * the content check (`src/lib/content/validation.ts`), which fails the build.
 */
export function ref(collection: CollectionName, base: z.ZodString = z.string().min(1)) {
  return base.meta({ ref: collection });
}

/** ISO calendar date (YYYY-MM-DD), kept as a string so YAML and CSV round-trip unchanged. */
export const isoDate = z.preprocess(
  // YAML 1.1 parsers (Astro's) turn an unquoted 2022-04-01 into a Date; keep it a calendar date.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso
    .date({ error: 'Verwacht een datum als JJJJ-MM-DD (bv. "2022-04-01")' })
    .refine((d) => d >= '1990-01-01' && d <= '2100-12-31', { error: 'Datum buiten het bereik 1990-2100' }),
);

/** Today's date as YYYY-MM-DD (UTC), the bound for dates that may not lie in the future. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A date as precise as a source gives it: a year ("2023"), a month ("2023-05") or a day
 * ("2023-05-14"). Kept as a string; YAML's unquoted years (numbers) and days (Date objects) are
 * read back into that form. Compares correctly as text against a full date.
 */
export const partialDate = z.preprocess(
  (v) =>
    typeof v === 'number' && Number.isInteger(v)
      ? String(v)
      : v instanceof Date && !Number.isNaN(v.getTime())
        ? v.toISOString().slice(0, 10)
        : v,
  z
    .string({ error: 'Verwacht een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD (bv. "2023", "2023-05" of "2023-05-14")' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'Verwacht een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD (bv. "2023", "2023-05" of "2023-05-14")',
    })
    .refine((d) => d.length < 10 || z.iso.date().safeParse(d).success, { error: 'Deze dag bestaat niet' })
    .refine((d) => d >= '1990' && d <= '2100-12-31', { error: 'Datum buiten het bereik 1990-2100' })
    .meta({ dateFormat: 'JJJJ, JJJJ-MM of JJJJ-MM-DD' }),
);

/** A refinement for date fields: refuses a date after today (a year or month counts from its start). */
export const notInFuture = (d: string | undefined) => !d || d <= today();
export const NOT_IN_FUTURE = { error: 'Deze datum ligt in de toekomst' } as const;

/** Where a fact comes from: a document with its section, or a web address. */
export const sourceSchema = z
  .object({
    titel: label(z.string().min(3).max(300), 'Titel van de bron', 'Naam van het document of de webpagina'),
    sectie: label(z.string().max(200).optional(), 'Sectie', 'Hoofdstuk, paragraaf of pagina'),
    url: label(
      z.url({ protocol: /^https?$/, error: 'Verwacht een webadres dat begint met http:// of https://' }).optional(),
      'Webadres',
    ),
    datum: label(
      partialDate.refine(notInFuture, NOT_IN_FUTURE).optional(),
      'Datum van de bron',
      'Wanneer de bron verscheen (JJJJ, JJJJ-MM of JJJJ-MM-DD)',
    ),
    geraadpleegd: label(isoDate.optional(), 'Geraadpleegd op'),
  })
  .meta({ title: 'Bron' });
export type Source = z.infer<typeof sourceSchema>;

/** Short one-line plain text: no line breaks, bounded length. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: 'Mag niet leeg zijn' })
    .max(max, { error: `Maximaal ${max} tekens` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'Eén regel, zonder regeleinden' });
}

/** Longer plain text (may span lines), bounded so a pasted document cannot bloat pages. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: 'Mag niet leeg zijn' })
    .max(max, { error: `Maximaal ${max} tekens` });
}
