import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';
import { derivedMaximumSubsidy } from '../../lib/plan/kpi.ts';

// Every field of every action, with its sources, plus what the site derives from them.
export const GET: APIRoute = async () => {
  const { actions } = await getPlanData();
  const body = actions.map((a) => ({
    id: a.id,
    url: a.href,
    status: a.status,
    rapportering: a.reporting,
    laatsteWijziging: a.lastChange ?? null,
    maximaleSubsidieAfgeleid: derivedMaximumSubsidy(a.data.kpis) ?? null,
    ...a.data,
  }));
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
