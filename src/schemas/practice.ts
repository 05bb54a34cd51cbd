/**
 * The practice fiche, modelled on the European Website on Integration, VVSG's practice pages and
 * Movisie's recognition levels (see DOMAIN.md). The MDX body holds the narrative sections.
 */
import {
  z,
  label,
  line,
  text,
  ref,
  isoDate,
  partialDate,
  notInFuture,
  NOT_IN_FUTURE,
  sourceSchema,
  nisCode,
} from './common.ts';
import { adoptionsField } from './adoption.ts';
import { submitterSchema, submissionReference } from './submission.ts';

export const PRACTICE_LEVELS = {
  lokaal: 'Lokaal',
  intergemeentelijk: 'Intergemeentelijk',
  vlaams: 'Vlaams',
  buitenland: 'Buitenland',
} as const;

/** "onbekend": no recent source confirms whether the practice still runs (shown as "Niet bevestigd"). */
export const PRACTICE_STATUSES = {
  lopend: 'Lopend',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
  onbekend: 'Niet bevestigd',
} as const;

export const EVIDENCE_LEVELS = {
  idee: 'Idee',
  'goed-beschreven': 'Goed beschreven',
  veelbelovend: 'Veelbelovend',
  'effect-aangetoond': 'Effect aangetoond',
} as const;

export const CURATION_STATUSES = {
  ingediend: 'Ingediend',
  'in-review': 'In review',
  gepubliceerd: 'Gepubliceerd',
  gearchiveerd: 'Gearchiveerd',
} as const;

/** Curation statuses whose practice has a page on the site (an archived one is marked as such). */
export const ON_SITE_STATUSES = [
  'gepubliceerd',
  'gearchiveerd',
] as const satisfies readonly (keyof typeof CURATION_STATUSES)[];

export const CRITERION_VERDICTS = {
  voldaan: 'Voldaan',
  deels: 'Deels voldaan',
  'niet-aangetoond': 'Niet aangetoond',
} as const;

export const COST_RANGES = {
  onbekend: 'Onbekend',
  'minder-dan-10000': 'Minder dan € 10.000 per jaar',
  '10000-50000': '€ 10.000 tot € 50.000 per jaar',
  '50000-250000': '€ 50.000 tot € 250.000 per jaar',
  'meer-dan-250000': 'Meer dan € 250.000 per jaar',
} as const;

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const criterion = (title: string, description: string) =>
  z
    .object({
      oordeel: label(z.enum(keys(CRITERION_VERDICTS)), 'Oordeel', undefined, { labels: CRITERION_VERDICTS }),
      toelichting: label(line(240), 'Toelichting', 'Eén zin die het oordeel onderbouwt'),
    })
    .meta({ title, description });

export const contactSchema = z
  .object({
    organisatie: label(line(150), 'Organisatie', 'Bv. "Stad Gent, dienst Samenleven"'),
    rol: label(line(150), 'Rol of dienst', 'Een functie, geen persoonsnaam (bv. "coördinator integratie")'),
    url: label(
      z.url({ protocol: /^https$/, error: 'Verwacht een beveiligd webadres dat begint met https://' }).optional(),
      'Webadres van de dienst',
      'De publieke webpagina van de dienst of organisatie (https://)',
    ),
    naam: label(line(100).optional(), 'Naam contactpersoon', 'Alleen met vastgelegde toestemming'),
    email: label(z.email().optional(), 'E-mailadres', 'Alleen met vastgelegde toestemming'),
    toestemming: label(
      isoDate.optional(),
      'Toestemming gegeven op',
      'Datum waarop de persoon toestemming gaf om naam of e-mail te publiceren',
    ),
  })
  .superRefine((c, ctx) => {
    for (const field of ['naam', 'email'] as const) {
      if (c[field] && !c.toestemming) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'Persoonsgegevens alleen met toestemming: vul "toestemming" in of laat dit veld leeg',
        });
      }
    }
    // E-mail addresses and phone numbers in the other fields are found by the one detector the content
    // check runs over every text (src/lib/content/personal-data.ts). Consent is given, not planned:
    if (c.toestemming && c.toestemming > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({
        code: 'custom',
        path: ['toestemming'],
        message: 'De datum van de toestemming ligt in de toekomst; vul de dag in waarop ze gegeven werd',
      });
    }
  })
  .meta({ title: 'Contact' });

export const imageSchema = z
  .object({
    src: label(
      z.string().regex(/^\/media\/[a-z0-9._/-]+\.(jpe?g|png|webp|avif)$/, {
        error: 'Verwacht een afbeelding onder /media/ (jpg, png, webp of avif)',
      }),
      'Afbeelding',
      undefined,
      { widget: 'image' },
    ),
    alt: label(line(250), 'Alternatieve tekst', 'Beschrijf wat op de afbeelding staat, voor wie ze niet ziet'),
    bijschrift: label(line(250).optional(), 'Bijschrift'),
  })
  .meta({ title: 'Afbeelding' });

