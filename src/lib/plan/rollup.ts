/**
 * Status and progress of plans, goals and actions, computed from the actions' milestones and yearly
 * figures by the rules stated in ROLLUP_RULES (shown on the dashboard).
 */
import { ACTION_STATUSES, type ActionStatus, type Milestone, type YearFigures } from '../../schemas/plan.ts';

export const ROLLUP_RULES = {
  status: 'De status van een actie is de status van haar laatste mijlpaal.',
  progress:
    'De voortgang van een doel of plan is het aandeel van zijn acties met status “gerealiseerd”. Stopgezette acties tellen niet mee in de noemer.',
  kpi: 'De KPI-realisatie van een projectjaar is de som van de behaalde KPI’s gedeeld door de som van de toegezegde KPI’s, alleen over acties die beide cijfers publiceerden.',
} as const;

export interface ActionLike {
  mijlpalen: Milestone[];
  jaren: YearFigures[];
}

export function currentStatus(action: Pick<ActionLike, 'mijlpalen'>): ActionStatus {
  const latest = [...action.mijlpalen].sort((a, b) => a.datum.localeCompare(b.datum)).at(-1);
  return latest?.status ?? 'niet-gerapporteerd';
}

export function lastChange(action: Pick<ActionLike, 'mijlpalen'>): string | undefined {
  return action.mijlpalen.map((m) => m.datum).sort().at(-1);
}

export function statusCounts(actions: Pick<ActionLike, 'mijlpalen'>[]): Record<ActionStatus, number> {
  const counts = Object.fromEntries(Object.keys(ACTION_STATUSES).map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const a of actions) counts[currentStatus(a)]++;
  return counts;
}

export interface Progress {
  realised: number;
  counted: number;
  /** Share 0..1, or undefined when no action counts. */
  share?: number;
}

export function progress(actions: Pick<ActionLike, 'mijlpalen'>[]): Progress {
  const statuses = actions.map(currentStatus);
  const counted = statuses.filter((s) => s !== 'stopgezet').length;
  const realised = statuses.filter((s) => s === 'gerealiseerd').length;
  return { realised, counted, share: counted ? realised / counted : undefined };
}

export interface YearTotal {
  projectjaar: string;
  kpiToegezegd: number;
  kpiBehaald: number;
  /** Actions that published both KPI figures this year. */
  actions: number;
  budget?: number;
  realisation?: number;
}

/** KPI totals per project year over the actions that published both figures, sorted by year. */
export function yearTotals(actions: Pick<ActionLike, 'jaren'>[]): YearTotal[] {
  const byYear = new Map<string, YearTotal>();
  for (const action of actions) {
    for (const y of action.jaren) {
      const total = byYear.get(y.projectjaar) ?? { projectjaar: y.projectjaar, kpiToegezegd: 0, kpiBehaald: 0, actions: 0 };
      if (y.kpiToegezegd !== undefined && y.kpiBehaald !== undefined) {
        total.kpiToegezegd += y.kpiToegezegd;
        total.kpiBehaald += y.kpiBehaald;
        total.actions++;
      }
      if (y.budget !== undefined) total.budget = (total.budget ?? 0) + y.budget;
      byYear.set(y.projectjaar, total);
    }
  }
  return [...byYear.values()]
    .map((t) => ({ ...t, realisation: t.kpiToegezegd > 0 ? t.kpiBehaald / t.kpiToegezegd : undefined }))
    .sort((a, b) => a.projectjaar.localeCompare(b.projectjaar));
}
