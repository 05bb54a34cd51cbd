/**
 * `npm start`: builds the site with its search index, serves it on http://127.0.0.1:4321 and runs
 * decap-server (the CMS's local Git backend) on 127.0.0.1 only, so /admin edits the files in
 * content/ without an account. Edits made in the CMS trigger a rebuild.
 *
 * Options: --port 4321, --no-build (serve the existing dist/), --no-cms.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';
import { DEFAULT_CMS_PORT } from '../cms/config.ts';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, 'no-build': { type: 'boolean' }, 'no-cms': { type: 'boolean' }, 'cms-port': { type: 'string', default: String(DEFAULT_CMS_PORT) } },
});
const port = Number(args.port);
// The CMS config only enables the local Git backend for this local run (see src/integrations/cms.ts).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(args['no-cms'] ? {} : { KENNISBANK_CMS_LOCAL: '1', KENNISBANK_CMS_PORT: args['cms-port'] }) };

function build(): boolean {
  console.log('Site bouwen…');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
  return result.status === 0;
}

if (!args['no-build'] && !build()) {
  console.error('\nDe build is mislukt: lees de foutmelding hierboven (bestand, regel en veld).');
  process.exit(1);
}

const children: ChildProcess[] = [];
if (!args['no-cms']) {
  // decap-server has no authentication: it must never listen beyond this machine.
  const cms = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, PORT: args['cms-port'], BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs' },
  });
  children.push(cms);
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  watch('content', { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (building) return;
      building = true;
      console.log('Inhoud gewijzigd: site opnieuw bouwen…');
      const ok = build();
      building = false;
      console.log(ok ? 'Klaar: herlaad de pagina.' : 'Build mislukt: de vorige versie blijft online. Lees de fout hierboven.');
    }, 800);
  });
}

await serveStatic('dist', port);
console.log(`\nKennisbank Samenleven draait op http://127.0.0.1:${port}/`);
if (!args['no-cms']) console.log(`CMS (lokaal, zonder account): http://127.0.0.1:${port}/admin/`);
console.log('Stoppen: Ctrl+C');

const stop = () => {
  for (const c of children) c.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