/** A result with the date its figure refers to (or was published), so a reader can judge how recent it is. */
export const resultSchema = z
  .object(
    {
      tekst: label(line(300), 'Resultaat', 'Gekwantificeerd waar bekend, met zijn bron in de bronnenlijst'),
      datum: label(
        partialDate.refine(notInFuture, NOT_IN_FUTURE),
        'Datum',
        'Waarop het cijfer slaat of wanneer het gepubliceerd werd (JJJJ, JJJJ-MM of JJJJ-MM-DD)',
      ),
    },
    { error: 'Verwacht een resultaat met "tekst" en "datum" (een resultaat zonder datum wordt niet aanvaard)' },
  )
  .meta({ title: 'Resultaat' });

/**
 * The curator's assessment: the evidence and the three criteria. A submitter (curation status
 * "ingediend") may leave them empty; from "in-review" on every field is required. These two schemas
 * are the complete shape, which every practice with a page has (`PublishedPractice`).
 */
export const evidenceSchema = z
  .object({
    niveau: label(z.enum(keys(EVIDENCE_LEVELS)), 'Bewijsniveau', undefined, { labels: EVIDENCE_LEVELS }),
    datum: label(
      partialDate.refine(notInFuture, NOT_IN_FUTURE),
      'Datum van het bewijs',
      'De datum van de recentste bron die het bewijs draagt, zo precies als de bron ze geeft (JJJJ, JJJJ-MM of JJJJ-MM-DD); niet de datum van invoer',
    ),
    basis: label(line(300), 'Basis', 'Waarop het oordeel steunt (evaluatierapport, monitoring, ...)'),
  })
  .meta({ title: 'Bewijs' });

export const criteriaSchema = z
  .object({
    werkt: criterion('Bewezen werkzaam', 'Er zijn aanwijzingen dat de praktijk haar doel bereikt'),
    klaarVoorGebruik: criterion('Meteen bruikbaar', 'Een andere gemeente kan ermee aan de slag'),
    groteReikwijdte: criterion('Grote reikwijdte', 'De praktijk bereikt veel mensen of is breed toepasbaar'),
  })
  .meta({ title: 'Criteria VVSG', description: 'De drie criteria van de minister en VVSG' });

/** The curator-only fields, in one place: the schema, the CMS hints and the submission form read them. */
export const CURATOR_FIELDS = ['bewijs', 'criteria'] as const;
export type CuratorField = (typeof CURATOR_FIELDS)[number];
export const curatorFieldsSchema = z.object({ bewijs: evidenceSchema, criteria: criteriaSchema });
export type CuratorFields = z.infer<typeof curatorFieldsSchema>;

/** The status from which the curator fields are required, and the message when one is missing. */
export const CURATOR_REQUIRED_FROM = 'in-review' satisfies keyof typeof CURATION_STATUSES;
export const CURATOR_HINT = `Verplicht vanaf curatiestatus «${CURATION_STATUSES[CURATOR_REQUIRED_FROM]}»; de indiener mag dit leeg laten`;
const CURATOR_REQUIRED = `Verplicht vanaf curatiestatus «${CURATION_STATUSES[CURATOR_REQUIRED_FROM]}»: vul dit in of zet de status terug op «${CURATION_STATUSES.ingediend}»`;

type Shape = Record<string, z.ZodType>;
const isObject = (s: z.ZodType): s is z.ZodObject<Shape> => s instanceof z.ZodObject;

/**
 * The same object with every field optional, down to the leaves, and the curator hint on each leaf
 * (zod's `.partial()` is shallow and drops the object's metadata).
 */
function curatorOnly<T extends z.ZodObject<Shape>>(schema: T): z.ZodOptional<z.ZodType<DeepPartial<z.infer<T>>>> {
  const shape: Shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]): [string, z.ZodType] => {
      if (isObject(field)) return [key, curatorOnly(field)];
      const meta = (field.meta() ?? {}) as { description?: string };
      return [key, field.optional().meta({ description: [meta.description, CURATOR_HINT].filter(Boolean).join('. ') })];
    }),
  );
  return z
    .object(shape)
    .optional()
    .meta(schema.meta() ?? {}) as unknown as z.ZodOptional<z.ZodType<DeepPartial<z.infer<T>>>>;
}
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Paths of the curator fields a practice leaves empty, e.g. ['bewijs', 'niveau'], ['criteria', 'werkt', 'oordeel']. */
export function missingCuratorFields(p: { [K in CuratorField]?: unknown }): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (schema: z.ZodObject<Shape>, value: unknown, path: string[]) => {
    for (const [key, field] of Object.entries(schema.shape)) {
      const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      if (isObject(field)) walk(field, v, [...path, key]);
      else if (v === undefined) out.push([...path, key]);
    }
  };
  walk(curatorFieldsSchema, p, []);
  return out;
}

