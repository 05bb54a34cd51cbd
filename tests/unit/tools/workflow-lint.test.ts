/** The deploy workflows: actionlint finds nothing in them, finds what is broken, and they state no Node version. */
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { formatWorkflowProblem, lintWorkflow, workflowFiles } from '../../../tools/workflow-lint.ts';

const text = (file: string) => readFileSync(file, 'utf8');
const DEPLOY = '.github/workflows/deploy.yml';
const OAUTH = '.github/workflows/oauth.yml';
const pkg = JSON.parse(text('package.json'));
const nodeMajor = /(\d+)/.exec(pkg.devDependencies.node)![1];

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> };
const jobs = (file: string) => parse(text(file)).jobs as Record<string, Record<string, any> & { steps: Step[] }>;

describe('actionlint', () => {
  it('finds no problem in any workflow of the repository', async () => {
    const files = workflowFiles();
    expect(files).toEqual(expect.arrayContaining([DEPLOY, OAUTH]));
    const problems = (await Promise.all(files.map(async (f) => lintWorkflow(text(f), f)))).flat();
    expect(problems.map(formatWorkflowProblem)).toEqual([]);
  });

  // [what, text in deploy.yml, replacement, actionlint's message, text of the line it must point at]
  it.each([
    [
      'a job output that does not exist',
      'needs.node.outputs.major',
      'needs.node.outputs.majr',
      'property "majr" is not defined',
      'image:',
    ],
    [
      'a job that does not exist',
      'needs: node',
      'needs: nodes',
      'needs job "nodes" which does not exist',
      'test-and-deploy:',
    ],
    [
      'a broken expression',
      "github.event_name != 'pull_request'",
      "github.event_name != 'pull_request",
      'got unexpected EOF',
      'if:',
    ],
    ['an unknown event', 'pull_request:', 'pull_requests:', 'unknown Webhook event "pull_requests"', 'pull_requests:'],
    [
      'a timeout that is no number',
      'timeout-minutes: 90',
      'timeout-minutes: ninety',
      'float number literal, but found plain text',
      'timeout-minutes:',
    ],
  ])('reports %s with its line', async (_what, from, to, message, line) => {
    const source = text(DEPLOY);
    expect(source).toContain(from);
    const broken = source.replace(from, to);
    const problems = await lintWorkflow(broken, DEPLOY);
    const hit = problems.find((p) => p.message.includes(message));
    expect(hit, problems.map(formatWorkflowProblem).join('\n')).toBeDefined();
    expect(broken.split('\n')[hit!.line - 1]).toContain(line);
  });

  it('reports a file that is not YAML at all', async () => {
    expect((await lintWorkflow('jobs: [\n', 'broken.yml')).length).toBeGreaterThan(0);
  });
});

describe('the deploy workflow', () => {
  const deploy = jobs(DEPLOY);

  it('states no Node version of its own: it reads the node devDependency', () => {
    for (const file of [DEPLOY, OAUTH]) {
      expect(text(file), file).not.toMatch(new RegExp(`node-version:\\s*['"]?${nodeMajor}|node:${nodeMajor}`));
    }
    expect(deploy['test-and-deploy'].container.image).toBe('node:${{ needs.node.outputs.major }}-bookworm');
    expect(
      jobs(OAUTH).deploy.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.['with' as keyof Step],
    ).toEqual({ 'node-version': '${{ steps.node.outputs.major }}' });
  });

  it.each([DEPLOY, OAUTH])('%s: its version step prints the major of the node devDependency', (file) => {
    const workflow = jobs(file);
    const step = Object.values(workflow)
      .flatMap((j) => j.steps)
      .find((s) => s.run?.includes('major='))!;
    const dir = mkdtempSync(join(tmpdir(), 'kb-gh-'));
    try {
      const output = join(dir, 'output');
      execFileSync('bash', ['-c', step.run!], { env: { ...process.env, GITHUB_OUTPUT: output } });
      expect(text(output)).toBe(`major=${nodeMajor}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the full test suite, builds with the CMS variables, then deploys dist/ and functions/ with wrangler', () => {
    const steps = deploy['test-and-deploy'].steps;
    const names = steps.map(
      (s) => s.uses?.split('@')[0] ?? /bash \.ci\/run|npm run build|npx wrangler pages deploy/.exec(s.run ?? '')?.[0],
    );
    expect(names).toEqual(['actions/checkout', 'bash .ci/run', 'npm run build', 'npx wrangler pages deploy']);
    const build = steps[2];
    expect(build.env).toMatchObject({
      SITE_URL: '${{ vars.SITE_URL }}',
      KENNISBANK_CMS_REPO: '${{ github.repository }}',
      KENNISBANK_CMS_OAUTH_URL: '${{ vars.KENNISBANK_CMS_OAUTH_URL }}',
    });
    const deployStep = steps[3];
    // The API token only reaches wrangler from package-lock.json, no third-party action.
    expect(
      steps.filter((s) => JSON.stringify(s).includes('secrets.')).map((s) => s.run?.trim().split(/\s+/)[1]),
    ).toEqual(['wrangler']);
    expect(deployStep.env).toMatchObject({
      CLOUDFLARE_API_TOKEN: '${{ secrets.CLOUDFLARE_API_TOKEN }}',
      CLOUDFLARE_ACCOUNT_ID: '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}',
    });
    expect(deployStep.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    // The project's name and output folder come from wrangler.toml, the Pages project's source of truth.
    expect(deployStep.run).not.toMatch(/--project-name|\bdist\b/);
    const pages = parseToml(text('wrangler.toml')) as { name?: string; pages_build_output_dir?: string };
    expect(pages.name).toMatch(/^[a-z0-9-]+$/);
    expect(pages.pages_build_output_dir).toBe('dist');
  });

  it("stops the build with the variable's name when SITE_URL is not set (GitHub passes an empty string)", () => {
    const build = deploy['test-and-deploy'].steps.find((s) => s.name === 'Production build')!;
    const dir = mkdtempSync(join(tmpdir(), 'kb-gh-'));
    try {
      // A stand-in npm that only records that it ran.
      writeFileSync(join(dir, 'npm'), `#!/bin/sh\necho "$@" > "${join(dir, 'ran')}"\n`, { mode: 0o755 });
      const run = (siteUrl: string) =>
        spawnSync('bash', ['-e', '-c', build.run!], {
          env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, SITE_URL: siteUrl },
          encoding: 'utf8',
        });
      const unset = run('');
      expect(unset.status).toBe(1);
      expect(unset.stdout).toContain('::error::Set the repository variable SITE_URL');
      expect(existsSync(join(dir, 'ran'))).toBe(false);
      expect(run('https://kennisbank.vvsg.be').status).toBe(0);
      expect(text(join(dir, 'ran'))).toBe('run build\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pins every action to a full commit', () => {
    const uses = [DEPLOY, OAUTH].flatMap((f) =>
      Object.values(jobs(f)).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : []))),
    );
    expect(uses.length).toBeGreaterThan(3);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
});
