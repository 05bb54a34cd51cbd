/**
 * A general plan tracker: plans have goals, goals have numbered actions; progress is reported per
 * project year, status is set by dated milestones (so the milestones are the status history).
 */
import { z, label, line, text, ref, isoDate, sourceSchema, nisCode } from './common.ts';

export const ACTION_STATUSES = {
  gepland: 'Gepland',
  lopend: 'Lopend',
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
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), { error: 'Het tweede jaartal volgt niet op het eerste (bv. "2022-23")' });

export const responsibleSchema = z
  .object({
    minister: label(line(200), 'Bevoegde minister', 'Functie, en naam zoals in de bron (bv. "Vlaams minister van Binnenlands Bestuur en Samenleven")'),
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

export const yearFiguresSchema = z
  .object({
    projectjaar: label(projectYear, 'Projectjaar', '1 oktober tot 30 september, bv. "2022-23"'),
    budget: label(z.number().nonnegative().optional(), 'Budget (euro)'),
    lokaleBesturen: label(z.number().int().nonnegative().optional(), 'Deelnemende lokale besturen'),
    kpiToegezegd: label(z.number().nonnegative().optional(), 'KPI toegezegd'),
    kpiBehaald: label(z.number().nonnegative().optional(), 'KPI behaald'),
    toelichting: label(line(400).optional(), 'Toelichting', 'Bv. wat de cijfers wel en niet omvatten'),
    gemeenten: label(z.array(ref('gemeenten', nisCode)).default([]), 'Deelnemende gemeenten', 'Waar bekend'),
    bron: sourceSchema,
  })
  .meta({ title: 'Cijfers per projectjaar' });
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const planSchema = z
  .object({
    titel: label(line(160), 'Titel'),
    korteTitel: label(line(60), 'Korte titel'),
    samenvatting: label(text(400), 'Samenvatting'),
    gestartOp: label(isoDate.optional(), 'Gestart op'),
    verantwoordelijke: responsibleSchema,
    bronnoot: label(text(600).optional(), 'Noot over de bronnen', 'Wat de bronnen niet bevestigen, in gewone taal', { widget: 'text' }),
    volgorde: label(z.number().int().min(0).default(0), 'Volgorde'),
    jaren: label(z.array(yearFiguresSchema).default([]), 'Cijfers per projectjaar (hele plan)', 'Cijfers die alleen voor het hele plan gepubliceerd zijn'),
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

export const actionSchema = z
  .object({
    plan: label(ref('plannen'), 'Plan'),
    doel: label(ref('plandoelen'), 'Doel'),
    nummer: label(z.number().int().positive(), 'Actienummer', 'Vast nummer binnen het plan'),
    titel: label(line(160), 'Titel'),
    samenvatting: label(text(300), 'Samenvatting', 'In gewone taal, maximaal 300 tekens'),
    beschrijving: label(text(4000).optional(), 'Beschrijving', undefined, { widget: 'text' }),
    minimumverwachtingen: label(z.array(line(400)).default([]), 'Minimumverwachtingen'),
    doelgroep: label(line(300).optional(), 'Doelgroep'),
    kpi: z
      .object({
        definitie: label(line(400), 'KPI-definitie'),
        eenheid: label(line(80), 'Eenheid', 'Bv. "deelnemers" of "uren"'),
      })
      .optional()
      .meta({ title: 'KPI' }),
    maximaleSubsidie: label(z.number().nonnegative().optional(), 'Maximale subsidie (euro)'),
    verantwoordelijke: responsibleSchema,
    beleidsdoelen: label(z.array(ref('beleidsdoelen')).default([]), 'Beleidsdoelen'),
    indicatoren: label(z.array(ref('indicatoren')).default([]), 'Indicatoren van de integratiescan', 'Indicatoren die de actie wil bewegen'),
    praktijken: label(z.array(ref('praktijken')).default([]), 'Goede praktijken'),
    jaren: label(z.array(yearFiguresSchema).default([]), 'Cijfers per projectjaar'),
    mijlpalen: label(z.array(milestoneSchema).min(1, { error: 'Minstens één mijlpaal: die zet de status' }), 'Mijlpalen'),
    bronnen: label(z.array(sourceSchema).min(1, { error: 'Vermeld minstens één bron' }), 'Bronnen'),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.jaren.forEach((y, i) => {
      if (seen.has(y.projectjaar)) ctx.addIssue({ code: 'custom', path: ['jaren', i, 'projectjaar'], message: `Projectjaar ${y.projectjaar} staat er twee keer` });
      seen.add(y.projectjaar);
    });
  })
  .meta({ title: 'Actie' });
export type Action = z.infer<typeof actionSchema>;
