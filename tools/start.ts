/**
 * `npm start`: builds the site with its search index, serves it on http://127.0.0.1:4321 and runs
 * decap-server (the CMS's local Git backend) on 127.0.0.1 only, so /admin edits the files in
 * content/ without an account. A change in content/ (also a file replaced by rename, as editors and
 * Git do) triggers a rebuild from one snapshot of content/ into a fresh folder; the site switches to it
 * only when the build succeeded, and /admin/bouwstatus.json tells the CMS how it went (see build-loop.ts).
 *
 * The first build of a change is the fast path (tools/fast/): when only practices changed, the pages that
 * show them are rendered again straight into the served folder within a second or two, by the code of
 * the build that is online; the full build follows in the background and replaces everything.
 *
 * Options: --port 4321, --no-build (serve the existing dist/), --no-cms, --cms-port 8081, --no-fast (full
 * builds only). For the benchmark: --content <dir> (instead of content/), --out <dir> (instead of dist/),
 * --work <dir> (instead of .cache/start/, inside the project).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { watch } from 'chokidar';
import { serveStatic } from './static-server.ts';
import { ACTION_PATH, submissionRoute } from './submission-server.ts';
import { DEFAULT_CMS_PORT } from '../cms/config.ts';
import { formatProblems, newValidationCache } from '../src/lib/content/validation.ts';
import { swapIn, takeSnapshot, writeStatus, type BuildStatus } from './build-loop.ts';
import { fastPathRefusal, type FastResult } from './fast/renderer.ts';
import type { WorkerReply, WorkerRequest } from './fast/worker.ts';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    'no-build': { type: 'boolean' },
    'no-cms': { type: 'boolean' },
    'cms-port': { type: 'string', default: String(DEFAULT_CMS_PORT) },
    'no-fast': { type: 'boolean' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    work: { type: 'string', default: '.cache/start' },
  },
});
const port = Number(args.port);
const CONTENT = args.content!;
const LIVE = args.out!;
const WORK = resolve(args.work!);
const snapshots = { building: `${WORK}/inhoud-bouw`, online: `${WORK}/inhoud-online`, fast: `${WORK}/inhoud-snel` };
const NEXT = `${WORK}/site-nieuw`;
// The CMS config only enables the local Git backend for this local run (see src/integrations/cms.ts).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  KENNISBANK_CONTENT: snapshots.building,
  OUT_DIR: NEXT,
  // One cache for every snapshot: they share one path, so Astro's data store stays valid between builds.
  ASTRO_CACHE_DIR: `${WORK}/astro-cache`,
  ...(args['no-cms'] ? {} : { KENNISBANK_CMS_LOCAL: '1', KENNISBANK_CMS_PORT: args['cms-port'] }),
};

/** The worker whose build is online: it renders fast updates (tools/fast/), until a newer build replaces it. */
let renderer: ChildProcess | undefined;
let workers = 0;

function niceness(child: ChildProcess, value: number): void {
  try {
    if (child.pid) setPriority(child.pid, value);
  } catch {
    /* not allowed here: the priority stays as it is */
  }
}

