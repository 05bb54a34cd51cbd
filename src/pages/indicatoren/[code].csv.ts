import type { APIRoute } from 'astro';
import { getReferenceData } from '../../data/reference.ts';
import { getScanData } from '../../data/scan.ts';
import { indicatorExport } from '../../lib/scan/export.ts';

export async function getStaticPaths() {
  const { withValues } = await getScanData();
  return withValues.map((i) => ({ params: { code: i.id } }));
}

/** All values of one indicator as CSV for Excel in Dutch (Belgium). */
export const GET: APIRoute = async ({ params }) => {
  const [scan, ref] = await Promise.all([getScanData(), getReferenceData()]);
  const view = scan.indicatorById.get(params.code!)!;
  return new Response(
    indicatorExport(scan, view, (nis) => ref.nameOfNis.get(nis) ?? nis),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};
