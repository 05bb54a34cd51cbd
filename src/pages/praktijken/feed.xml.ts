/** Atom feed of newly published practices (gepubliceerd only, newest first). */
import type { APIRoute } from 'astro';
import { getPractices, placeOf } from '../../data/practices.ts';
import { atomFeed } from '../../lib/practices/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { published } = await getPractices();
  const base = site ?? new URL('http://localhost:4321');
  const xml = atomFeed({
    id: new URL('/praktijken/', base).href,
    title: 'Kennisbank Samenleven: nieuw gepubliceerde goede praktijken',
    selfUrl: new URL('/praktijken/feed.xml', base).href,
    siteUrl: new URL('/praktijken/', base).href,
    entries: published.slice(0, 50).map((p) => ({
      id: new URL(p.href, base).href,
      url: new URL(p.href, base).href,
      title: p.data.titel,
      summary: `${p.data.samenvatting} (${placeOf(p)})`,
      updated: p.data.curatie.beoordeeldOp ?? p.date,
      published: p.date,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
