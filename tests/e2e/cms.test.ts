/**
 * The CMS in Chromium against decap-server on loopback, editing a temporary copy of content/:
 * log in, edit a practice through the form (picking a municipality by name), create one with an
 * uploaded image, publish, and check the file Decap wrote passes the same validation as the build.
 * An empty required field is refused with the wording the build uses; an entry the build would refuse
 * (personal data without consent, an import in the body) is refused before saving, with the build's
 * messages, and its file stays as it was.
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { adminConfigScript, buildCmsConfig } from '../../cms/config.ts';
import { adminCsp, headersFile, metaPolicy } from '../../src/lib/hosting/csp.ts';
import { bodyComponents } from '../../src/schemas/body-components.ts';
import { validateContentTree, formatProblems } from '../../src/lib/content/validation.ts';
import { parseFor, serialiseFor } from '../../cms/format.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { contactSchema } from '../../src/schemas/practice.ts';

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let work: string;
let decap: ChildProcess;
let site: Server;
let base: string;
let browser: Browser;
let page: Page;
let adminPolicy: string | undefined;
let cmsPort: number;
const violations: string[] = [];
const PRACTICE = 'aalst-babbelonie';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-cms-e2e-'));
  cpSync('content', join(work, 'repo', 'content'), { recursive: true });
  cpSync('dist/admin', join(work, 'site', 'admin'), { recursive: true });
  cpSync('dist/_astro', join(work, 'site', '_astro'), { recursive: true });
  cmsPort = await freePort();
  const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  writeFileSync(
    join(work, 'site', 'admin', 'config.js'),
    adminConfigScript(buildCmsConfig({ local: true, localPort: cmsPort }), bodyComponents, css),
  );
  // The headers the build writes for a local run, for this run's port, served as Cloudflare Pages combines them.
  writeFileSync(join(work, 'site', '_headers'), headersFile({ cmsPort }));
  // The admin page carries the same policy as a meta tag (as npm start's build writes it for its port).
  const adminHtml = join(work, 'site', 'admin', 'index.html');
  writeFileSync(
    adminHtml,
    readFileSync(adminHtml, 'utf8').replace(
      /(<meta http-equiv="Content-Security-Policy" content=")[^"]*/,
      `$1${metaPolicy(adminCsp({ cmsPort }))}`,
    ),
  );
  decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: {
      ...process.env,
      PORT: String(cmsPort),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: join(work, 'repo'),
      MODE: 'fs',
    },
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('decap-server did not start')), 20_000);
    decap.stdout!.on('data', (d) => String(d).includes('listening') && (clearTimeout(timer), ok()));
  });
  site = await serveStatic(join(work, 'site'), 0);
  base = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  browser = await launch();
  page = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`${base}/admin/`);
  adminPolicy = response?.headers()['content-security-policy'];
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('Goede praktijken').first().waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  decap?.kill();
  site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Decap CMS', () => {
  it('runs under one policy, the admin policy for this port, with the site name', async () => {
    expect(adminPolicy).toBe(adminCsp({ cmsPort }));
    expect(await page.locator('img[src="/admin/logo.svg"]').count()).toBeGreaterThan(0);
  });

  it('edits a practice through the form, picking a municipality by name, and writes a valid file', async () => {
    await page.goto(`${base}/admin/#/collections/praktijken/entries/${PRACTICE}`);
    const title = page.locator('input[id^="titel-field"]');
    await title.waitFor({ timeout: 30_000 });
    await title.fill('Babbelonië in Aalst (bewerkt via het CMS)');
    // An optional field typed in and emptied again is left out, not written as land: "".
    const land = page.locator('input[id^="land-field"]');
    await land.fill('België');
    await land.fill('');
    await page.locator('[id^="gemeenten-field"] input, input[id^="gemeenten-field"]').first().fill('Sint-Nik');
    await page
      .getByText(/Sint-Niklaas/)
      .first()
      .click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
    // Decap's own toast; a looser pattern also matches the form's "Gepubliceerd" status option.
    await page
      .getByText(/^Item (opgeslagen|gepubliceerd)$/)
      .first()
      .waitFor({ timeout: 30_000 });
    const file = join(work, 'repo', 'content', 'praktijken', `${PRACTICE}.mdx`);
    // decap-server may still be flushing the file when the toast appears.
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toContain('Babbelonië in Aalst (bewerkt via het CMS)');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/46021/);
    expect(text).not.toMatch(/^\s*land:/m);
    expect(text).not.toMatch(/: ""$|: \{\}$/m);
    const { problems } = validateContentTree(join(work, 'repo', 'content'), work);
    expect(formatProblems(problems)).toBe('');
  });

  it('creates a practice through the forms, and the rebuilt site lists it', async () => {
    await page.goto(`${base}/admin/#/collections/praktijken/new`);
    await page.locator('input[id^="titel-field"]').waitFor({ timeout: 30_000 });
    const field = async (label: string, nth = 0) => {
      const id = await page
        .locator('label')
        .filter({ hasText: new RegExp(`^${label}$`) })
        .nth(nth)
        .getAttribute('for');
      return page.locator(`[id="${id}"]`);
    };
    const type = async (label: string, value: string, nth = 0) => (await field(label, nth)).fill(value);
    const choose = async (label: string, option: string, nth = 0) => {
      await (await field(label, nth)).fill(option);
      await page.locator('[class*="option"]', { hasText: option }).first().click({ timeout: 20_000 });
    };
    await type('Titel', 'Taalwandeling in Sint-Niklaas');
    await type('Samenvatting', 'Testpraktijk uit de browsertest: wandelingen waarop nieuwkomers Nederlands oefenen.');
    await choose('Niveau', 'Lokaal');
    await choose('Gemeenten \\(optioneel\\)', 'Sint-Niklaas');
    await choose("Thema's", 'Taal');
    await choose('Doelgroepen', 'Nieuwkomers');
    await choose('Status van de praktijk', 'Lopend');
    // The curator fields: optional in the form (a submitter may leave them empty), required by the check from "in review" on.
    await choose('Bewijsniveau \\(optioneel\\)', 'Idee');
    await type('Datum van het bewijs \\(optioneel\\)', '2026-11-23');
    await type('Basis \\(optioneel\\)', 'Browsertest');
    for (const nth of [0, 1, 2]) {
      await choose('Oordeel \\(optioneel\\)', 'Niet aangetoond', nth);
      await type('Toelichting \\(optioneel\\)', 'Nog te beoordelen.', nth);
    }
    await choose('Curatiestatus', 'Gepubliceerd');
    await type('Ingediend op', '2026-11-20');
    await type('Beoordeeld op \\(optioneel\\)', '2026-11-22');
    await type('Gepubliceerd op \\(optioneel\\)', '2026-11-23');
    await type('Volgende review \\(optioneel\\)', '2027-11-23');
    await page.getByRole('button', { name: 'Voeg bronnen toe' }).click();
    await type('Titel van de bron', 'Browsertest van de kennisbank');
    // An image as an editor adds one: upload it in the media library, use it, describe it.
    await page.getByRole('button', { name: 'Voeg afbeeldingen toe' }).click();
    await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(FIXTURE_CONTENT, 'media/taalcafe-fixture.jpg'));
    await page.getByRole('button', { name: 'Gebruik selectie' }).click({ timeout: 30_000 });
    await type('Alternatieve tekst', 'Testbeeld: een gele cirkel op een kleurverloop');
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
    const file = join(work, 'repo', 'content', 'praktijken', 'taalwandeling-in-sint-niklaas.mdx');
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    // The file can exist before decap-server has finished writing it.
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('Browsertest van de kennisbank');
    const { problems } = validateContentTree(join(work, 'repo', 'content'), work);
    expect(formatProblems(problems)).toBe('');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        KENNISBANK_CONTENT: join(work, 'repo', 'content'),
        OUT_DIR: join(work, 'rebuilt'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    expect(readFileSync(join(work, 'rebuilt', 'praktijken', 'index.html'), 'utf8')).toContain(
      'href="/praktijken/taalwandeling-in-sint-niklaas/"',
    );
    // The upload went to the content tree's media folder and came out of the image pipeline.
    expect(readFileSync(file, 'utf8')).toMatch(/src: \/media\/taalcafe-fixture\.jpg/);
    expect(existsSync(join(work, 'repo', 'content', 'media', 'taalcafe-fixture.jpg'))).toBe(true);
    const fiche = readFileSync(
      join(work, 'rebuilt', 'praktijken', 'taalwandeling-in-sint-niklaas', 'index.html'),
      'utf8',
    );
    expect(fiche).toMatch(/<source srcset="\/_astro\/taalcafe-fixture\.[^"]+ 400w, [^"]+ 800w" type="image\/avif"/);
    expect(fiche).toMatch(
      /<img [^>]*alt="Testbeeld: een gele cirkel op een kleurverloop"[^>]* width="\d+" height="\d+"/,
    );
    // The upload was saved under the admin policy the site ships (it needs blob: in connect-src).
    expect(violations).toEqual([]);
  }, 180_000);

  it('previews a body component with the markup and classes the site uses', async () => {
    // A page of its own, opened straight on the entry: Decap's editor keeps showing the entry it has
    // open when only the hash names another one, and a reload of the shared page once left the
    // preview empty in CI.
    const own = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await own.goto(`${base}/admin/#/collections/praktijken/entries/canada-private-sponsorship`);
      await own.getByRole('button', { name: 'Inloggen' }).click();
      await own.locator('input[id^="titel-field"]').first().waitFor({ timeout: 30_000 });
      const preview = own.frameLocator('iframe#preview-pane');
      const kader = preview.locator('aside.kader.kader--let-op');
      await kader.waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
        const shown = await preview
          .locator('body')
          .innerText({ timeout: 1_000 })
          .catch(() => '(no preview frame)');
        throw new Error(`${error.message}\nURL: ${own.url()}\nPreview shows: ${shown.slice(0, 600)}`);
      });
      expect(await kader.locator('.kader__titel').innerText()).toBe('Overdraagbaarheid');
      // The site's stylesheet is registered as the preview style, so the box looks as it will on the site.
      expect(await kader.evaluate((el) => getComputedStyle(el).borderLeftStyle)).not.toBe('none');
      // Choices show the labels of the form, not their stored codes.
      const facts = await preview.locator('dl.facts').innerText();
      expect(facts).toContain('Buitenland');
      expect(facts).toContain('Veelbelovend');
      expect(facts).not.toMatch(/\bbuitenland\b|\bveelbelovend\b/);
    } finally {
      await own.close();
    }
  });

  it('refuses an empty required field with the wording the build uses', async () => {
    await page.goto(`${base}/admin/#/collections/praktijken/new`);
    await page.locator('input[id^="titel-field"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
    const message = (await page
      .getByText(/Titel is vereist\./)
      .first()
      .textContent({ timeout: 15_000 }))!;
    // The build says the same for a practice without a title.
    const dir = mkdtempSync(join(work, 'v-'));
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const file = join(dir, 'praktijken', 'taalcafe-fixture.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: .*\n/m, ''));
    const buildMessage = validateContentTree(dir, dir).problems.find((p) => p.field === 'titel')!.message;
    expect(buildMessage).toContain(message.trim());
  });

  it("refuses before saving what the build refuses, with the build's messages, and keeps the file", async () => {
    const id = 'brugge-woonbuddys';
    const file = join(work, 'repo', 'content', 'praktijken', `${id}.mdx`);
    const before = readFileSync(file, 'utf8');
    const email = 'an.peeters@example.org';
    const unsafe = "import fs from 'node:fs'";
    // What the build says about the same change, made in the file.
    const dir = mkdtempSync(join(work, 'v-'));
    cpSync(join(work, 'repo', 'content'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'praktijken', `${id}.mdx`),
      before.replace(/^ {2}rol: (.*)$/m, `  rol: $1\n  email: ${email}`).replace(/\n---\n\n/, `\n---\n\n${unsafe}\n\n`),
    );
    const expected = validateContentTree(dir, dir)
      .problems.filter((p) => p.file === `praktijken/${id}.mdx`)
      .map((p) => p.message);
    expect(expected.length).toBe(2);

    // A page of its own, opened straight on the entry (see the preview test: a hash change alone may keep the open entry).
    const own = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    own.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    try {
      await own.goto(`${base}/admin/#/collections/praktijken/entries/${id}`);
      await own.getByRole('button', { name: 'Inloggen' }).click();
      await own.locator('input[id^="titel-field"]').waitFor({ timeout: 30_000 });
      // The public contact's e-mail (the submitter's own, in the curation block, is another field).
      const contactEmail = contactSchema.shape.email.meta()?.title;
      await own.getByRole('textbox', { name: `${contactEmail} (optioneel)`, exact: true }).fill(email);
      // The body's mode switch (Decap drops its aria-label): the one between "Opgemaakte tekst" and "Markdown".
      await own.getByText('Opgemaakte tekst', { exact: true }).locator('xpath=..').getByRole('switch').click();
      await own.locator('[data-slate-editor="true"]').last().click();
      await own.keyboard.press('ControlOrMeta+Home');
      await own.keyboard.type(`${unsafe}\n\n`);
      // The editor hands its text to the entry a moment later (on a loaded CI machine, after the click on
      // "Publiceer"): save only once the preview, which renders the entry, shows both edits.
      const previewText = () =>
        own
          .frameLocator('iframe#preview-pane')
          .locator('body')
          .innerText({ timeout: 1_000 })
          .catch(() => '');
      await expect.poll(previewText, { timeout: 20_000 }).toContain(unsafe);
      await expect
        .poll(() => own.getByRole('textbox', { name: `${contactEmail} (optioneel)`, exact: true }).inputValue())
        .toBe(email);
      await own.getByRole('button', { name: 'Publiceer' }).first().click();
      await own.getByText('Publiceer nu').click();
      const panel = own.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
      await panel.waitFor({ timeout: 20_000 });
      expect(await panel.getByRole('heading').innerText()).toBe('Niet opgeslagen: 2 problemen om op te lossen');
      expect((await panel.getByRole('listitem').allInnerTexts()).sort()).toEqual([...expected].sort());
      // Decap's own toast carries the same messages, without "Error:" or a stack trace.
      const toast = (
        await own
          .getByText(/^Kan item niet opslaan: /)
          .first()
          .innerText({ timeout: 10_000 })
      ).trim();
      for (const message of expected) expect(toast).toContain(message);
      expect(toast).not.toMatch(/Error:|at \S+ \(/);
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 3_000 }).toBe(before);
      expect(await own.getByText(/^Item (opgeslagen|gepubliceerd)$/).count()).toBe(0);
    } finally {
      await own.close();
    }
    // A valid entry saves through the same check: the tests above edit and create practices with it in place.
    expect(violations).toEqual([]);
  }, 120_000);
});

