/**
 * Loads per-year figures of plan actions from a CSV (format: src/lib/plan/csv.ts), e.g. the yearly
 * reporting spreadsheet saved as CSV.
 *   npm run import:plan -- plan-jaren.csv
 *
 * Every row is validated first; on any error nothing is written and the line number is reported.
 * Only the `jaren` list of the named actions changes; each file is written as the CMS writes it
 * (cms/format.ts), so an unchanged action keeps its bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parsePlanCsv } from '../../src/lib/plan/csv.ts';
import { CsvError } from '../../src/lib/shared/csv.ts';
import { validateContentTree, formatProblems } from '../../src/lib/content/validation.ts';
import { contentRoot } from '../../src/schemas/index.ts';
import { parseFor, serialiseFor } from '../../cms/format.ts';

const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run import:plan -- <bestand.csv>');
  process.exit(2);
}
const root = resolve(contentRoot());
const { problems, entries } = validateContentTree(root);
if (problems.length) {
  console.error(`De inhoud bevat al fouten; eerst oplossen:\n${formatProblems(problems)}`);
  process.exit(1);
}
const existing = new Map([...entries.get('acties')!].map(([id, e]) => [id, e.data]));
let result;
try {
  result = parsePlanCsv(readFileSync(file, 'utf8'), existing, {
    municipalities: new Set(entries.get('gemeenten')!.keys()),
  });
} catch (err) {
  if (err instanceof CsvError) {
    console.error(`${file}, ${err.message}\nNiets geschreven.`);
    process.exit(1);
  }
  throw err;
}
// Prepare every file first, so a failure cannot leave half the actions updated.
const writes: [string, string][] = [];
for (const [id, jaren] of result.updates) {
  const path = join(root, 'acties', `${id}.yaml`);
  const rel = `content/acties/${id}.yaml`;
  const current = readFileSync(path, 'utf8');
  const data = parseFor(rel, current);
  // Defaults (no municipalities, a budget not marked planned) stay out of the file, as curators write it.
  const isDefault = (k: string, v: unknown) =>
    v === undefined ||
    (k === 'gemeenten' && Array.isArray(v) && v.length === 0) ||
    (k === 'budgetGepland' && v === false);
  data.jaren = jaren.map((y) => Object.fromEntries(Object.entries(y).filter(([k, v]) => !isDefault(k, v))));
  const next = serialiseFor(rel, data);
  if (next !== current) writes.push([path, next]);
}
for (const [path, text] of writes) writeFileSync(path, text);
const after = validateContentTree(root);
if (after.problems.length) {
  console.error(`Na het importeren klopt de inhoud niet:\n${formatProblems(after.problems)}`);
  process.exit(1);
}
console.log(
  `${result.rows} rijen gelezen; ${writes.length} actie(s) bijgewerkt. Bouw de site opnieuw (npm run build) om het dashboard te verversen.`,
);
