/**
 * Writes the official indicator set "Lokale integratiescan (59)": the Gemeente-Stadsmonitor's theme
 * "Integratie" as its website described it on 10 December 2023 (../shared/data/gsm/, see
 * BRONNEN.md), with each indicator's code, definition, numerator, denominator, unit, source, last
 * year and next update as published.
 *   node tools/import/gsm-set.ts [-- --bron <map>]
 * Every row is checked against the schema first; nothing is written when anything is wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import { indicatorSetSchema } from '../../src/schemas/indicator.ts';
import { formatPath } from '../../src/lib/content/files.ts';
import { serialiseFor } from '../../cms/format.ts';

const { values: args } = parseArgs({ options: { bron: { type: 'string', default: '../shared/data' } } });
const file = join(resolve(args.bron!), 'gsm', 'gsm_metadata_integratie_samenleven_subset.csv');
if (!existsSync(file)) {
  console.error(`${file}: bronbestand ontbreekt. Niets geschreven.`);
  process.exit(1);
}
const { rows } = parseCsv(readFileSync(file, 'utf8'), {
  required: ['Basisthema', 'Title', 'Type', 'Definitie', 'Download URL'],
});
const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
const members = rows
  .filter((r) => r.values.Basisthema === 'Integratie')
  .map(({ values: v }) => ({
    code: /GSM_Extract_([A-Z_0-9]+)\.xlsx$/.exec(v['Download URL'])?.[1] ?? '',
    titel: v.Title.trim(),
    type: v.Type.startsWith('Geregistreerde') ? 'register' : 'survey',
    definitie: v.Definitie.trim(),
    eenheid: v.Eenheid.trim(),
    ratio: optional(v.Ratio),
    teller: optional(v.Teller),
    noemer: optional(v.Noemer),
    bron: v.Bron.trim(),
    laatsteJaar: Number(v['Laatste jaar beschikbaar']),
    volgendeUpdate: v['Aanlevering volgende update'].trim(),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
const set = {
  titel: 'Lokale integratiescan (59)',
  editie: '2023-12-10',
  aantal: 59,
  beschrijving:
    'De 59 indicatoren van het basisthema "Integratie" van de Gemeente-Stadsmonitor, zoals de website ze op 10 december 2023 beschreef. Dat is de dichtste gepubliceerde lijst bij de officiële lokale integratiescan van het Agentschap Binnenlands Bestuur. Definities, tellers, noemers, bronnen en updates staan er zoals de uitgever ze geeft.',
  indicatoren: members,
  bron: {
    titel: 'Gemeente-Stadsmonitor, Agentschap Binnenlands Bestuur: indicatoren van het thema Integratie',
    url: 'https://gemeente-stadsmonitor.vlaanderen.be/indicatoren',
    geraadpleegd: '2023-12-10',
  },
};
const parsed = indicatorSetSchema.safeParse(set);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${file} — ${formatPath(issue.path)}: ${issue.message}`);
  console.error('Niets geschreven.');
  process.exit(1);
}
const target = 'content/indicatorsets/lokale-integratiescan.yaml';
const text = serialiseFor(target, set);
const changed = !existsSync(target) || readFileSync(target, 'utf8') !== text;
if (changed) writeFileSync(target, text);
console.log(`${changed ? 'geschreven' : 'ongewijzigd'}: ${target} (${members.length} indicatoren)`);