/**
 * Every field of a practice, without the rules between fields. The practice schema and the submission
 * schema both start from it (zod refuses `.omit()` on a refined object).
 */
const practiceFields = z.object({
  titel: label(line(120), 'Titel'),
  samenvatting: label(text(300), 'Samenvatting', 'In gewone taal, maximaal 300 tekens'),
  niveau: label(z.enum(keys(PRACTICE_LEVELS)), 'Niveau', undefined, { labels: PRACTICE_LEVELS }),
  gemeenten: label(
    z.array(ref('gemeenten', nisCode)).default([]),
    'Gemeenten',
    'De gemeenten (indeling 2025) waar de praktijk loopt',
  ),
  land: label(line(60).optional(), 'Land', 'Alleen voor een buitenlandse praktijk'),
  stad: label(line(80).optional(), 'Stad of regio', 'Alleen voor een buitenlandse praktijk'),
  themas: label(z.array(ref('themas')).min(1, { error: 'Kies minstens één thema' }), "Thema's"),
  doelgroepen: label(z.array(ref('doelgroepen')).min(1, { error: 'Kies minstens één doelgroep' }), 'Doelgroepen'),
  beleidsdoelen: label(
    z.array(ref('beleidsdoelen')).default([]),
    'Beleidsdoelen',
    'Operationele doelstellingen van de beleidsnota’s',
  ),
  acties: label(z.array(ref('acties')).default([]), 'Acties Plan Samenleven'),
  periode: z
    .object({
      start: label(
        z.number().int().min(1950).max(2100).optional(),
        'Startjaar',
        'Leeg laten als geen bron het startjaar vermeldt',
      ),
      einde: label(z.number().int().min(1950).max(2100).optional(), 'Eindjaar'),
      structureel: label(
        z.boolean().default(false),
        'Structureel',
        'Loopt als vaste dienstverlening, zonder einddatum',
      ),
    })
    .refine((p) => !(p.structureel && p.einde), {
      error: 'Een structurele praktijk heeft geen eindjaar',
      path: ['einde'],
    })
    .refine((p) => !p.einde || !p.start || p.einde >= p.start, {
      error: 'Het eindjaar ligt vóór het startjaar',
      path: ['einde'],
    })
    .prefault({})
    .meta({ title: 'Periode' }),
  status: label(
    z.enum(keys(PRACTICE_STATUSES)),
    'Status van de praktijk',
    'Kies "onbekend" als geen recente bron bevestigt dat de praktijk nog loopt',
    { labels: PRACTICE_STATUSES },
  ),
  partners: label(z.array(line(150)).default([]), 'Partners'),
  financiering: z
    .object({
      bronnen: label(
        z.array(line(200)).default([]),
        'Financieringsbronnen',
        'Wie de praktijk betaalt (bv. "Stad Gent", "Vlaamse projectsubsidie Samenleven")',
      ),
      kosten: label(
        line(200).optional(),
        'Kosten',
        'Het bedrag zoals de bron het vermeldt, met het jaar (bv. "€ 25.000 per jaar (2023)")',
      ),
      kostenklasse: label(z.enum(keys(COST_RANGES)).default('onbekend'), 'Kostenklasse', undefined, {
        labels: COST_RANGES,
      }),
    })
    .prefault({})
    .meta({ title: 'Financiering' }),
  resultaten: label(z.array(resultSchema).default([]), 'Resultaten', 'Elk resultaat met de datum waarop het slaat'),
  evaluatie: label(text(1500).optional(), 'Evaluatie', 'Hoe werd de praktijk geëvalueerd, met welke indicatoren', {
    widget: 'text',
  }),
  succesfactoren: label(z.array(line(300)).default([]), 'Succesfactoren'),
  uitdagingen: label(z.array(line(300)).default([]), 'Uitdagingen'),
  overdraagbaarheid: label(
    text(1000).optional(),
    'Overdraagbaarheid',
    'Wat is nodig om dit in een Vlaamse gemeente te doen werken? Verplicht voor buitenlandse praktijken',
    { widget: 'text' },
  ),
  bewijs: curatorOnly(evidenceSchema),
  criteria: curatorOnly(criteriaSchema),
  curatie: z
    .object({
      status: label(z.enum(keys(CURATION_STATUSES)), 'Curatiestatus', undefined, { labels: CURATION_STATUSES }),
      ingediendOp: label(isoDate, 'Ingediend op', 'Wanneer de kennisbank de praktijk ontving'),
      beoordeeldOp: label(isoDate.optional(), 'Beoordeeld op', 'Wanneer een curator ze laatst beoordeelde'),
      gepubliceerdOp: label(isoDate.optional(), 'Gepubliceerd op'),
      volgendeReview: label(isoDate.optional(), 'Volgende review'),
      opmerking: label(
        text(1000).optional(),
        'Opmerking van de curator',
        'Niet op de site en niet in de exports, maar wel leesbaar in de Git-repository, die openbaar is: schrijf hier niets vertrouwelijks',
        { widget: 'text', private: true },
      ),
      // Set by the "Praktijk delen" form (src/lib/submission/): its reference and who sent it.
      referentie: label(submissionReference.optional(), 'Referentie van de inzending', 'Door het formulier toegekend'),
      indiener: submitterSchema.optional(),
    })
    .superRefine((c, ctx) => {
      if (c.status === 'gepubliceerd' || c.status === 'gearchiveerd') {
        for (const field of ['beoordeeldOp', 'gepubliceerdOp', 'volgendeReview'] as const) {
          if (!c[field])
            ctx.addIssue({ code: 'custom', path: [field], message: `Verplicht voor een ${c.status}e praktijk` });
        }
      }
      if (c.beoordeeldOp && c.volgendeReview && c.volgendeReview <= c.beoordeeldOp) {
        ctx.addIssue({
          code: 'custom',
          path: ['volgendeReview'],
          message: 'De volgende review moet na de laatste beoordeling vallen',
        });
      }
    })
    .meta({ title: 'Curatie' }),
  bronnen: label(
    z.array(sourceSchema).min(1, { error: 'Vermeld minstens één bron (document en sectie, of webadres)' }),
    'Bronnen',
  ),
  contact: contactSchema.optional(),
  afbeeldingen: label(z.array(imageSchema).max(6).default([]), 'Afbeeldingen'),
  // Adoption relation (inventory, issue #20): see adoption.ts.
  overgenomenVan: adoptionsField,
});

