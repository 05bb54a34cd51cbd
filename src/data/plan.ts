/**
 * Plans, their goals and actions, loaded once per build and indexed for every page, feed and export.
 */
import { getCollection } from 'astro:content';
import type { Action, Plan, PlanGoal, ActionStatus, Milestone } from '../schemas/plan.ts';
import { currentStatus, lastChange } from '../lib/plan/rollup.ts';
import { groupBy } from '../lib/shared/group.ts';

export interface PlanView {
  id: string;
  data: Plan;
  href: string;
  goals: GoalView[];
  actions: ActionView[];
}
export interface GoalView {
  id: string;
  data: PlanGoal;
  href: string;
  planId: string;
  actions: ActionView[];
}
export interface ActionView {
  id: string;
  data: Action;
  href: string;
  status: ActionStatus;
  lastChange?: string;
  goal: GoalView;
  plan: PlanView;
}
export interface MilestoneView {
  action: ActionView;
  milestone: Milestone;
  index: number;
}

const byNumber = (a: { data: { nummer: number } }, b: { data: { nummer: number } }) => a.data.nummer - b.data.nummer;

async function load() {
  const [plannen, doelen, acties, indicatoren] = await Promise.all([getCollection('plannen'), getCollection('plandoelen'), getCollection('acties'), getCollection('indicatoren')]);
  const indicatorNames = new Map(indicatoren.map((e) => [e.id, (e.data as { naam: string }).naam]));
  const plans: PlanView[] = plannen
    .map((e) => ({ id: e.id, data: e.data as Plan, href: `/plan/${e.id}/`, goals: [], actions: [] }))
    .sort((a, b) => a.data.volgorde - b.data.volgorde || a.id.localeCompare(b.id));
  const planById = new Map(plans.map((p) => [p.id, p]));
  const goals: GoalView[] = doelen.map((e) => ({ id: e.id, data: e.data as PlanGoal, href: `/plan/doelen/${e.id}/`, planId: (e.data as PlanGoal).plan, actions: [] }));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const actions: ActionView[] = acties.map((e) => {
    const data = e.data as Action;
    const mijlpalen = [...data.mijlpalen].sort((a, b) => a.datum.localeCompare(b.datum));
    const sorted = { ...data, mijlpalen, jaren: [...data.jaren].sort((a, b) => a.projectjaar.localeCompare(b.projectjaar)) };
    return { id: e.id, data: sorted, href: `/plan/acties/${e.id}/`, status: currentStatus(sorted), lastChange: lastChange(sorted), goal: goalById.get(data.doel)!, plan: planById.get(data.plan)! };
  });
  actions.sort((a, b) => a.plan.data.volgorde - b.plan.data.volgorde || byNumber(a, b));
  for (const g of goals.sort(byNumber)) planById.get(g.planId)!.goals.push(g);
  for (const a of actions) {
    a.goal.actions.push(a);
    a.plan.actions.push(a);
  }
  const byMunicipality = groupBy(actions, (a) => a.data.jaren.flatMap((y) => y.gemeenten));
  const milestones: MilestoneView[] = actions
    .flatMap((action) => action.data.mijlpalen.map((milestone, index) => ({ action, milestone, index })))
    .sort((a, b) => b.milestone.datum.localeCompare(a.milestone.datum) || a.action.id.localeCompare(b.action.id));
  return {
    plans,
    planById,
    goals,
    goalById,
    actions,
    actionById: new Map(actions.map((a) => [a.id, a])),
    /** Indicators an action aims to move, with their names. */
    indicatorsOf: (action: ActionView) => action.data.indicatoren.map((id) => ({ id, naam: indicatorNames.get(id) ?? id })),
    milestones,
    /** Actions in which the municipality takes part, by the participating municipalities of any year. */
    actionsForMunicipality: (nis: string) => byMunicipality.get(nis) ?? [],
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getPlanData() {
  cached ??= load();
  return cached;
}
