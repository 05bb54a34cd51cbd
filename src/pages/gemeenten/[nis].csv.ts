import type { APIRoute } from 'astro';
import { getReferenceData } from '../../data/reference.ts';
import { getScanData } from '../../data/scan.ts';
import { toCsv } from '../../lib/shared/csv.ts';
import { isSuppressed } from '../../lib/scan/indicators.ts';

export async function getStaticPaths() {
  const { municipalities } = await getReferenceData();
  return municipalities.map((m) => ({ params: { nis: m.nis } }));
}

export const GET: APIRoute = async ({ params }) => {
  const scan = await getScanData();
  const rows = scan.withValues.flatMap((indicator) => {
    const s = scan.series(indicator, params.nis!);
    const own = (s.own ?? []).map((p) => ({ gebied: params.nis, ...p }));
    const pred = (s.predecessors ?? []).flatMap((x) => x.points.map((p) => ({ gebied: x.nis, ...p })));
    return [...own, ...pred].map((p) => {
      const small = isSuppressed(p, indicator.data.drempel);
      return { indicator: indicator.id, naam: indicator.data.naam, eenheid: indicator.data.eenheid, gebied: p.gebied, jaar: p.jaar, waarde: small ? `< ${indicator.data.drempel}` : p.waarde, teller: small ? '' : p.teller, noemer: small ? '' : p.noemer, uitgever: indicator.data.uitgever, licentie: indicator.data.licentie };
    });
  });
  return new Response(toCsv(['indicator', 'naam', 'eenheid', 'gebied', 'jaar', 'waarde', 'teller', 'noemer', 'uitgever', 'licentie'], rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