type PlaceFields = Pick<z.infer<typeof practiceFields>, 'niveau' | 'land' | 'overdraagbaarheid' | 'gemeenten'>;

/** Where a practice runs: a foreign one names its country and what it takes in Flanders, a Flemish one its municipalities. */
function placeRules(p: PlaceFields, ctx: z.RefinementCtx) {
  if (p.niveau === 'buitenland') {
    if (!p.land) ctx.addIssue({ code: 'custom', path: ['land'], message: 'Verplicht voor een buitenlandse praktijk' });
    if (!p.overdraagbaarheid)
      ctx.addIssue({
        code: 'custom',
        path: ['overdraagbaarheid'],
        message: 'Verplicht voor een buitenlandse praktijk: wat is nodig om dit in Vlaanderen te doen werken?',
      });
    if (p.gemeenten.length)
      ctx.addIssue({
        code: 'custom',
        path: ['gemeenten'],
        message: 'Een buitenlandse praktijk heeft geen Vlaamse gemeenten; gebruik "land" en "stad"',
      });
  } else if (p.gemeenten.length === 0 && p.niveau !== 'vlaams') {
    ctx.addIssue({
      code: 'custom',
      path: ['gemeenten'],
      message: 'Kies minstens één gemeente (of niveau "vlaams" of "buitenland")',
    });
  }
}

export const practiceSchema = practiceFields
  .superRefine(placeRules)
  .superRefine((p, ctx) => {
    if (p.curatie.status === 'ingediend') return;
    for (const path of missingCuratorFields(p)) ctx.addIssue({ code: 'custom', path, message: CURATOR_REQUIRED });
  })
  .meta({ title: 'Goede praktijk' });

export type Practice = z.infer<typeof practiceSchema>;
/** A practice with a page (published or archived): the curator fields are always filled in. */
export type PublishedPractice = Omit<Practice, CuratorField> & CuratorFields;

/** Narrows a practice that passed the schema with a status from "in review" on to one with every curator field. */
export function hasCuratorFields(p: Practice): p is Practice & PublishedPractice {
  return missingCuratorFields(p).length === 0;
}

/**
 * The submitter's part of a practice: what a municipality knows and can tell, as the public form
 * "Praktijk delen" asks it. Left out: the curator fields, the curation block (the submission handler
 * sets status "ingediend" and the date it arrived) and images (uploaded by a curator into /media/).
 */
export const SUBMISSION_OMITTED_FIELDS = [...CURATOR_FIELDS, 'curatie', 'afbeeldingen'] as const;

export const submissionSchema = practiceFields
  .omit(Object.fromEntries(SUBMISSION_OMITTED_FIELDS.map((k) => [k, true])) as Record<SubmissionOmitted, true>)
  .superRefine(placeRules)
  .meta({ title: 'Praktijk delen' });

type SubmissionOmitted = (typeof SUBMISSION_OMITTED_FIELDS)[number];
export type Submission = z.infer<typeof submissionSchema>;
