/**
 * The bulk format for per-project-year figures of plan actions, so the yearly reporting
 * spreadsheet can be loaded without hand editing. One row per action and project year:
 *
 *   actie,projectjaar,budget,lokale_besturen,kpi_toegezegd,kpi_behaald,gemeenten,bron_titel,bron_sectie,bron_url
 *
 * `gemeenten` is a space-separated list of NIS codes; empty cells mean "not published".
 * Import validates every row and the resulting actions against the schema before anything is
 * written; a row that is wrong is reported with its line number.
 */
import { parseCsv, toCsv, CsvError } from '../shared/csv.ts';
import { actionSchema, type Action, type YearFigures } from '../../schemas/plan.ts';
import { formatPath } from '../content/files.ts';

export const PLAN_CSV_COLUMNS = ['actie', 'projectjaar', 'budget', 'lokale_besturen', 'kpi_toegezegd', 'kpi_behaald', 'gemeenten', 'bron_titel', 'bron_sectie', 'bron_url'] as const;

export const PLAN_CSV_DOC: Record<(typeof PLAN_CSV_COLUMNS)[number], string> = {
  actie: 'Id van de actie, bv. plan-samenleven-5 (verplicht)',
  projectjaar: 'Projectjaar als 2022-23: van 1 oktober tot 30 september (verplicht)',
  budget: 'Budget in euro, een geheel getal zonder punten of spaties (leeg = niet gepubliceerd)',
  lokale_besturen: 'Aantal deelnemende lokale besturen',
  kpi_toegezegd: 'KPI toegezegd, in de eenheid van de actie (geheel getal)',
  kpi_behaald: 'KPI behaald, in de eenheid van de actie (geheel getal)',
  gemeenten: 'Deelnemende gemeenten: NIS-codes (indeling 2025) gescheiden door spaties',
  bron_titel: 'Titel van de bron van deze cijfers (verplicht)',
  bron_sectie: 'Sectie of pagina in de bron',
  bron_url: 'Webadres van de bron (https://...)',
};

export function exportPlanCsv(actions: { id: string; data: Pick<Action, 'jaren'> }[]): string {
  const rows = actions
    .flatMap(({ id, data }) =>
      data.jaren.map((y) => ({
        actie: id,
        projectjaar: y.projectjaar,
        budget: y.budget,
        lokale_besturen: y.lokaleBesturen,
        kpi_toegezegd: y.kpiToegezegd,
        kpi_behaald: y.kpiBehaald,
        gemeenten: y.gemeenten.join(' '),
        bron_titel: y.bron.titel,
        bron_sectie: y.bron.sectie,
        bron_url: y.bron.url,
      })),
    )
    .sort((a, b) => a.actie.localeCompare(b.actie, 'nl', { numeric: true }) || a.projectjaar.localeCompare(b.projectjaar));
  return toCsv([...PLAN_CSV_COLUMNS], rows);
}

function number(value: string, line: number, column: string): number | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  // Whole numbers only: "1.000" or "1,5" from a Belgian spreadsheet must not pass as 1 or 15.
  if (!/^-?\d+$/.test(v)) throw new CsvError(line, `kolom ${column}: "${value}" is geen geheel getal (schrijf cijfers zonder punten, komma's of spaties, bv. 16900000)`);
  return Number(v);
}

export interface PlanImportResult {
  /** New year figures per action id, for the actions the CSV mentions. */
  updates: Map<string, YearFigures[]>;
  rows: number;
}

/**
 * Parses and validates a CSV against the existing actions. The CSV's rows replace, per action, the
 * project years they name; years not in the CSV stay as they are. Throws CsvError (with a line
 * number) on the first problem.
 */
export function parsePlanCsv(text: string, existing: Map<string, Action>): PlanImportResult {
  const { rows } = parseCsv(text, { required: ['actie', 'projectjaar', 'bron_titel'] });
  const updates = new Map<string, YearFigures[]>();
  const seen = new Set<string>();
  for (const { line, values } of rows) {
    const id = values.actie.trim();
    const action = existing.get(id);
    if (!action) throw new CsvError(line, `actie "${id}" bestaat niet (verwacht een id uit content/acties/)`);
    const key = `${id} ${values.projectjaar}`;
    if (seen.has(key)) throw new CsvError(line, `actie ${id}, projectjaar ${values.projectjaar} staat er twee keer`);
    seen.add(key);
    const figures = {
      projectjaar: values.projectjaar.trim(),
      budget: number(values.budget ?? '', line, 'budget'),
      lokaleBesturen: number(values.lokale_besturen ?? '', line, 'lokale_besturen'),
      kpiToegezegd: number(values.kpi_toegezegd ?? '', line, 'kpi_toegezegd'),
      kpiBehaald: number(values.kpi_behaald ?? '', line, 'kpi_behaald'),
      gemeenten: (values.gemeenten ?? '').split(/\s+/).filter(Boolean),
      bron: Object.fromEntries(
        Object.entries({ titel: values.bron_titel?.trim(), sectie: values.bron_sectie?.trim(), url: values.bron_url?.trim() }).filter(([, v]) => v),
      ),
    };
    const current = updates.get(id) ?? [...action.jaren];
    const next = [...current.filter((y) => y.projectjaar !== figures.projectjaar), figures as YearFigures].sort((a, b) => a.projectjaar.localeCompare(b.projectjaar));
    const check = actionSchema.safeParse({ ...action, jaren: next });
    if (!check.success) {
      const issue = check.error.issues[0];
      throw new CsvError(line, `${formatPath(issue.path)}: ${issue.message}`);
    }
    updates.set(id, (check.data as Action).jaren);
  }
  return { updates, rows: rows.length };
}