/** A full build in a new worker; on success the worker stays, to serve fast updates of this site. */
function runBuild(): Promise<{ ok: boolean; output: string; worker: ChildProcess }> {
  return new Promise((done) => {
    const child = fork('tools/fast/worker.ts', [], {
      env: { ...env, KENNISBANK_FAST_KEEP: `${WORK}/snel-${++workers}/bundel` },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.push(child);
    // The full build runs behind the fast path: it gives way to the renderer of the site online.
    niceness(child, 10);
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const forget = () => children.includes(child) && children.splice(children.indexOf(child), 1);
    child.on('message', (reply: WorkerReply) => {
      if (reply.type !== 'built') return;
      if (!reply.ok) output += `\n${reply.error}`;
      done({ ok: reply.ok, output, worker: child });
    });
    child.on('exit', (code) => {
      forget();
      if (child === renderer) renderer = undefined;
      done({ ok: false, output: output + `\nDe build stopte onverwacht (code ${code}).`, worker: child });
    });
  });
}

/** Asks the renderer to put the pages a change touches online; undefined when it could not. */
function fastUpdate(worker: ChildProcess, live: string): Promise<FastResult | undefined> {
  return new Promise((done) => {
    const onReply = (reply: WorkerReply) => {
      if (reply.type !== 'updated') return;
      worker.off('message', onReply);
      worker.off('exit', onExit);
      if (!reply.ok) console.error(`Snelle weg niet gelukt (de volledige build volgt): ${reply.error}`);
      done(reply.ok ? reply.result : undefined);
    };
    const onExit = () => done(undefined);
    worker.on('message', onReply);
    worker.once('exit', onExit);
    worker.send({ type: 'update', snapshot: snapshots.fast, live } satisfies WorkerRequest);
  });
}

let lastGood: string | undefined;
/** decap-server and the build workers: stopped with npm start. */
const children: ChildProcess[] = [];
/** Parsed files of earlier checks: a snapshot where one file changed is checked in milliseconds. */
const checks = newValidationCache();
/** The served folder changes one step at a time: a fast update never writes into a folder being swapped. */
let served = Promise.resolve();
const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
  const run = served.then(step);
  served = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
};

const status = (s: Omit<BuildStatus, 'at'>) => writeStatus(LIVE, { ...s, at: new Date().toISOString() });

/**
 * A checked snapshot for `worker` and the update it renders from it into `live`. Callers run it inside
 * exclusive(), so the snapshot folder is never copied anew while a renderer reads it. Undefined when the
 * snapshot or the update failed.
 */
async function snapshotAndUpdate(worker: ChildProcess, live: string) {
  const { refused, remaining } = takeSnapshot(CONTENT, snapshots.fast, lastGood, process.cwd(), checks);
  if (remaining.length) return undefined;
  const result = await fastUpdate(worker, live);
  return result && { refused, result };
}

/**
 * The fast path: when only practices changed and a renderer is up, check a snapshot and render the pages
 * that show the changed practices straight into the served folder. Returns whether it did.
 */
async function fastRebuild(changed: string[]): Promise<boolean> {
  const worker = renderer;
  if (!worker || args['no-fast'] || fastPathRefusal(changed)) return false;
  const started = performance.now();
  const outcome = await exclusive(() => snapshotAndUpdate(worker, LIVE));
  if (!outcome) return false;
  const { refused, result } = outcome;
  const ms = Math.round(performance.now() - started);
  status({ state: 'klaar', ms, refused, volledig: false });
  console.log(`Snel bijgewerkt in ${(ms / 1000).toFixed(1)} s: ${[...result.written, ...result.removed].join(' ')}`);
  if (result.skipped.length)
    console.log(`Wachten op de volledige build (nieuwe afbeelding): ${result.skipped.join(' ')}`);
  return true;
}

/** Full builds behind the fast path: one at a time; `pending` when changes came in after the last one began. */
const full = { running: false, pending: false, allFast: true };
const changesPending = () => full.pending;

async function fullBuilds(): Promise<void> {
  full.running = true;
  while (full.pending) {
    full.pending = false;
    const fastDone = full.allFast;
    full.allFast = true;
    await rebuild(fastDone);
  }
  full.running = false;
}

/** One full rebuild; returns whether the new site is online. */
async function rebuild(fastDone = false): Promise<boolean> {
  const started = performance.now();
  if (!fastDone) status({ state: 'bezig', refused: [] });
  const { refused, remaining } = takeSnapshot(CONTENT, snapshots.building, lastGood, process.cwd(), checks);
  if (refused.length)
    console.error(`\nNiet gepubliceerd (de vorige versie blijft online):\n${formatProblems(refused)}\n`);
  const ms = () => Math.round(performance.now() - started);
  if (remaining.length) {
    const error = formatProblems(remaining);
    console.error(`\nBuild mislukt: de vorige versie blijft online.\n${error}`);
    status({ state: 'mislukt', ms: ms(), refused, error });
    return false;
  }
  const { ok, output, worker } = await runBuild();
  if (!ok) {
    worker.kill();
    // The last lines carry Astro's message; the snapshot path means nothing to a curator.
    const error = output
      .split('\n')
      .filter((l) => l.trim())
      .slice(-12)
      .join('\n')
      .replaceAll(snapshots.building, CONTENT);
    console.error('\nBuild mislukt: de vorige versie blijft online. Lees de fout hierboven.');
    status({ state: 'mislukt', ms: ms(), refused, error });
    return false;
  }
  await exclusive(async () => {
    // Saves that came in during this build went online by the fast path: the new renderer puts them into
    // the new site before it goes online, so no page steps back; and its first, slower update is done.
    if (!args['no-fast']) await snapshotAndUpdate(worker, NEXT);
    // Still pending changes: the search index and exports follow with the next build.
    writeStatus(NEXT, { state: 'klaar', at: new Date().toISOString(), ms: ms(), refused, volledig: !changesPending() });
    swapIn(NEXT, LIVE);
    swapIn(snapshots.building, snapshots.online);
    lastGood = snapshots.online;
    renderer?.kill();
    renderer = worker;
    // Back to normal priority where the system allows it (raising it may need rights: then it stays low).
    niceness(worker, 0);
  });
  console.log(`Klaar in ${(ms() / 1000).toFixed(1)} s: herlaad de pagina.`);
  return true;
}

// decap-server in Git mode switches branches in the folder it edits: only in a clone npm run cms:git made.
if (process.env.KENNISBANK_CMS_WORKFLOW === '1' && !existsSync('.git/kennisbank-proefkloon')) {
  console.error('De redactiestroom draait alleen in een proefkloon: gebruik npm run cms:git.');
  process.exit(1);
}

if (!args['no-build'] && !(await rebuild())) {
  console.error('\nDe eerste build is mislukt: lees de foutmelding hierboven (bestand, regel en veld).');
  process.exit(1);
}

if (!args['no-cms']) {
  // decap-server has no authentication: it must never listen beyond this machine.
  const cms = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: args['cms-port'],
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: process.cwd(),
      // Git mode (drafts as branches, publishing merges) only for npm run cms:git, which runs this in a throwaway clone.
      MODE: process.env.KENNISBANK_CMS_WORKFLOW === '1' ? 'git' : 'fs',
    },
  });
  children.push(cms);
}

