/**
 * Imports the Flemish municipalities (2025 and 2019-2024) and the 2025 merger table from the
 * reference data (../shared/data by default, see BRONNEN.md) into content/gemeenten/.
 *
 *   npm run import:gemeenten [-- --bron <map>]
 *
 * Validates every row against the schema and writes nothing when any row is wrong. Output is
 * sorted and formatted deterministically, so re-running on the same input changes nothing.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import type { z } from 'astro/zod';
import { municipalitySchema, mergerSchema, type Municipality, type Merger } from '../../src/schemas/municipality.ts';
import { formatPath } from '../../src/lib/content/files.ts';
import { serialiseFor } from '../../cms/format.ts';

const { values: args } = parseArgs({
  options: {
    bron: { type: 'string', default: '../shared/data' },
    doel: { type: 'string', default: 'content/gemeenten' },
  },
});
const sourceDir = resolve(args.bron!);
const targetDir = resolve(args.doel!);
const errors: string[] = [];

function rowsOf(file: string, required: string[]) {
  const path = join(sourceDir, file);
  if (!existsSync(path)) throw new Error(`Bronbestand ontbreekt: ${path}`);
  return parseCsv(readFileSync(path, 'utf8'), { required }).rows.map((r) => ({ ...r, file }));
}

function validated<S extends z.ZodType>(schema: S, file: string, line: number, value: unknown): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.push(`${file}:${line} — ${formatPath(issue.path)}: ${issue.message}`);
  return undefined;
}

function municipalities(file: string, populationColumn: string, year: number) {
  const columns = [
    'nis_code',
    'naam',
    'naam_fr',
    'arrondissement_nis',
    'arrondissement',
    'provincie',
    'gewest',
    populationColumn,
  ];
  const out: Municipality[] = [];
  for (const { line, values } of rowsOf(file, columns)) {
    if (values.gewest !== 'Vlaams Gewest') {
      errors.push(`${file}:${line} — gewest: verwacht "Vlaams Gewest", kreeg "${values.gewest}"`);
      continue;
    }
    const m = validated(municipalitySchema, file, line, {
      nis: values.nis_code,
      naam: values.naam,
      naamFr: values.naam_fr,
      arrondissement: values.arrondissement,
      arrondissementNis: values.arrondissement_nis,
      provincie: values.provincie,
      bevolking: Number(values[populationColumn]),
      peiljaar: year,
    });
    if (m) out.push(m);
  }
  return out.sort((a, b) => a.nis.localeCompare(b.nis));
}

function duplicates<T, K extends keyof T & string>(list: T[], key: K, file: string) {
  const seen = new Set();
  for (const item of list) {
    if (seen.has(item[key])) errors.push(`${file} — ${key}: "${item[key]}" staat er twee keer`);
    seen.add(item[key]);
  }
}

const current = municipalities('vlaamse_gemeenten_2025.csv', 'bevolking_1jan2025', 2025);
const previous = municipalities('vlaamse_gemeenten_2019-2024.csv', 'bevolking_1jan2024', 2024);
duplicates(current, 'nis', 'vlaamse_gemeenten_2025.csv');
duplicates(previous, 'nis', 'vlaamse_gemeenten_2019-2024.csv');
const currentIds = new Set(current.map((m) => m.nis));
const previousIds = new Set(previous.map((m) => m.nis));

const mergerFile = 'fusies_2025_nis2024_naar_nis2025.csv';
const mergers: Merger[] = [];
for (const { line, values } of rowsOf(mergerFile, ['nis_2024', 'naam_2024', 'nis_2025', 'naam_2025', 'gefuseerd'])) {
  // The table also lists the 19 Brussels municipalities; the site covers Flanders.
  if (!previousIds.has(values.nis_2024)) continue;
  if (!['ja', 'nee'].includes(values.gefuseerd))
    errors.push(`${mergerFile}:${line} — gefuseerd: verwacht "ja" of "nee", kreeg "${values.gefuseerd}"`);
  if (!currentIds.has(values.nis_2025))
    errors.push(`${mergerFile}:${line} — nis_2025: "${values.nis_2025}" is geen Vlaamse gemeente van 2025`);
  const m = validated(mergerSchema, mergerFile, line, {
    nis2024: values.nis_2024,
    naam2024: values.naam_2024,
    nis2025: values.nis_2025,
    naam2025: values.naam_2025,
    gefuseerd: values.gefuseerd === 'ja',
  });
  if (m) mergers.push(m);
}
duplicates(mergers, 'nis2024', mergerFile);
mergers.sort((a, b) => a.nis2024.localeCompare(b.nis2024));
for (const nis of previousIds)
  if (!mergers.some((m) => m.nis2024 === nis))
    errors.push(`${mergerFile} — gemeente ${nis} van 2019-2024 ontbreekt in de fusietabel`);

if (current.length !== 285)
  errors.push(`vlaamse_gemeenten_2025.csv — verwacht 285 Vlaamse gemeenten, vond ${current.length}`);
if (previous.length !== 300)
  errors.push(`vlaamse_gemeenten_2019-2024.csv — verwacht 300 Vlaamse gemeenten, vond ${previous.length}`);

if (errors.length) {
  console.error(`Import afgebroken, niets geschreven (${errors.length} fouten):\n${errors.join('\n')}`);
  process.exit(1);
}

mkdirSync(targetDir, { recursive: true });
const write = (name: string, key: string, data: unknown[]) => {
  const path = join(targetDir, name);
  // In the CMS serialisation (cms/format.ts), so the committed file round-trips unchanged.
  const text = serialiseFor(`content/gemeenten/${name}`, { [key]: data });
  const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
  if (changed) writeFileSync(path, text);
  console.log(`${changed ? 'geschreven' : 'ongewijzigd'}: ${path} (${data.length} rijen)`);
};
write('gemeenten-2025.json', 'gemeenten', current);
write('gemeenten-2019-2024.json', 'gemeenten', previous);
write('fusies-2025.json', 'fusies', mergers);
