/**
 * A general plan tracker: plans have goals, goals have numbered actions; progress is reported per
 * project year, status is set by dated milestones (so the milestones are the status history).
 * Every published figure carries its source; a figure that is not published is left out, never 0.
 */
import { z, label, line, text, ref, isoDate, sourceSchema, nisCode } from './common.ts';

export const ACTION_STATUSES = {
  gepland: 'Gepland',
  lopend: 'Lopend',
  afgelopen: 'Looptijd afgelopen',
  gerealiseerd: 'Gerealiseerd',
  bijgestuurd: 'Bijgestuurd',
  stopgezet: 'Stopgezet',
  'niet-gerapporteerd': 'Niet gerapporteerd',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;

const statusKeys = Object.keys(ACTION_STATUSES) as [ActionStatus, ...ActionStatus[]];

/** Project years run 1 October to 30 September and are written "2022-23". */
export const projectYear = z
  .string()
  .regex(/^(20\d\d)-(\d\d)$/, { error: 'Verwacht een projectjaar als "2022-23"' })
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), {
    error: 'Het tweede jaartal volgt niet op het eerste (bv. "2022-23")',
  });

/** A sum in whole euro: the sources publish budgets to the euro, so a fraction is a typing error. */
export const euro = z
  .number({ error: 'Verwacht een bedrag in euro, als getal (bv. 475000)' })
  .int({ error: 'Verwacht een geheel aantal euro, zonder cent (bv. 475000)' })
  .nonnegative({ error: 'Een bedrag kan niet negatief zijn' });

/** A count of people, plans or governments: a whole number, 0 or more. */
export const count = z
  .number({ error: 'Verwacht een aantal, als getal' })
  .int({ error: 'Verwacht een geheel getal' })
  .nonnegative({ error: 'Een aantal kan niet negatief zijn' });

/**
 * A date as precise as the source is: "2025" (a year), "2025-10" (a month) or "2022-09-23".
 * Sorting the strings sorts the dates.
 */
export const sourceDate = z.preprocess(
  (v) =>
    v instanceof Date && !Number.isNaN(v.getTime())
      ? v.toISOString().slice(0, 10)
      : typeof v === 'number'
        ? String(v)
        : v,
  z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'Verwacht een datum als JJJJ-MM-DD, of JJJJ-MM of JJJJ als de bron niet preciezer is',
  }),
);

export const responsibleSchema = z
  .object({
    minister: label(
      line(200),
      'Bevoegde minister',
      'Functie, en naam zoals in de bron (bv. "Vlaams minister van Binnenlands Bestuur en Samenleven")',
    ),
    agentschap: label(line(200), 'Uitvoerend agentschap'),
    inhoudelijkeOndersteuning: label(line(200).optional(), 'Inhoudelijke ondersteuning'),
  })
  .meta({ title: 'Verantwoordelijke' });

export const planGoalSchema = z
  .object({
    plan: label(ref('plannen'), 'Plan'),
    nummer: label(z.number().int().positive(), 'Nummer'),
    titel: label(line(160), 'Titel'),
    samenvatting: label(text(600).optional(), 'Samenvatting'),
    bronnen: label(z.array(sourceSchema).default([]), 'Bronnen'),
  })
  .meta({ title: 'Doel van een plan' });
export type PlanGoal = z.infer<typeof planGoalSchema>;

