/**
 * Imports the integration-scan indicator values from the reference data (../shared/data by
 * default, see BRONNEN.md) into content/indicatorwaarden/<code>.json.
 *
 *   npm run import:scan [-- --bron <map>] [-- --doel <map>]
 *
 * Every row of every file is checked first; when anything is wrong nothing is written and every
 * problem is listed with file and line. Output is sorted and formatted deterministically, so a
 * re-run on the same input changes nothing.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { extract, ImportError, type ImportResult } from '../../src/lib/scan/import.ts';
import { SCAN_SOURCES } from '../../src/lib/scan/sources.ts';
import { serialiseFor } from '../../cms/format.ts';

const { values: args } = parseArgs({
  options: {
    bron: { type: 'string', default: '../shared/data' },
    doel: { type: 'string', default: 'content/indicatorwaarden' },
    inhoud: { type: 'string', default: 'content' },
  },
});
const sourceDir = resolve(args.bron!);
const content = resolve(args.inhoud!);
const list = (file: string, key: string) =>
  (JSON.parse(readFileSync(join(content, 'gemeenten', file), 'utf8'))[key] as { nis: string }[]).map((m) => m.nis);
const municipalities = {
  current: new Set(list('gemeenten-2025.json', 'gemeenten')),
  previous: new Set(list('gemeenten-2019-2024.json', 'gemeenten')),
};
const defined = new Set(
  readdirSync(join(content, 'indicatoren'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(content, 'indicatoren', f), 'utf8')).code as string),
);

const errors: string[] = [];
const outputs = new Map<string, Pick<ImportResult, 'rows' | 'vlaanderen'>>();
const texts = new Map<string, string>();
for (const [code, spec] of Object.entries(SCAN_SOURCES)) {
  if (!defined.has(code)) {
    errors.push(`scan-sources: indicator "${code}" heeft geen definitie in content/indicatoren/`);
    continue;
  }
  const path = join(sourceDir, spec.file);
  if (!existsSync(path)) {
    errors.push(`${spec.file}: bronbestand ontbreekt in ${sourceDir}`);
    continue;
  }
  if (!texts.has(path)) texts.set(path, readFileSync(path, 'utf8'));
  const result = extract(code, spec, texts.get(path)!, municipalities);
  errors.push(...result.errors);
  if (result.rows.length === 0 && !result.errors.length)
    errors.push(`${spec.file}: geen enkele waarde gevonden voor ${code}`);
  outputs.set(code, result);
  const skipped = Object.entries(result.skipped)
    .map(([why, n]) => `${n} × ${why}`)
    .join(', ');
  console.log(
    `${code}: ${result.rows.length} waarden, Vlaanderen in ${result.vlaanderen.length} jaren${skipped ? `; overgeslagen: ${skipped}` : ''}`,
  );
}
if (errors.length) {
  console.error(new ImportError(errors).message + '\nNiets geschreven.');
  process.exit(1);
}
const target = resolve(args.doel!);
mkdirSync(target, { recursive: true });
let changed = 0;
for (const [code, { rows, vlaanderen }] of outputs) {
  const path = join(target, `${code}.json`);
  // One row a line (cms/format.ts, data files): a re-import's diff shows the rows that changed.
  const text = serialiseFor(`content/indicatorwaarden/${code}.json`, { indicator: code, vlaanderen, rijen: rows });
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text);
    changed++;
  }
}
console.log(`${outputs.size} indicatoren, ${changed} bestand(en) gewijzigd in ${target}`);
