/**
 * Status and progress of plans, goals and actions, computed from the actions' milestones and yearly
 * figures by the rules stated in ROLLUP_RULES (shown next to the figures). Missing figures stay
 * missing: nothing here turns "not published" into 0.
 */
import { ACTION_STATUSES, type ActionStatus, type Milestone, type YearFigures } from '../../schemas/plan.ts';
import { projectYearLabel } from './labels.ts';

export const ROLLUP_RULES = {
  status: 'De status van een actie is de status van haar laatste mijlpaal.',
  reporting:
    'De stand van de rapportering volgt uit de gepubliceerde cijfers: per projectjaar staat er wat de bron publiceert, en wat ze niet publiceert, staat er in woorden.',
  kpi: 'De realisatie van een actie in een projectjaar is het aantal behaalde KPI’s gedeeld door het aantal toegezegde KPI’s. Per doel en voor het plan tellen alleen acties die voor dat projectjaar beide cijfers publiceerden; hoeveel dat er zijn, staat erbij.',
  units:
    'KPI’s in verschillende eenheden (actieplannen, oefenkansen, …) worden niet opgeteld: dan telt de samenvatting hoeveel acties hun toezegging haalden.',
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
  return action.mijlpalen
    .map((m) => m.datum)
    .sort()
    .at(-1);
}

export function statusCounts(actions: Pick<ActionLike, 'mijlpalen'>[]): Record<ActionStatus, number> {
  const counts = Object.fromEntries(Object.keys(ACTION_STATUSES).map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const a of actions) counts[currentStatus(a)]++;
  return counts;
}

/** Achieved over committed, or undefined when either is not published or nothing was committed. */
export function realisation(year: Pick<YearFigures, 'kpiToegezegd' | 'kpiBehaald'>): number | undefined {
  return year.kpiToegezegd !== undefined && year.kpiBehaald !== undefined && year.kpiToegezegd > 0
    ? year.kpiBehaald / year.kpiToegezegd
    : undefined;
}

export interface RollupAction {
  id: string;
  jaren: YearFigures[];
  /** Unit of the published KPI figures; actions with different units are never summed. */
  cijfereenheid?: string;
}

export interface YearRollup {
  projectjaar: string;
  /** Actions that published both KPI figures this year, with their realisation. */
  actions: { id: string; toegezegd: number; behaald: number; share: number; unit?: string }[];
  /** How many of those reached at least what they committed. */
  metCommitment: number;
  /** Sum over the counted actions, only when they all count in the same unit. */
  sum?: { toegezegd: number; behaald: number; share: number; unit?: string };
}

/** KPI roll-up per project year over the actions that published both figures, sorted by year. */
export function kpiRollup(actions: RollupAction[]): YearRollup[] {
  const byYear = new Map<string, YearRollup['actions']>();
  for (const action of actions) {
    for (const y of action.jaren) {
      const share = realisation(y);
      if (share === undefined) continue;
      const list = byYear.get(y.projectjaar) ?? [];
      list.push({
        id: action.id,
        toegezegd: y.kpiToegezegd!,
        behaald: y.kpiBehaald!,
        share,
        unit: action.cijfereenheid,
      });
      byYear.set(y.projectjaar, list);
    }
  }
  return [...byYear]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([projectjaar, list]) => {
      const units = new Set(list.map((a) => a.unit));
      const toegezegd = list.reduce((s, a) => s + a.toegezegd, 0);
      const behaald = list.reduce((s, a) => s + a.behaald, 0);
      return {
        projectjaar,
        actions: list,
        metCommitment: list.filter((a) => a.behaald >= a.toegezegd).length,
        sum: units.size === 1 ? { toegezegd, behaald, share: behaald / toegezegd, unit: list[0].unit } : undefined,
      };
    });
}

/**
 * The state of an action's reporting in words, from its published figures, e.g. "Resultaten
 * gepubliceerd voor projectjaar 1 en 2; projectjaar 3: …". Never "0".
 */
export function reportingState(
  action: { jaren: YearFigures[]; andereFinanciering?: unknown },
  planYears: readonly string[],
): string {
  if (action.andereFinanciering)
    return 'Gefinancierd via een ander instrument dan de subsidieoproep: geen cijfers van het Plan Samenleven per projectjaar.';
  if (!action.jaren.length) return 'Geen cijfers per projectjaar in de bronnen van de kennisbank.';
  const years = [...action.jaren].sort((a, b) => a.projectjaar.localeCompare(b.projectjaar));
  const number = (y: YearFigures) =>
    projectYearLabel(y.projectjaar, planYears)
      .replace(/ \(.*\)$/, '')
      .replace('projectjaar ', '');
  const withResults = years.filter((y) => y.kpiBehaald !== undefined);
  const parts: string[] = [];
  if (withResults.length) parts.push(`Resultaten gepubliceerd voor projectjaar ${joinDutch(withResults.map(number))}`);
  for (const y of years.filter((y) => y.kpiBehaald === undefined)) {
    parts.push(
      `projectjaar ${number(y)}: ${y.kpiToegezegd !== undefined ? 'toezegging gepubliceerd, ' : ''}behaald cijfer nog niet opgenomen`,
    );
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** "1", "1 en 2", "1, 2 en 3". */
export function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
