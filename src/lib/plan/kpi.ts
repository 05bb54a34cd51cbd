/** What the call's KPI table implies for an action: its maximum subsidy. */
import type { Kpi } from '../../schemas/plan.ts';

/**
 * The maximum Flemish contribution the year-1 call allowed: the sum over the KPIs of maximum ×
 * contribution per KPI (the form's own rule). Undefined when a KPI lacks either figure, so a
 * partial sum never passes for the maximum.
 */
export function derivedMaximumSubsidy(kpis: readonly Pick<Kpi, 'maximum' | 'bijdragePerKpi'>[]): number | undefined {
  if (!kpis.length || kpis.some((k) => k.maximum === undefined || k.bijdragePerKpi === undefined)) return undefined;
  return kpis.reduce((sum, k) => sum + k.maximum! * k.bijdragePerKpi!, 0);
}