/**
 * Issue #19, stable files: the committed content is in the serialisation Decap writes
 * (npm run format:content). Decap offers no save for an entry edited back to what it was, so each
 * entry is saved twice: with an edited field (the file then differs only where cms/format.ts says,
 * which proves the rest of the file is in Decap's bytes), and with the edit undone (the file is
 * byte-identical to the committed one). Each entry in a page of its own (Decap keeps the open entry
 * when only the hash changes).
 */
describe('Decap CMS: a field edited and edited back leaves the file byte-identical', () => {
  const publish = async (own: Page, file: string) => {
    const mtime = statSync(file).mtimeMs;
    await own.getByRole('button', { name: 'Publiceer' }).first().click();
    await own.getByText('Publiceer nu').click();
    // decap-server rewrote the file (its time changed); give it a moment to finish writing.
    await expect.poll(() => statSync(file).mtimeMs, { timeout: 30_000 }).toBeGreaterThan(mtime);
    await own.waitForTimeout(500);
    return readFileSync(file, 'utf8');
  };
  /** Opens the entry in a fresh page (so Decap compares with what is saved now) and edits one field. */
  const saveWith = async (url: string, file: string, open: (own: Page) => Promise<Locator>, value?: string) => {
    const own = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await own.goto(`${base}/admin/#/collections/${url}`);
      await own.getByRole('button', { name: 'Inloggen' }).click();
      const input = await open(own);
      const original = await input.inputValue();
      expect(original.length).toBeGreaterThan(0);
      const next = value ?? `${original} (bewerkt in de browsertest)`;
      // Relation fields load their options after the form is shown and can re-render it: retry the typing.
      await vi.waitFor(
        async () => {
          await input.fill(next);
          expect(await input.inputValue()).toBe(next);
        },
        { timeout: 20_000, interval: 500 },
      );
      return { original, next, text: await publish(own, file) };
    } finally {
      await own.close();
    }
  };
  const editAndUndo = async (
    url: string,
    relFile: string,
    open: (own: Page) => Promise<Locator>,
    edited: (data: Record<string, unknown>, value: string) => Record<string, unknown>,
  ) => {
    const file = join(work, 'repo', 'content', relFile);
    const before = readFileSync(file, 'utf8');
    const edit = await saveWith(url, file, open);
    // Only the edited field differs, exactly as cms/format.ts writes it: the rest is in Decap's bytes.
    expect(edit.text).toBe(
      serialiseFor(`content/${relFile}`, edited(parseFor(`content/${relFile}`, before), edit.next)),
    );
    // Decap offers no save while the form equals the entry it loaded, so the undo is a second visit.
    const undo = await saveWith(url, file, open, edit.original);
    expect(undo.text).toBe(before);
    expect(readFileSync(file).equals(Buffer.from(before, 'utf8'))).toBe(true);
  };
  const byId = (id: string) => async (own: Page) => {
    const input = own.locator(`input[id^="${id}-field"]`).first();
    await input.waitFor({ timeout: 30_000 });
    return input;
  };
  const topLevel = (field: string) => (data: Record<string, unknown>, value: string) => ({ ...data, [field]: value });

  it.each([
    [
      'a practice with a body, a component and lists',
      'praktijken',
      'canada-private-sponsorship',
      'praktijken/canada-private-sponsorship.mdx',
      'titel',
    ],
    ['an action with KPIs per project year', 'acties', 'plan-samenleven-2', 'acties/plan-samenleven-2.yaml', 'titel'],
    ['an indicator', 'indicatoren', 'buurtactiviteiten', 'indicatoren/buurtactiviteiten.yaml', 'naam'],
  ])(
    '%s',
    (_, collection, entry, relFile, field) =>
      editAndUndo(`${collection}/entries/${entry}`, relFile, byId(field), topLevel(field)),
    120_000,
  );

  it('a taxonomy kept as one list file (the themes)', async () => {
    await editAndUndo(
      'themas/entries/themas',
      'taxonomieen/themas.yaml',
      async (own) => {
        // List items start collapsed: open the first theme (the chevron of its item) to reach its label.
        const input = own.locator('input[id^="label-field"]').first();
        await input.waitFor({ state: 'attached', timeout: 30_000 });
        await input.locator('xpath=ancestor::*[./div/button][1]/div/button').first().click();
        await input.waitFor({ timeout: 30_000 });
        return input;
      },
      (data, value) => {
        const [first, ...rest] = data.themas as Record<string, unknown>[];
        return { ...data, themas: [{ ...first, label: value }, ...rest] };
      },
    );
  }, 120_000);
});
