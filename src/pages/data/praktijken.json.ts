/** All published practices as JSON, fields as in the schema (documented on /data/). */
import type { APIRoute } from 'astro';
import { getPractices } from '../../data/practices.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import { publicData } from '../../lib/practice-export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { published } = await getPractices();
  const base = site ?? new URL('http://localhost:4321');
  const records = [...published]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, url: new URL(p.href, base).href, ...(publicData(practiceSchema, p.data) as Record<string, unknown>) }));
  return new Response(JSON.stringify({ licentie: 'CC BY 4.0', aantal: records.length, praktijken: records }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
