/**
 * Plans, their goals and actions, loaded once per build and indexed for every page, feed and export.
 */
import { getCollection } from 'astro:content';
import type { Action, Plan, PlanGoal, ActionStatus, Milestone, Participant } from '../schemas/plan.ts';
import type { Source } from '../schemas/common.ts';
import { currentStatus, lastChange, reportingState } from '../lib/plan/rollup.ts';

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
  /** The state of its reporting in words, from its figures (see ROLLUP_RULES.reporting). */
  reporting: string;
  lastChange?: string;
  goal: GoalView;
  plan: PlanView;
}
/** A municipality named by a source as taking part, in the plan or in one action. */
export interface ParticipationView {
  plan: PlanView;
  action?: ActionView;
  rol: Participant['rol'];
  toelichting?: string;
  bron: Source;
}
export interface MilestoneView {
  action: ActionView;
  milestone: Milestone;
  index: number;
}

const byNumber = (a: { data: { nummer: number } }, b: { data: { nummer: number } }) => a.data.nummer - b.data.nummer;

async function load() {
  const [plannen, doelen, acties, indicatoren] = await Promise.all([
    getCollection('plannen'),
    getCollection('plandoelen'),
    getCollection('acties'),
    getCollection('indicatoren'),
  ]);
  const indicatorNames = new Map(indicatoren.map((e) => [e.id, (e.data as { naam: string }).naam]));
  const plans: PlanView[] = plannen
    .map((e) => ({ id: e.id, data: e.data as Plan, href: `/plan/${e.id}/`, goals: [], actions: [] }))
    .sort((a, b) => a.data.volgorde - b.data.volgorde || a.id.localeCompare(b.id));
  const planById = new Map(plans.map((p) => [p.id, p]));
  const goals: GoalView[] = doelen.map((e) => ({
    id: e.id,
    data: e.data as PlanGoal,
    href: `/plan/doelen/${e.id}/`,
    planId: (e.data as PlanGoal).plan,
    actions: [],
  }));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const actions: ActionView[] = acties.map((e) => {
    const data = e.data as Action;
    const mijlpalen = [...data.mijlpalen].sort((a, b) => a.datum.localeCompare(b.datum));
    const sorted = {
      ...data,
      mijlpalen,
      jaren: [...data.jaren].sort((a, b) => a.projectjaar.localeCompare(b.projectjaar)),
    };
    const plan = planById.get(data.plan)!;
    const planYears = plan.data.jaren.map((y) => y.projectjaar);
    return {
      id: e.id,
      data: sorted,
      href: `/plan/acties/${e.id}/`,
      status: currentStatus(sorted),
      reporting: reportingState(sorted, planYears),
      lastChange: lastChange(sorted),
      goal: goalById.get(data.doel)!,
      plan,
    };
  });
  actions.sort((a, b) => a.plan.data.volgorde - b.plan.data.volgorde || byNumber(a, b));
  for (const g of goals.sort(byNumber)) planById.get(g.planId)!.goals.push(g);
  for (const a of actions) {
    a.goal.actions.push(a);
    a.plan.actions.push(a);
  }
  const participations = new Map<string, ParticipationView[]>();
  const add = (nis: string, p: ParticipationView) => participations.set(nis, [...(participations.get(nis) ?? []), p]);
  for (const plan of plans)
    for (const d of plan.data.deelnemers)
      add(d.gemeente, { plan, rol: d.rol, toelichting: d.toelichting, bron: d.bron });
  for (const action of actions) {
    const { deelnemers, mentorbestuur, jaren } = action.data;
    for (const d of deelnemers)
      add(d.gemeente, { plan: action.plan, action, rol: d.rol, toelichting: d.toelichting, bron: d.bron });
    if (mentorbestuur?.gemeente)
      add(mentorbestuur.gemeente, {
        plan: action.plan,
        action,
        rol: 'mentor',
        toelichting: `${mentorbestuur.naam}. ${mentorbestuur.toelichting ?? ''}`.trim(),
        bron: mentorbestuur.bron,
      });
    for (const y of jaren)
      for (const nis of y.gemeenten)
        add(nis, {
          plan: action.plan,
          action,
          rol: 'deelnemer',
          toelichting: `Deelnemer in projectjaar ${y.projectjaar}.`,
          bron: y.bron,
        });
  }
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
    indicatorsOf: (action: ActionView) =>
      action.data.indicatoren.map((id) => ({ id, naam: indicatorNames.get(id) ?? id })),
    milestones,
    /** Where a source names the municipality as taking part: in a plan, an action, or as mentor. */
    participationsOf: (nis: string) => participations.get(nis) ?? [],
    /** Actions in which the municipality takes part, by any source. */
    actionsForMunicipality: (nis: string) => [
      ...new Set((participations.get(nis) ?? []).flatMap((p) => (p.action ? [p.action] : []))),
    ],
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getPlanData() {
  cached ??= load();
  return cached;
}
