/**
 * The open-data exports of the plans (/data/plan-acties.csv and .json, /data/plannen.json): their
 * columns with the meaning of each, so the data page documents exactly what the files hold.
 */
import type { Action } from '../../schemas/plan.ts';
import { derivedMaximumSubsidy } from './kpi.ts';

export const PLAN_ACTION_DOC = {
  id: 'Id van de actie: plan en nummer, bv. plan-samenleven-5',
  plan: 'Id van het plan',
  doel: 'Id van het doel, bv. plan-samenleven-2',
  doel_label: 'Nummer en titel van het doel, bv. "2. Nederlands"',
  nummer: 'Actienummer binnen het plan',
  nummer_afgeleid: '"ja" als geen bron het nummer noemt en het afgeleid is (zie nummer_afgeleid_reden); anders leeg',
  nummer_afgeleid_reden: 'Hoe het nummer is afgeleid, met de bron in plan-acties.json',
  titel: 'Titel van de actie',
  samenvatting: 'Samenvatting in gewone taal',
  status: 'Status volgens de laatste mijlpaal (zie de lijst hieronder)',
  rapportering: 'Stand van de rapportering in woorden, afgeleid uit de gepubliceerde cijfers',
  laatste_wijziging: 'Datum van de laatste mijlpaal (JJJJ-MM-DD)',
  minister: 'Bevoegde minister',
  agentschap: 'Uitvoerend agentschap',
  doelgroep: 'Doelgroep volgens de actiepagina (leeg = niet gepubliceerd)',
  kpi_criterium: 'Wanneer één KPI telt, volgens de actiepagina',
  kpis: 'KPI’s van de oproep van projectjaar 1, gescheiden door " | ": eenheid, maximaal aantal en Vlaamse bijdrage per KPI in euro',
  maximale_subsidie: 'Maximale subsidie in euro volgens de actiepagina (leeg = niet gepubliceerd)',
  maximale_subsidie_afgeleid:
    'Maximaal aantal × bijdrage per KPI, opgeteld over de KPI’s (leeg als een van beide ontbreekt)',
  andere_financiering: 'Instrument of toelichting als de actie buiten de subsidieoproep gefinancierd wordt',
  mentorbestuur: 'Mentorbestuur volgens de actiepagina',
  mentorbestuur_gemeente: 'NIS-code van de gemeente van het mentorbestuur',
  deelnemende_gemeenten:
    'NIS-codes (indeling 2025) van gemeenten die een bron bij deze actie noemt, gescheiden door spaties; geen volledige lijst',
  actiepagina: 'Webadres van de actiepagina, de bron van doelgroep, verwachtingen en maximale subsidie',
  url: 'Adres van de actie in de kennisbank',
} as const;
export type PlanActionColumn = keyof typeof PLAN_ACTION_DOC;
export const PLAN_ACTION_COLUMNS = Object.keys(PLAN_ACTION_DOC) as PlanActionColumn[];

export interface ExportableAction {
  id: string;
  data: Action;
  planId: string;
  goalId: string;
  goalLabel: string;
  status: string;
  reporting: string;
  lastChange?: string;
  url: string;
}

/** One CSV row per action; empty means "not published", never 0. */
export function actionRow(a: ExportableAction): Record<PlanActionColumn, string | number | undefined> {
  const d = a.data;
  const participants = new Set([...d.deelnemers.map((p) => p.gemeente), ...d.jaren.flatMap((y) => y.gemeenten)]);
  return {
    id: a.id,
    plan: a.planId,
    doel: a.goalId,
    doel_label: a.goalLabel,
    nummer: d.nummer,
    nummer_afgeleid: d.nummerAfgeleid ? 'ja' : '',
    nummer_afgeleid_reden: d.nummerAfgeleid?.reden,
    titel: d.titel,
    samenvatting: d.samenvatting,
    status: a.status,
    rapportering: a.reporting,
    laatste_wijziging: a.lastChange,
    minister: d.verantwoordelijke.minister,
    agentschap: d.verantwoordelijke.agentschap,
    doelgroep: d.doelgroep,
    kpi_criterium: d.kpiCriterium,
    kpis: d.kpis
      .map(
        (k) =>
          `${k.eenheid}: ${k.maximum ?? 'max. niet gepubliceerd'} × ${k.bijdragePerKpi ?? 'bijdrage niet gepubliceerd'}`,
      )
      .join(' | '),
    maximale_subsidie: d.maximaleSubsidie,
    maximale_subsidie_afgeleid: derivedMaximumSubsidy(d.kpis),
    andere_financiering: d.andereFinanciering
      ? [d.andereFinanciering.instrument, d.andereFinanciering.toelichting].filter(Boolean).join(': ')
      : undefined,
    mentorbestuur: d.mentorbestuur?.naam,
    mentorbestuur_gemeente: d.mentorbestuur?.gemeente,
    deelnemende_gemeenten: [...participants].join(' '),
    actiepagina: d.actiepagina?.url,
    url: a.url,
  };
}
