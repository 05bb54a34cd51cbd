/**
 * The bulk format for per-project-year figures of plan actions, so the yearly reporting
 * spreadsheet can be loaded without hand editing. One row per action and project year:
 *
 *   actie,projectjaar,budget,budget_gepland,lokale_besturen,kpi_toegezegd,kpi_behaald,behaald_niet_gepubliceerd,
 *   toelichting,gemeenten,bron_titel,bron_sectie,bron_url
 *
 * `gemeenten` is a space-separated list of NIS codes; empty cells mean "not published".
 * Import validates every row and the resulting actions against the schema before anything is
 * written; a row that is wrong is reported with its line number.
 */
import { parseCsv, toCsv, CsvError } from '../shared/csv.ts';
import { actionSchema, type Action, type YearFigures } from '../../schemas/plan.ts';
import { formatPath } from '../content/files.ts';
import { NIS_PATTERN } from '../../schemas/patterns.ts';

export const PLAN_CSV_COLUMNS = [
  'actie',
  'projectjaar',
  'budget',
  'budget_gepland',
  'lokale_besturen',
  'kpi_toegezegd',
  'kpi_behaald',
  'behaald_niet_gepubliceerd',
  'toelichting',
  'gemeenten',
  'bron_titel',
  'bron_sectie',
  'bron_url',
] as const;

export const PLAN_CSV_DOC: Record<(typeof PLAN_CSV_COLUMNS)[number], string> = {
  actie: 'Id van de actie, bv. plan-samenleven-5 (verplicht)',
  projectjaar: 'Projectjaar als 2022-23: van 1 oktober tot 30 september (verplicht)',
  budget: 'Budget in euro, een geheel getal zonder punten of spaties (leeg = niet gepubliceerd)',
  budget_gepland: '"ja" als de bron het budget vooraf aankondigt (gepland), leeg als het toegekend is',
  lokale_besturen: 'Aantal deelnemende lokale besturen (leeg = niet gepubliceerd)',
  kpi_toegezegd:
    'KPI’s waartoe de besturen zich engageerden, in de eenheid van de cijfertabel (geheel getal; leeg = niet gepubliceerd)',
  kpi_behaald: 'Behaalde KPI’s, in dezelfde eenheid (geheel getal; leeg = niet gepubliceerd)',
  behaald_niet_gepubliceerd: 'Waarom er geen behaald cijfer is, zoals de bron het zegt; dan moet kpi_behaald leeg zijn',
  toelichting: 'Wat de cijfers wel en niet omvatten',
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
        budget_gepland: y.budgetGepland ? 'ja' : '',
        lokale_besturen: y.lokaleBesturen,
        kpi_toegezegd: y.kpiToegezegd,
        kpi_behaald: y.kpiBehaald,
        behaald_niet_gepubliceerd: y.behaaldNietGepubliceerd,
        toelichting: y.toelichting,
        gemeenten: y.gemeenten.join(' '),
        bron_titel: y.bron.titel,
        bron_sectie: y.bron.sectie,
        bron_url: y.bron.url,
      })),
    )
    .sort(
      (a, b) => a.actie.localeCompare(b.actie, 'nl', { numeric: true }) || a.projectjaar.localeCompare(b.projectjaar),
    );
  return toCsv([...PLAN_CSV_COLUMNS], rows);
}

function flag(value: string, line: number, column: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'nee') return false;
  if (v === 'ja') return true;
  throw new CsvError(line, `kolom ${column}: "${value}" is geen "ja" of leeg`);
}

const optionalText = (value: string | undefined) => value?.trim() || undefined;

function number(value: string, line: number, column: string): number | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  // Whole numbers only: "1.000" or "1,5" from a Belgian spreadsheet must not pass as 1 or 15.
  if (!/^-?\d+$/.test(v))
    throw new CsvError(
      line,
      `kolom ${column}: "${value}" is geen geheel getal (schrijf cijfers zonder punten, komma's of spaties, bv. 16900000)`,
    );
  return Number(v);
}

export interface PlanImportResult {
  /** New year figures per action id, for the actions the CSV mentions. */
  updates: Map<string, YearFigures[]>;
  rows: number;
}

/**
 * Parses and validates a CSV against the existing actions (and, when given, the municipalities that
 * exist, so an unknown NIS code is refused before anything is written). The CSV's rows replace, per action, the
 * project years they name; years not in the CSV stay as they are. Throws CsvError (with a line
 * number) on the first problem.
 */
export function parsePlanCsv(
  text: string,
  existing: Map<string, Action>,
  options: { municipalities?: ReadonlySet<string> } = {},
): PlanImportResult {
  const { rows } = parseCsv(text, { required: ['actie', 'projectjaar', 'bron_titel'], restoreFormulas: true });
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
      budgetGepland: flag(values.budget_gepland ?? '', line, 'budget_gepland'),
      lokaleBesturen: number(values.lokale_besturen ?? '', line, 'lokale_besturen'),
      kpiToegezegd: number(values.kpi_toegezegd ?? '', line, 'kpi_toegezegd'),
      kpiBehaald: number(values.kpi_behaald ?? '', line, 'kpi_behaald'),
      behaaldNietGepubliceerd: optionalText(values.behaald_niet_gepubliceerd),
      toelichting: optionalText(values.toelichting),
      gemeenten: (values.gemeenten ?? '').split(/\s+/).filter(Boolean),
      bron: Object.fromEntries(
        Object.entries({
          titel: values.bron_titel?.trim(),
          sectie: values.bron_sectie?.trim(),
          url: values.bron_url?.trim(),
        }).filter(([, v]) => v),
      ),
    };
    const unknown =
      options.municipalities &&
      figures.gemeenten.find((nis) => NIS_PATTERN.test(nis) && !options.municipalities!.has(nis));
    if (unknown)
      throw new CsvError(
        line,
        `kolom gemeenten: gemeente "${unknown}" bestaat niet (verwacht een NIS-code uit content/gemeenten/gemeenten-2025.json)`,
      );
    const current = updates.get(id) ?? [...action.jaren];
    const next = [...current.filter((y) => y.projectjaar !== figures.projectjaar), figures as YearFigures].sort(
      (a, b) => a.projectjaar.localeCompare(b.projectjaar),
    );
    const check = actionSchema.safeParse({ ...action, jaren: next });
    if (!check.success) {
      const issue = check.error.issues[0];
      throw new CsvError(line, `${formatPath(issue.path)}: ${issue.message}`);
    }
    updates.set(id, (check.data as Action).jaren);
  }
  return { updates, rows: rows.length };
}