/** Published figures of one project year. Each year's figures come from the one source named. */
const yearFields = z.object({
  projectjaar: label(projectYear, 'Projectjaar', '1 oktober tot 30 september, bv. "2022-23"'),
  budget: label(euro.optional(), 'Budget (euro)', 'Geheel bedrag in euro; leeg als de bron het niet publiceert'),
  budgetGepland: label(
    z.boolean().default(false),
    'Budget is een gepland bedrag',
    'Aan als de bron het bedrag vooraf aankondigt, niet als toegekend',
  ),
  lokaleBesturen: label(count.optional(), 'Deelnemende lokale besturen'),
  kpiToegezegd: label(count.optional(), 'KPI toegezegd'),
  kpiBehaald: label(count.optional(), 'KPI behaald'),
  behaaldNietGepubliceerd: label(
    line(300).optional(),
    'Behaald cijfer niet gepubliceerd',
    'Waarom er (nog) geen behaald cijfer is, zoals de bron het zegt (bv. "aangekondigd voor de eindrapportage van oktober 2025")',
  ),
  toelichting: label(line(400).optional(), 'Toelichting', 'Bv. wat de cijfers wel en niet omvatten'),
  gemeenten: label(z.array(ref('gemeenten', nisCode)).default([]), 'Deelnemende gemeenten', 'Waar bekend'),
  bron: sourceSchema,
});

/** An achieved figure and "not published" for the same year contradict each other. */
function achievedOrNotPublished(y: z.infer<typeof yearFields>, ctx: z.RefinementCtx) {
  if (y.behaaldNietGepubliceerd && y.kpiBehaald !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['kpiBehaald'],
      message: `Projectjaar ${y.projectjaar} staat als "behaald cijfer niet gepubliceerd" (${y.behaaldNietGepubliceerd}) maar heeft toch een behaald cijfer: laat een van beide weg`,
    });
  }
}

export const yearFiguresSchema = yearFields
  .superRefine(achievedOrNotPublished)
  .meta({ title: 'Cijfers per projectjaar' });
export type YearFigures = z.infer<typeof yearFiguresSchema>;

/** A count that one source gives and another gives differently: shown side by side, never averaged. */
export const sourcedCountSchema = z
  .object({
    aantal: label(count, 'Aantal'),
    wat: label(line(200), 'Wat geteld is', 'Zoals de bron het zegt, bv. "lokale besturen, plus de VGC en vzw de Rand"'),
    bron: sourceSchema,
  })
  .meta({ title: 'Telling volgens een bron' });

export const planYearSchema = yearFields
  .extend({
    tellingen: label(
      z.array(sourcedCountSchema).default([]),
      'Deelnemers volgens de bronnen',
      'Elke telling met haar eigen bron; bronnen tellen verschillend',
    ),
  })
  .superRefine(achievedOrNotPublished)
  .meta({ title: 'Cijfers van het plan per projectjaar' });
export type PlanYear = z.infer<typeof planYearSchema>;

/** A plan milestone: what happened when, as precisely dated as its source. */
export const planMilestoneSchema = z
  .object({
    datum: label(sourceDate, 'Datum', 'JJJJ-MM-DD, of JJJJ-MM / JJJJ als de bron niet preciezer is'),
    titel: label(line(120), 'Titel', 'Kort, bv. "Tweede projectoproep"'),
    tekst: label(text(900), 'Wat gebeurde er', 'In gewone taal'),
    bron: sourceSchema,
  })
  .meta({ title: 'Mijlpaal van het plan' });
export type PlanMilestone = z.infer<typeof planMilestoneSchema>;

/** A municipality a source names as taking part (in the plan or in one action). */
export const participantSchema = z
  .object({
    gemeente: label(ref('gemeenten', nisCode), 'Gemeente', 'NIS-code (indeling 2025)'),
    rol: label(z.enum(['deelnemer', 'mentor']).default('deelnemer'), 'Rol', undefined, {
      labels: { deelnemer: 'Deelnemer', mentor: 'Mentorbestuur' },
    }),
    toelichting: label(line(400), 'Wat de bron zegt', 'In eigen woorden'),
    bron: sourceSchema,
  })
  .meta({ title: 'Deelnemende gemeente' });
export type Participant = z.infer<typeof participantSchema>;

/** A figure the source gives for several actions together; it is shown as such, never split. */
export const aggregateSchema = z
  .object({
    projectjaar: label(projectYear, 'Projectjaar'),
    wat: label(line(300), 'Wat geteld is'),
    gepland: label(count.optional(), 'Gepland'),
    behaald: label(count.optional(), 'Behaald'),
    acties: label(z.array(ref('acties')).default([]), 'Acties waarop het cijfer vermoedelijk slaat'),
    toelichting: label(line(400).optional(), 'Toelichting', 'Bv. dat de bron de acties niet noemt'),
    bron: sourceSchema,
  })
  .meta({ title: 'Cijfer over meerdere acties samen' });
