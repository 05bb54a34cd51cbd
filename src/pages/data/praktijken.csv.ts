/** All published practices as CSV: one row per practice, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { getPractices } from '../../data/practices.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import { publicData, fieldDocs, csvColumns, csvRow } from '../../lib/practice-export.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { published } = await getPractices();
  const base = site ?? new URL('http://localhost:4321');
  const columns = ['id', 'url', ...csvColumns(fieldDocs(practiceSchema))];
  const rows = [...published]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => csvRow({ id: p.id, url: new URL(p.href, base).href, ...(publicData(practiceSchema, p.data) as Record<string, unknown>) }, columns));
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
