/**
 * Exports the per-year figures of every action as CSV (the format of src/lib/plan/csv.ts).
 *   npm run export:plan [-- --uit plan-jaren.csv]     (default: standard output)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { exportPlanCsv } from '../src/lib/plan/csv.ts';
import { validateContentTree, formatProblems } from '../src/lib/content/validation.ts';
import { contentRoot } from '../src/schemas/index.ts';

const { values: args } = parseArgs({ options: { uit: { type: 'string' } } });
const { problems, entries } = validateContentTree(resolve(contentRoot()));
if (problems.length) {
  console.error(`De inhoud bevat fouten; eerst oplossen:\n${formatProblems(problems)}`);
  process.exit(1);
}
const actions = [...entries.get('acties')!].map(([id, e]) => ({ id, data: e.data }));
const csv = exportPlanCsv(actions);
if (args.uit) {
  writeFileSync(args.uit, csv);
  console.error(`geschreven: ${args.uit} (${csv.trim().split('\n').length - 1} rijen)`);
} else process.stdout.write(csv);
