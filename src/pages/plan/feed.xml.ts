import type { APIRoute } from 'astro';
import { getPlanData } from '../../data/plan.ts';
import { atomFeed } from '../../lib/practices/feed.ts';
import { ACTION_STATUSES } from '../../schemas/plan.ts';

export const GET: APIRoute = async ({ site }) => {
  const { milestones } = await getPlanData();
  const abs = (path: string) => new URL(path, site).href;
  const body = atomFeed({
    id: abs('/plan/feed.xml'),
    title: 'Kennisbank Samenleven: wijzigingen in de plannen',
    selfUrl: abs('/plan/feed.xml'),
    siteUrl: abs('/plan/recent/'),
    entries: milestones.slice(0, 50).map(({ action, milestone, index }) => ({
      id: abs(`${action.href}#mijlpaal-${index + 1}`),
      url: abs(action.href),
      title: `${action.plan.data.korteTitel}, actie ${action.data.nummer}: ${ACTION_STATUSES[milestone.status]}`,
      summary: `${action.data.titel}. ${milestone.tekst}`,
      published: milestone.datum,
      updated: milestone.datum,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
