/**
 * `npm start`: builds the site with its search index, serves it on http://127.0.0.1:4321 and runs
 * decap-server (the CMS's local Git backend) on 127.0.0.1 only, so /admin edits the files in
 * content/ without an account. A change in content/ (also a file replaced by rename, as editors and
 * Git do) triggers a rebuild from one snapshot of content/ into a fresh folder; the site switches to it
 * only when the build succeeded, and /admin/bouwstatus.json tells the CMS how it went (see build-loop.ts).
 *
 * Options: --port 4321, --no-build (serve the existing dist/), --no-cms, --cms-port 8081.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { watch } from 'chokidar';
import { serveStatic } from './static-server.ts';
import { ACTION_PATH, submissionRoute } from './submission-server.ts';
import { DEFAULT_CMS_PORT } from '../cms/config.ts';
import { formatProblems } from '../src/lib/content/validation.ts';
import { swapIn, takeSnapshot, writeStatus, type BuildStatus } from './build-loop.ts';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    'no-build': { type: 'boolean' },
    'no-cms': { type: 'boolean' },
    'cms-port': { type: 'string', default: String(DEFAULT_CMS_PORT) },
  },
});
const port = Number(args.port);
const LIVE = 'dist';
const WORK = resolve('.cache/start');
const snapshots = { building: `${WORK}/inhoud-bouw`, online: `${WORK}/inhoud-online` };
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

function runBuild(): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      children.splice(children.indexOf(child), 1);
      done({ ok: code === 0, output });
    });
  });
}

let lastGood: string | undefined;
/** decap-server and a running build: stopped with npm start. */
const children: ChildProcess[] = [];

/** One rebuild; returns whether the new site is online. */
async function rebuild(): Promise<boolean> {
  const started = performance.now();
  const status = (s: Omit<BuildStatus, 'at'>) => writeStatus(LIVE, { ...s, at: new Date().toISOString() });
  status({ state: 'bezig', refused: [] });
  const { refused, remaining } = takeSnapshot('content', snapshots.building, lastGood);
  if (refused.length)
    console.error(`\nNiet gepubliceerd (de vorige versie blijft online):\n${formatProblems(refused)}\n`);
  const ms = () => Math.round(performance.now() - started);
  if (remaining.length) {
    const error = formatProblems(remaining);
    console.error(`\nBuild mislukt: de vorige versie blijft online.\n${error}`);
    status({ state: 'mislukt', ms: ms(), refused, error });
    return false;
  }
  const { ok, output } = await runBuild();
  if (!ok) {
    // The last lines carry Astro's message; the snapshot path means nothing to a curator.
    const error = output
      .split('\n')
      .filter((l) => l.trim())
      .slice(-12)
      .join('\n')
      .replaceAll(snapshots.building, 'content');
    console.error('\nBuild mislukt: de vorige versie blijft online. Lees de fout hierboven.');
    status({ state: 'mislukt', ms: ms(), refused, error });
    return false;
  }
  writeStatus(NEXT, { state: 'klaar', at: new Date().toISOString(), ms: ms(), refused });
  swapIn(NEXT, LIVE);
  swapIn(snapshots.building, snapshots.online);
  lastGood = snapshots.online;
  console.log(`Klaar in ${(ms() / 1000).toFixed(1)} s: herlaad de pagina.`);
  return true;
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
      MODE: 'fs',
    },
  });
  children.push(cms);
  // Saves come in bursts (an entry and its upload): wait for quiet, build once, and build again if
  // something changed meanwhile.
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let pending = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (building) {
        pending = true;
        return;
      }
      building = true;
      console.log('Inhoud gewijzigd: site opnieuw bouwen…');
      await rebuild();
      building = false;
      if (pending) {
        pending = false;
        schedule();
      }
    }, 300);
  };
  // chokidar follows files replaced by rename, which fs.watch loses on Linux.
  watch('content', { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 } }).on(
    'all',
    schedule,
  );
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
