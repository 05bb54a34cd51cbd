/**
 * Imports the municipal boundaries of 2025 (../shared/data/vlaamse_gemeenten_2025.geojson, Statbel
 * via Provincies in Cijfers) as projected, simplified SVG paths into content/geo/gemeenten-2025.json.
 *   npm run import:geo [-- --bron <map>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectMap } from '../../src/lib/scan/geo.ts';
import { serialiseFor } from '../../cms/format.ts';

const { values: args } = parseArgs({ options: { bron: { type: 'string', default: '../shared/data' } } });
const geojson = JSON.parse(readFileSync(join(resolve(args.bron!), 'vlaamse_gemeenten_2025.geojson'), 'utf8'));
const known = new Set(
  (JSON.parse(readFileSync('content/gemeenten/gemeenten-2025.json', 'utf8')).gemeenten as { nis: string }[]).map(
    (m) => m.nis,
  ),
);
const ids = geojson.features.map((f: { properties: { nis_code: string } }) => f.properties.nis_code);
const unknown = ids.filter((id: string) => !known.has(id));
const missing = [...known].filter((id) => !ids.includes(id));
if (unknown.length || missing.length) {
  console.error(
    `Grenzen passen niet bij de gemeenten van 2025. Onbekend: ${unknown.join(', ') || '-'}; zonder grens: ${missing.join(', ') || '-'}. Niets geschreven.`,
  );
  process.exit(1);
}
const map = projectMap(geojson, 'nis_code', 800, 1.3);
mkdirSync('content/geo', { recursive: true });
const path = 'content/geo/gemeenten-2025.json';
const text = serialiseFor(path, {
  bron: 'Statbel, statistische sectoren, via Provincies in Cijfers (gebiedsniveaus, 2026-03-09)',
  ...map,
});
const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
if (changed) writeFileSync(path, text);
console.log(
  `${changed ? 'geschreven' : 'ongewijzigd'}: ${path} (${Object.keys(map.paths).length} gemeenten, ${Math.round(text.length / 1024)} kB)`,
);
