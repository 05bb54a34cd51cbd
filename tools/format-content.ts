/**
 * npm run format:content [-- --check] [folder]: rewrites every file under content/ (or the folder
 * given) into the serialisation the CMS writes (cms/format.ts), so that opening and saving an entry
 * without changes changes no byte. With --check it only lists the files that differ and exits 1.
 * Images under content/media/ are left alone; a file of no known collection is an error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalText, contentFiles, serialisationProblem } from '../cms/format.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const root = args.find((a) => !a.startsWith('--')) ?? 'content';

let changed = 0;
let total = 0;
const errors: string[] = [];
for (const { path, rel } of contentFiles(root)) {
  total++;
  const text = readFileSync(path, 'utf8');
  try {
    if (check) {
      const problem = serialisationProblem(rel, text);
      if (problem) {
        changed++;
        console.log(problem);
      }
    } else {
      const next = canonicalText(rel, text);
      if (next !== text) {
        writeFileSync(path, next);
        changed++;
      }
    }
  } catch (err) {
    errors.push((err as Error).message);
  }
}
for (const e of errors) console.error(e);
console.log(
  check
    ? `${total} bestanden nagekeken: ${changed} niet in de opslagvorm van het CMS${changed ? ' (npm run format:content herschrijft ze)' : ''}`
    : `${total} bestanden nagekeken: ${changed} herschreven in de opslagvorm van het CMS`,
);
process.exit(errors.length || (check && changed) ? 1 : 0);
