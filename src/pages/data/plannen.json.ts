import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';

// The plans themselves: yearly totals with every source's count, aggregates, participants, milestones.
export const GET: APIRoute = async () => {
  const { plans } = await getPlanData();
  const body = plans.map((p) => ({
    id: p.id,
    url: p.href,
    doelen: p.goals.map((g) => ({ id: g.id, ...g.data })),
    acties: p.actions.map((a) => a.id),
    ...p.data,
  }));
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
