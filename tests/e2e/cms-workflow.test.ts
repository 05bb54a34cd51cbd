/**
 * The editorial workflow as npm run cms:git gives it: decap-server in Git mode on a throwaway clone of this
 * repository (tools/cms-git.ts), the CMS in Chromium under the admin policy the site ships. A curator
 * creates a practice (status "ingediend"), moves it Concept → Wordt beoordeeld → Klaar, cannot publish it
 * while its curation status keeps it off the site, completes the curator fields, and publishes: the draft
 * was a branch of the clone, publishing is a commit on the trial branch, and the file passes the build's check.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { cmsForm, fillCuratorFields, freePort, serveAdmin, startDecapServer } from './support/cms-admin.ts';
import { prepareClone, TRIAL_BRANCH } from '../../tools/cms-git.ts';
import { buildCmsConfig, cmsOptionsFromEnv } from '../../cms/config.ts';
import { validateContentTree, formatProblems } from '../../src/lib/content/validation.ts';

const SLUG = 'buurtsoep-in-de-redactiestroom';
const DRAFT = `cms/praktijken/${SLUG}`;
const FILE = `content/praktijken/${SLUG}.mdx`;
let work: string;
let repo: string;
let decap: ChildProcess;
let site: Server;
let base: string;
let browser: Browser;
let page: Page;
const violations: string[] = [];
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const fileAt = (ref: string) => {
  try {
    return git('show', `${ref}:${FILE}`);
  } catch {
    return undefined;
  }
};
const onTrial = () => fileAt(TRIAL_BRANCH);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-cms-git-'));
  repo = join(work, 'repo');
  prepareClone(process.cwd(), repo);
  const cmsPort = await freePort();
  // The configuration a build under npm run cms:git writes (tools/cms-git.ts sets these variables).
  const config = buildCmsConfig(
    cmsOptionsFromEnv({
      KENNISBANK_CMS_LOCAL: '1',
      KENNISBANK_CMS_PORT: String(cmsPort),
      KENNISBANK_CMS_WORKFLOW: '1',
      KENNISBANK_CMS_BRANCH: TRIAL_BRANCH,
    }),
  );
  decap = await startDecapServer(repo, cmsPort, 'git');
  ({ site, base } = await serveAdmin(join(work, 'site'), config, cmsPort));
  browser = await launch();
  page = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  form = cmsForm(page);
  // Decap asks "Weet u zeker dat u dit item wil publiceren?" before a merge: the curator says yes.
  page.on('dialog', (d) => void d.accept());
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('Goede praktijken').first().waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  decap?.kill();
  site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

let form: ReturnType<typeof cmsForm>;
const type = (label: string, value: string) => form.type(label, value);
const choose = (label: string, option: string) => form.choose(label, option);
async function save() {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Wijzigingen opgeslagen', { exact: false }).first().waitFor({ timeout: 30_000 });
}
async function setStatus(from: string, to: string) {
  await page.getByRole('button', { name: `Status: ${from}` }).click();
  await page
    .getByRole('menuitem', { name: to })
    .or(page.getByText(to, { exact: true }))
    .first()
    .click();
  await page.getByRole('button', { name: `Status: ${to}` }).waitFor({ timeout: 20_000 });
}
const status = () => git('config', `branch.${DRAFT}.description`);

describe('the editorial workflow on a throwaway clone (npm run cms:git)', () => {
  it('keeps a new practice on a branch of its own, moved from Concept to Klaar', async () => {
    await page.goto(`${base}/admin/#/collections/praktijken/new`);
    await page.locator('input[id^="titel-field"]').waitFor({ timeout: 30_000 });
    await type('Titel', 'Buurtsoep in de redactiestroom');
    await type('Samenvatting', 'Testpraktijk uit de browsertest: buren koken samen soep en leren elkaar kennen.');
    await choose('Niveau', 'Lokaal');
    await choose('Gemeenten', 'Sint-Niklaas');
    await choose("Thema's", 'Taal');
    await choose('Doelgroepen', 'Nieuwkomers');
    await choose('Status van de praktijk', 'Lopend');
    await choose('Curatiestatus', 'Ingediend');
    await type('Ingediend op', '2026-11-20');
    await page.getByRole('button', { name: 'Voeg bronnen toe' }).click();
    await type('Titel van de bron', 'Browsertest van de redactiestroom');
    await save();
    await expect.poll(() => git('branch', '--list', DRAFT), { timeout: 15_000 }).toContain(DRAFT);
    expect(fileAt(DRAFT)).toContain('status: ingediend');
    // A draft is not in the branch the site is built from.
    expect(onTrial()).toBeUndefined();
    expect(status()).toBe('decap-cms/draft');
    await setStatus('Concept', 'Wordt beoordeeld');
    expect(status()).toBe('decap-cms/pending_review');
    await setStatus('Wordt beoordeeld', 'Klaar');
    expect(status()).toBe('decap-cms/pending_publish');
  }, 180_000);

  it('refuses to publish it while its curation status keeps it off the site, and says what to do', async () => {
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
    const toast = page.getByText(/Kan item niet publiceren/).first();
    await toast.waitFor({ timeout: 20_000 });
    expect(await toast.innerText()).toContain('de curatiestatus is «Ingediend»');
    expect(git('branch', '--list', DRAFT)).toContain(DRAFT);
    expect(onTrial()).toBeUndefined();
  }, 60_000);

  it('publishes it once the curator has assessed it: one commit on the trial branch, the draft branch gone', async () => {
    const before = git('rev-parse', TRIAL_BRANCH);
    await fillCuratorFields(form);
    await save();
    await expect.poll(() => fileAt(DRAFT), { timeout: 15_000 }).toContain('status: gepubliceerd');
    // Saving a change may send the entry back a step: bring it to "Klaar" again.
    const current = (await page.getByRole('button', { name: /^Status: / }).innerText()).replace('Status: ', '').trim();
    if (current !== 'Klaar') await setStatus(current, 'Klaar');
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
    await page
      .getByText(/^Item gepubliceerd$/)
      .first()
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => onTrial(), { timeout: 15_000 }).toContain('status: gepubliceerd');
    expect(git('branch', '--list', DRAFT)).toBe('');
    expect(git('rev-list', '--count', `${before}..${TRIAL_BRANCH}`)).not.toBe('0');
    expect(git('log', '--format=%an', '-1', TRIAL_BRANCH)).toBe('Redactie (proef)');
    // The working tree of the clone is the trial branch with the published file, and it passes the build's check.
    expect(git('branch', '--show-current')).toBe(TRIAL_BRANCH);
    expect(existsSync(join(repo, FILE))).toBe(true);
    const { problems } = validateContentTree(join(repo, 'content'), repo);
    expect(formatProblems(problems)).toBe('');
    expect(violations).toEqual([]);
  }, 180_000);
});
