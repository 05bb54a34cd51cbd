/**
 * The CMS's OAuth client: sveltia-cms-auth at a pinned commit, deployed by .github/workflows/oauth.yml with
 * oauth/wrangler.toml. Wrangler itself checks the configuration (a dry-run deploy bundles the Worker and
 * lists its bindings); the upstream code is not in the repository, so a stand-in entry takes its place.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse } from 'yaml';

const CONFIG = 'oauth/wrangler.toml';
const toml = parseToml(readFileSync(CONFIG, 'utf8')) as Record<string, any>;
const oauthJob = parse(readFileSync('.github/workflows/oauth.yml', 'utf8')).jobs.deploy;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-oauth-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `wrangler deploy --dry-run` on a copy of the config (text) with a stand-in Worker at its `main`. */
function dryRun(configText: string, ...args: string[]) {
  const dir = mkdtempSync(join(work, 'run-'));
  writeFileSync(join(dir, 'wrangler.toml'), configText);
  const main = (parseToml(configText) as { main?: string }).main;
  if (main) {
    mkdirSync(join(dir, dirname(main)), { recursive: true });
    writeFileSync(join(dir, main), 'export default { fetch: () => new Response("ok") };\n');
  }
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/wrangler/bin/wrangler.js',
      'deploy',
      '--dry-run',
      '--config',
      join(dir, 'wrangler.toml'),
      '--outdir',
      join(dir, 'out'),
      ...args,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_LOG_PATH: join(dir, 'logs'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      timeout: 60_000,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('oauth/wrangler.toml', () => {
  it('is accepted by wrangler without warnings, with ALLOWED_DOMAINS set the way the workflow sets it', () => {
    const { status, output } = dryRun(readFileSync(CONFIG, 'utf8'), '--var', 'ALLOWED_DOMAINS:kennisbank.vvsg.be');
    expect(output).not.toMatch(/WARNING|ERROR/);
    expect(status, output).toBe(0);
    // A value given on the command line is listed hidden; the committed one is shown.
    expect(output).toContain('env.ALLOWED_DOMAINS ("(hidden)")');
    expect(dryRun(readFileSync(CONFIG, 'utf8')).output).toContain('env.ALLOWED_DOMAINS ("kennisbank.example.be")');
  }, 60_000);

  it('a misspelt field or a missing entry is refused by the same check', () => {
    const text = readFileSync(CONFIG, 'utf8');
    const typo = dryRun(text.replace('compatibility_date', 'compatability_date'));
    expect(typo.output).toContain('Unexpected fields found in top-level field: "compatability_date"');
    expect(typo.status).not.toBe(0);
    const noEntry = dryRun(text.replace(/^main = .*$/m, ''));
    expect(noEntry.output).toContain('Missing entry-point');
    expect(noEntry.status).not.toBe(0);
  }, 60_000);

  it('fails safe: the committed ALLOWED_DOMAINS is a placeholder, never empty (empty would allow every site)', () => {
    expect(toml.vars.ALLOWED_DOMAINS).toBe('kennisbank.example.be');
  });

  it('its entry is the pinned upstream checkout of the workflow, and the pin is a full commit stated once', () => {
    const checkout = oauthJob.steps.find((s: any) => s.with?.repository === 'sveltia/sveltia-cms-auth');
    expect(checkout.with.ref).toBe('${{ env.SVELTIA_CMS_AUTH_COMMIT }}');
    expect(oauthJob.env.SVELTIA_CMS_AUTH_COMMIT).toMatch(/^[0-9a-f]{40}$/);
    expect(join('oauth', toml.main)).toBe(join(checkout.with.path, 'src/index.js'));
    const deploy = oauthJob.steps.find((s: any) => s.run?.includes('wrangler deploy'));
    expect(deploy.run).toContain(`--config ${CONFIG}`);
    // The repository carries the configuration, not a copy of the Worker's code.
    expect(readFileSync('.gitignore', 'utf8')).toMatch(/^\/?oauth\/sveltia-cms-auth\/?$/m);
  });
});
