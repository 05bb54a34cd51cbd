import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';
import { toCsv } from '../../lib/shared/csv.ts';
import { actionRow, PLAN_ACTION_COLUMNS } from '../../lib/plan/exports.ts';
import { goalLabel } from '../../lib/plan/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const { actions } = await getPlanData();
  const rows = actions.map((a) =>
    actionRow({
      id: a.id,
      data: a.data,
      planId: a.plan.id,
      goalId: a.goal.id,
      goalLabel: goalLabel(a.goal.data),
      status: a.status,
      reporting: a.reporting,
      lastChange: a.lastChange,
      url: new URL(a.href, site).href,
    }),
  );
  return new Response(toCsv(PLAN_ACTION_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
