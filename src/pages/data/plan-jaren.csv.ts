import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';
import { exportPlanCsv } from '../../lib/plan/csv.ts';

// The same format `npm run import:plan` reads, so a download can be edited and loaded back.
export const GET: APIRoute = async () => {
  const { actions } = await getPlanData();
  return new Response(exportPlanCsv(actions), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
