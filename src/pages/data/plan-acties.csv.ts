import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';
import { toCsv } from '../../lib/shared/csv.ts';

export const PLAN_ACTION_COLUMNS = ['id', 'plan', 'doel', 'nummer', 'titel', 'samenvatting', 'status', 'laatste_wijziging', 'minister', 'agentschap', 'maximale_subsidie', 'url'];

export const GET: APIRoute = async ({ site }) => {
  const { actions } = await getPlanData();
  const rows = actions.map((a) => ({
    id: a.id,
    plan: a.plan.id,
    doel: a.goal.id,
    nummer: a.data.nummer,
    titel: a.data.titel,
    samenvatting: a.data.samenvatting,
    status: a.status,
    laatste_wijziging: a.lastChange,
    minister: a.data.verantwoordelijke.minister,
    agentschap: a.data.verantwoordelijke.agentschap,
    maximale_subsidie: a.data.maximaleSubsidie,
    url: new URL(a.href, site).href,
  }));
  return new Response(toCsv(PLAN_ACTION_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
