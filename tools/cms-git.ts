/**
 * `npm run cms:git`: the CMS's editorial workflow on this machine, as curators have it in production.
 * Makes a throwaway clone of this repository's last commit in .cache/cms-git/repo on the branch
 * `redactie-proef` and runs npm start inside it with decap-server in Git mode: a new or edited entry is a
 * branch `cms/<collection>/<name>` of the clone (Concept → Wordt beoordeeld → Klaar), "Publiceer" merges it
 * into `redactie-proef`, and the site there rebuilds. Your own working copy and its branches are never touched.
 *
 * Options: --nieuw (start again from a fresh clone); the others go to npm start (--port, --cms-port, --no-build).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLONE_DIR = '.cache/cms-git/repo';
export const TRIAL_BRANCH = 'redactie-proef';
/** Inside .git, so no commit ever carries it; npm start refuses Git mode in a folder without it. */
export const CLONE_MARKER = join('.git', 'kennisbank-proefkloon');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The throwaway clone of `source`'s current commit at `dir`, on TRIAL_BRANCH, sharing `source`'s
 * node_modules. An existing clone is kept (with its drafts) unless `fresh`.
 */
export function prepareClone(source: string, dir: string, { fresh = false } = {}): { dir: string; created: boolean } {
  if (existsSync(join(dir, CLONE_MARKER)) && !fresh) return { dir, created: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  const commit = git(source, 'rev-parse', 'HEAD');
  execFileSync('git', ['clone', '--quiet', '--no-checkout', source, dir], { stdio: 'ignore' });
  git(dir, 'switch', '--quiet', '--create', TRIAL_BRANCH, commit);
  // Decap commits as this author; the clone's own setting, not the user's.
  git(dir, 'config', 'user.name', 'Redactie (proef)');
  git(dir, 'config', 'user.email', 'redactie-proef@localhost');
  // A branch of decap-server is never pushed anywhere by mistake.
  git(dir, 'remote', 'remove', 'origin');
  writeFileSync(join(dir, CLONE_MARKER), `Proefkloon van ${source} op ${commit}, gemaakt door npm run cms:git\n`);
  if (existsSync(join(source, 'node_modules')) && !existsSync(join(dir, 'node_modules')))
    symlinkSync(resolve(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, created: true };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const fresh = args.includes('--nieuw');
  const dir = resolve(CLONE_DIR);
  let created: boolean;
  try {
    ({ created } = prepareClone(process.cwd(), dir, { fresh }));
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr;
    console.error(`De proefkloon kon niet gemaakt worden: ${String(stderr || (error as Error).message).trim()}`);
    process.exit(1);
  }
  if (git(process.cwd(), 'status', '--porcelain', '--', 'content'))
    console.warn(
      'Let op: niet-gecommitte wijzigingen in content/ zitten niet in de proefkloon (die start van de laatste commit).',
    );
  console.log(
    `${created ? 'Nieuwe' : 'Bestaande'} proefkloon: ${dir} (branch ${TRIAL_BRANCH}; opnieuw beginnen: npm run cms:git -- --nieuw)`,
  );
  console.log(`Concepten:   git -C ${CLONE_DIR} branch --list 'cms/*'`);
  console.log(`Publicaties: git -C ${CLONE_DIR} log --oneline ${TRIAL_BRANCH}`);
  const child = spawn(process.execPath, ['tools/start.ts', ...args.filter((a) => a !== '--nieuw')], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, KENNISBANK_CMS_WORKFLOW: '1', KENNISBANK_CMS_BRANCH: TRIAL_BRANCH },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
