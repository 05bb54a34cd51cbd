/** All published practices as CSV: one row per practice, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { getPractices } from '../../data/practices.ts';
import { practiceSchema } from '../../schemas/practice.ts';
import { fieldDocs, csvColumns, csvRow } from '../../lib/practices/export.ts';
import { practiceRecord } from '../../data/practice-records.ts';
import { toCsv } from '../../lib/shared/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { published } = await getPractices();
  const base = site ?? new URL('http://localhost:4321');
  const columns = ['id', 'url', ...csvColumns(fieldDocs(practiceSchema))];
  const records = await Promise.all(
    [...published].sort((a, b) => a.id.localeCompare(b.id)).map((p) => practiceRecord(p, base)),
  );
  const rows = records.map((record) => csvRow(record, columns));
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
