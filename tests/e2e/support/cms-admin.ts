/**
 * The CMS as a browser test runs it: /admin/ from dist/ with a generated configuration, the headers and meta
 * policy the build writes for a local port, decap-server on loopback, and helpers that fill Decap's forms
 * by their Dutch labels.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../../tools/static-server.ts';
import { adminConfigScript } from '../../../cms/config.ts';
import { adminCsp, headersFile, metaPolicy } from '../../../src/lib/hosting/csp.ts';
import { bodyComponents } from '../../../src/schemas/body-components.ts';

export const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** Serves dist/'s /admin/ from `dir` with `config`, under the policy the build writes for `cmsPort`. */
export async function serveAdmin(dir: string, config: Record<string, unknown>, cmsPort: number) {
  cpSync('dist/admin', join(dir, 'admin'), { recursive: true });
  cpSync('dist/_astro', join(dir, '_astro'), { recursive: true });
  const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  writeFileSync(join(dir, 'admin', 'config.js'), adminConfigScript(config, bodyComponents, css));
  writeFileSync(join(dir, '_headers'), headersFile({ cmsPort }));
  const adminHtml = join(dir, 'admin', 'index.html');
  writeFileSync(
    adminHtml,
    readFileSync(adminHtml, 'utf8').replace(
      /(<meta http-equiv="Content-Security-Policy" content=")[^"]*/,
      `$1${metaPolicy(adminCsp({ cmsPort }))}`,
    ),
  );
  const site: Server = await serveStatic(dir, 0);
  return { site, base: `http://127.0.0.1:${(site.address() as { port: number }).port}` };
}

/** decap-server on 127.0.0.1:`port` editing `repo` (`fs`: the files; `git`: branches and commits). */
export async function startDecapServer(repo: string, port: number, mode: 'fs' | 'git'): Promise<ChildProcess> {
  const decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: mode },
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('decap-server did not start')), 20_000);
    decap.stdout!.on('data', (d) => String(d).includes('listening') && (clearTimeout(timer), ok()));
  });
  return decap;
}

/** Decap's form fields found by their label; a field optional in the form carries "(optioneel)". */
export function cmsForm(page: Page) {
  const field = async (label: string, nth = 0) => {
    const id = await page
      .locator('label')
      .filter({ hasText: new RegExp(`^${label}( \\(optioneel\\))?$`) })
      .nth(nth)
      .getAttribute('for');
    return page.locator(`[id="${id}"]`);
  };
  const type = async (label: string, value: string, nth = 0) => (await field(label, nth)).fill(value);
  const choose = async (label: string, option: string, nth = 0) => {
    await (await field(label, nth)).fill(option);
    await page.locator('[class*="option"]', { hasText: option }).first().click({ timeout: 20_000 });
  };
  return { field, type, choose };
}

/** The curator's part of a practice: evidence, the three criteria and a published curation. */
export async function fillCuratorFields({ type, choose }: ReturnType<typeof cmsForm>) {
  await choose('Bewijsniveau', 'Idee');
  await type('Datum van het bewijs', '2026-11-23');
  await type('Basis', 'Browsertest');
  for (const nth of [0, 1, 2]) {
    await choose('Oordeel', 'Niet aangetoond', nth);
    await type('Toelichting', 'Nog te beoordelen.', nth);
  }
  await choose('Curatiestatus', 'Gepubliceerd');
  await type('Beoordeeld op', '2026-11-22');
  await type('Gepubliceerd op', '2026-11-23');
  await type('Volgende review', '2027-11-23');
}
