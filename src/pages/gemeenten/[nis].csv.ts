import type { APIRoute } from 'astro';
import { getReferenceData } from '../../data/reference.ts';
import { getScanData } from '../../data/scan.ts';
import { municipalityExport } from '../../lib/scan/export.ts';

export async function getStaticPaths() {
  const { municipalities } = await getReferenceData();
  return municipalities.map((m) => ({ params: { nis: m.nis } }));
}

/** All values of one municipality as CSV for Excel in Dutch (Belgium): BOM, semicolons, decimal commas. */
export const GET: APIRoute = async ({ params }) => {
  const [scan, ref] = await Promise.all([getScanData(), getReferenceData()]);
  return new Response(
    municipalityExport(scan, params.nis!, (nis) => ref.nameOfNis.get(nis) ?? nis),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};
