/** All published practices as JSON, fields as in the schema (documented on /data/). */
import type { APIRoute } from 'astro';
import { getPractices } from '../../data/practices.ts';
import { practiceRecord } from '../../data/practice-records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { published } = await getPractices();
  const base = site ?? new URL('http://localhost:4321');
  const records = await Promise.all(
    [...published].sort((a, b) => a.id.localeCompare(b.id)).map((p) => practiceRecord(p, base)),
  );
  return new Response(JSON.stringify({ licentie: 'CC BY 4.0', aantal: records.length, praktijken: records }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