export type Aggregate = z.infer<typeof aggregateSchema>;

export const planSchema = z
  .object({
    titel: label(line(160), 'Titel'),
    korteTitel: label(line(60), 'Korte titel'),
    samenvatting: label(text(400), 'Samenvatting'),
    gestartOp: label(isoDate.optional(), 'Gestart op'),
    verantwoordelijke: responsibleSchema,
    bronnoot: label(text(600).optional(), 'Noot over de bronnen', 'Wat de bronnen niet bevestigen, in gewone taal', {
      widget: 'text',
    }),
    volgorde: label(z.number().int().min(0).default(0), 'Volgorde'),
    jaren: label(
      z.array(planYearSchema).default([]),
      'Cijfers per projectjaar (hele plan)',
      'Cijfers die voor het hele plan gepubliceerd zijn',
    ),
    samengevoegd: label(z.array(aggregateSchema).default([]), 'Cijfers over meerdere acties samen'),
    deelnemers: label(
      z.array(participantSchema).default([]),
      'Deelnemende gemeenten (plan)',
      'Gemeenten die een bron noemt zonder de acties te noemen',
    ),
    mijlpalen: label(z.array(planMilestoneSchema).default([]), 'Mijlpalen van het plan'),
    bronnen: label(z.array(sourceSchema).min(1, { error: 'Vermeld minstens één bron' }), 'Bronnen'),
  })
  .meta({ title: 'Plan' });
export type Plan = z.infer<typeof planSchema>;

export const milestoneSchema = z
  .object({
    datum: label(isoDate, 'Datum'),
    status: label(z.enum(statusKeys), 'Status vanaf deze datum', undefined, { labels: ACTION_STATUSES }),
    tekst: label(text(600), 'Wat gebeurde er', 'In gewone taal'),
    bron: sourceSchema,
  })
  .meta({ title: 'Mijlpaal' });
export type Milestone = z.infer<typeof milestoneSchema>;

/** Placeholders people type when they do not know a unit; a KPI without a real unit cannot be read. */
const UNKNOWN_UNITS = /^(\?+|onbekend|nvt|n\.v\.t\.|-+|–|x)$/i;

/** One KPI of an action as the call defines it: unit, maximum count and Flemish contribution per KPI. */
export const kpiSchema = z
  .object({
    eenheid: label(
      line(120).refine((s) => !UNKNOWN_UNITS.test(s), {
        error: 'Eenheid onbekend: schrijf wat de KPI telt (bv. "begeleide nieuwkomers"), of laat de KPI weg',
      }),
      'Eenheid',
      'Wat één KPI telt, bv. "volwassen anderstaligen"',
    ),
    maximum: label(count.optional(), 'Maximaal aantal KPI’s', 'Per lokaal bestuur, volgens de oproep'),
    bijdragePerKpi: label(
      euro.optional(),
      'Vlaamse bijdrage per KPI (euro)',
      'Het lokaal bestuur brengt hetzelfde bedrag in',
    ),
    bron: sourceSchema,
  })
  .meta({ title: 'KPI' });
export type Kpi = z.infer<typeof kpiSchema>;

