import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';

export const GET: APIRoute = async () => {
  const { actions } = await getPlanData();
  const body = actions.map((a) => ({ id: a.id, url: a.href, status: a.status, laatsteWijziging: a.lastChange ?? null, ...a.data }));
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
