/**
 * Runs the fast path of npm start outside npm start, for tests and the benchmark: one full build of
 * KENNISBANK_CONTENT (in this process, as the build worker does), then, for each step of the JSON file
 * given as argument, writes the step's files into the content folder, renders the pages it touches into
 * a copy of the built site (`<work>/live`) and copies each page written to `<work>/step-<n>/`.
 *
 *   node tests/support/fast-driver.ts <work> <steps.json>
 *   steps.json: [{ "files": { "praktijken/x.mdx": "---\n…" } }, …]   (null as text removes the file)
 *
 * Prints one JSON line per step: { "step": n, "ms": …, "written": [...], "removed": [...] }, and
 * `{ "built": ms }` after the build. Exits 1 with the error on stderr when anything fails.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FastSite } from '../../tools/fast/renderer.ts';

const [work, stepsFile] = process.argv.slice(2);
const content = process.env.KENNISBANK_CONTENT;
const dist = process.env.OUT_DIR;
if (!work || !stepsFile || !content || !dist)
  throw new Error('usage: KENNISBANK_CONTENT=… OUT_DIR=… node tests/support/fast-driver.ts <work> <steps.json>');
const steps: { files: Record<string, string | null> }[] = JSON.parse(readFileSync(stepsFile, 'utf8'));

const started = performance.now();
const site = await FastSite.build(join(work, 'keep'));
console.log(JSON.stringify({ built: Math.round(performance.now() - started) }));
const live = join(work, 'live');
rmSync(live, { recursive: true, force: true });
cpSync(dist, live, { recursive: true });

for (const [n, step] of steps.entries()) {
  const saved = performance.now();
  for (const [file, text] of Object.entries(step.files)) {
    if (text === null) rmSync(join(content, file), { force: true });
    else writeFileSync(join(content, file), text);
  }
  const result = await site.update(content, live);
  const ms = Math.round(performance.now() - saved);
  for (const page of result.written) {
    const target = join(work, `step-${n}`, page, 'index.html');
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(live, page, 'index.html'), target);
  }
  console.log(JSON.stringify({ step: n, ms, written: result.written, removed: result.removed }));
}
process.exit(0);
