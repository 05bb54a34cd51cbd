/**
 * "Praktijk delen" as an official without an account uses it, with JavaScript off: a bad submission
 * comes back with an error summary and every value kept; a good one gives a reference and becomes a
 * file with status "ingediend". The handler writes into a temporary repository, never into content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, axeViolations } from './support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { ACTION_PATH, submissionRoute } from '../../tools/submission-server.ts';
import { SUBMISSION_REFERENCE } from '../../src/schemas/submission.ts';

let browser: Browser;
let server: Server;
let base: string;
let repo: string;
const SHOTS = process.env.E2E_SCREENSHOTS;

beforeAll(async () => {
  browser = await launch();
  repo = mkdtempSync(join(tmpdir(), 'kb-inzending-'));
  server = await serveStatic('dist', 0, '127.0.0.1', { [ACTION_PATH]: submissionRoute('dist', repo) });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(repo, { recursive: true, force: true });
});

const submitted = () => {
  try {
    return readdirSync(join(repo, 'content/praktijken'));
  } catch {
    return [];
  }
};

async function shots(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: name !== 'formulier' });
  }
}

/**
 * axe on what the visitor without JavaScript got: axe itself needs JavaScript, so the same HTML is
 * served again at the same address to a page with JavaScript (the page has no script of its own).
 */
async function axeOf(page: Page): Promise<string[]> {
  const html = await page.content();
  const address = page.url();
  const checker = await openPage(browser);
  await checker.route(address, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await checker.goto(address);
  const violations = await axeViolations(checker);
  await checker.close();
  return violations;
}

async function form(): Promise<Page> {
  const page = await openPage(browser, { javaScriptEnabled: false });
  const response = await page.goto(`${base}/praktijk-delen/`);
  expect(response?.status()).toBe(200);
  return page;
}

async function fillValid(page: Page, title: string) {
  await page.fill('#veld-titel', title);
  await page.fill(
    '#veld-samenvatting',
    'Vrijwilligers en nieuwkomers oefenen elke week samen Nederlands in de bibliotheek.',
  );
  await page.selectOption('#veld-niveau', 'lokaal');
  await page.selectOption('#veld-gemeenten', { index: 1 });
  await page.check('#veld-themas');
  await page.check('#veld-doelgroepen');
  await page.selectOption('#veld-status', 'lopend');
  await page.fill('#veld-bronnen-0-titel', 'Website van de gemeente, pagina Taalcafé');
  await page.fill('#veld-bronnen-0-url', 'https://www.example.be/taalcafe');
  await page.fill('#veld-beschrijving', 'Elke dinsdag praten vrijwilligers en nieuwkomers een uur samen.');
}

describe('Praktijk delen without JavaScript', () => {
  it('the form has no script, passes axe and invites without an account', async () => {
    const page = await form();
    expect(await page.locator('script').count()).toBe(0);
    expect(await axeOf(page)).toEqual([]);
    expect(await page.locator('form.submission').getAttribute('method')).toBe('post');
    // The honeypot is named for screen readers and out of the Tab order.
    expect(await page.getByLabel('Laat leeg').getAttribute('tabindex')).toBe('-1');
    await shots(page, 'formulier');
    await page.close();
  });

  it('a bad submission comes back with an error summary linking to the fields, the messages and the values', async () => {
    const page = await form();
    await fillValid(page, 'x'.repeat(130));
    await page.fill('#veld-indiener-email', 'an@example.be');
    await page.click('.button--submit');
    expect(new URL(page.url()).pathname).toBe(ACTION_PATH);
    const summary = page.locator('[data-error-summary]');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    const links = summary.locator('a');
    expect(await links.count()).toBe(2);
    expect(await summary.textContent()).toContain('Maximaal 120 tekens');
    expect(await page.inputValue('#veld-titel')).toBe('x'.repeat(130));
    expect(await page.inputValue('#veld-indiener-email')).toBe('an@example.be');
    expect(await page.inputValue('#veld-beschrijving')).toContain('Elke dinsdag');
    expect(await page.locator('#veld-themas').isChecked()).toBe(true);
    expect(await page.locator('#veld-titel').getAttribute('aria-invalid')).toBe('true');
    expect(await axeOf(page)).toEqual([]);
    await shots(page, 'fout');
    // The summary's link leads to the field itself.
    await links.first().click();
    expect(new URL(page.url()).hash).toBe('#veld-titel');
    expect(await page.locator('#veld-titel:focus').count()).toBe(1);
    expect(submitted()).toEqual([]);
    await page.close();
  });

  it('a good submission gives a reference and becomes a file with status "ingediend"', async () => {
    const page = await form();
    await fillValid(page, 'Taalcafé in de bibliotheek');
    await page.click('.button--submit');
    expect(new URL(page.url()).pathname).toBe(ACTION_PATH);
    const reference = (await page.locator('[data-referentie]').textContent())?.trim() ?? '';
    expect(reference).toMatch(SUBMISSION_REFERENCE);
    expect(await page.locator('h1').textContent()).toBe('Inzending ontvangen');
    expect(await axeOf(page)).toEqual([]);
    await shots(page, 'ontvangen');
    expect(submitted()).toEqual(['taalcafe-in-de-bibliotheek.mdx']);
    const text = readFileSync(join(repo, 'content/praktijken/taalcafe-in-de-bibliotheek.mdx'), 'utf8');
    expect(text).toMatch(/^ {2}status: ingediend$/m);
    expect(text).toContain(`referentie: ${reference}`);
    await page.close();
  });

  it('the municipality pages invite to this form', () => {
    const nis = readdirSync('dist/gemeenten', { withFileTypes: true }).find(
      (e) => e.isDirectory() && /^\d{5}$/.test(e.name),
    )!.name;
    expect(readFileSync(`dist/gemeenten/${nis}/index.html`, 'utf8')).toContain('href="/praktijk-delen/"');
  });
});