export const actionSchema = z
  .object({
    plan: label(ref('plannen'), 'Plan'),
    doel: label(ref('plandoelen'), 'Doel'),
    nummer: label(z.number().int().positive(), 'Actienummer', 'Vast nummer binnen het plan'),
    nummerAfgeleid: z
      .object({
        reden: label(line(400), 'Hoe het nummer is afgeleid'),
        bron: sourceSchema,
      })
      .optional()
      .meta({ title: 'Nummer afgeleid', description: 'Alleen invullen als geen bron het nummer van deze actie noemt' }),
    titel: label(line(160), 'Titel'),
    samenvatting: label(text(300), 'Samenvatting', 'In gewone taal, maximaal 300 tekens'),
    beschrijving: label(text(4000).optional(), 'Beschrijving', undefined, { widget: 'text' }),
    actiepagina: label(
      sourceSchema.optional(),
      'Actiepagina',
      'Bron van doelgroep, minimumverwachtingen, KPI-criterium en maximale subsidie',
    ),
    minimumverwachtingen: label(z.array(line(400)).default([]), 'Minimumverwachtingen'),
    doelgroep: label(line(400).optional(), 'Doelgroep'),
    kpiCriterium: label(line(400).optional(), 'Wanneer telt een KPI', 'Het KPI-criterium van de actiepagina'),
    cijfereenheid: label(
      line(80).optional(),
      'Eenheid van de gepubliceerde cijfers',
      'Zoals de cijfertabel van de bron telt, bv. "oefenkansen"',
    ),
    kpis: label(z.array(kpiSchema).default([]), 'KPI’s', 'Eén per eenheid; meerdere als de oproep deel-KPI’s telt'),
    maximaleSubsidie: label(euro.optional(), 'Maximale subsidie (euro)', 'Zoals de actiepagina het vermeldt'),
    andereFinanciering: z
      .object({
        instrument: label(line(200).optional(), 'Instrument', 'Leeg als de bron het niet noemt'),
        toelichting: label(line(400), 'Toelichting'),
        bron: sourceSchema,
      })
      .optional()
      .meta({ title: 'Gefinancierd via een ander instrument' }),
    mentorbestuur: z
      .object({
        naam: label(line(200), 'Mentorbestuur', 'Zoals de actiepagina het noemt, bv. "Sportdienst van Stad Gent"'),
        gemeente: label(ref('gemeenten', nisCode).optional(), 'Gemeente van het mentorbestuur'),
        toelichting: label(line(400).optional(), 'Toelichting'),
        bron: sourceSchema,
      })
      .optional()
      .meta({ title: 'Mentorbestuur' }),
    deelnemers: label(z.array(participantSchema).default([]), 'Deelnemende gemeenten', 'Elk met de bron die ze noemt'),
    verantwoordelijke: responsibleSchema,
    beleidsdoelen: label(z.array(ref('beleidsdoelen')).default([]), 'Beleidsdoelen'),
    indicatoren: label(
      z.array(ref('indicatoren')).default([]),
      'Indicatoren van de integratiescan',
      'Indicatoren die de actie wil bewegen',
    ),
    praktijken: label(z.array(ref('praktijken')).default([]), 'Goede praktijken'),
    jaren: label(z.array(yearFiguresSchema).default([]), 'Cijfers per projectjaar'),
    mijlpalen: label(
      z.array(milestoneSchema).min(1, { error: 'Minstens één mijlpaal: die zet de status' }),
      'Mijlpalen',
    ),
    bronnen: label(z.array(sourceSchema).min(1, { error: 'Vermeld minstens één bron' }), 'Bronnen'),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.jaren.forEach((y, i) => {
      if (seen.has(y.projectjaar))
        ctx.addIssue({
          code: 'custom',
          path: ['jaren', i, 'projectjaar'],
          message: `Projectjaar ${y.projectjaar} staat er twee keer`,
        });
      seen.add(y.projectjaar);
    });
    // Facts read from the action page need that page as their source.
    const fromPage = (['doelgroep', 'kpiCriterium', 'maximaleSubsidie'] as const).filter((k) => a[k] !== undefined);
    if (a.minimumverwachtingen.length) fromPage.push('minimumverwachtingen' as never);
    if (fromPage.length && !a.actiepagina) {
      ctx.addIssue({
        code: 'custom',
        path: [fromPage[0]],
        message: `${fromPage.join(', ')} zonder bron: vul "actiepagina" in met de pagina waar dit staat`,
      });
    }
  })
  .meta({ title: 'Actie' });
export type Action = z.infer<typeof actionSchema>;