// The watcher runs with or without the CMS (the benchmark saves files itself).
{
  // Saves come in bursts (an entry and its upload): wait for a short quiet, then take the fast path for
  // the pages the change touches (also while a full build runs: the renderer of the site online does it),
  // and build the whole site behind it; one full build at a time, the next one when changes came meanwhile.
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const onChange = async () => {
    const files = [...changed];
    changed.clear();
    console.log('Inhoud gewijzigd: site opnieuw bouwen…');
    const fastDone = await fastRebuild(files);
    full.allFast &&= fastDone;
    full.pending = true;
    if (!full.running) void fullBuilds();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, 50);
  };
  // chokidar follows files replaced by rename, which fs.watch loses on Linux.
  const watcher = watch(CONTENT, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
  }).on('all', (_event, path) => {
    changed.add(relative(CONTENT, path));
    schedule();
  });
  // A save before the watcher has read the tree would go unseen: the site opens once it has.
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
}

// The "Praktijk delen" form posts here; an accepted submission becomes a file in content/praktijken/.
await serveStatic(LIVE, port, '127.0.0.1', { [ACTION_PATH]: submissionRoute(LIVE, process.cwd()) });
console.log(`\nKennisbank Samenleven draait op http://127.0.0.1:${port}/`);
if (!args['no-cms']) console.log(`CMS (lokaal, zonder account): http://127.0.0.1:${port}/admin/`);
console.log('Stoppen: Ctrl+C');

const stop = () => {
  for (const c of children) c.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
