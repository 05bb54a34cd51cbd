/**
 * Hostile content end to end.
 * 1. A practice whose body carries script, an import of a Node module and code expressions stops
 *    the real build: the guard names the file and every offending line, nothing in the content tree
 *    changes, no page is written and none of the code runs on the build machine.
 * 2. Markup typed into frontmatter strings (titles, summaries, partners, sources, a theme label) and
 *    escaped markup in a body is built into a fixture site and opened in Chromium on every page:
 *    no dialog opens, no injected element or event handler exists, and the strings show as text.
 *    The site is served WITHOUT its CSP here, so escaping alone is tested (the CSP is a second layer,
 *    checked in security.test.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildSite } from '../support/build.ts';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import { parse, stringify } from 'yaml';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../support/fixture.ts';

const PRACTICE = 'praktijken/taalcafe-fixture.mdx';

const build = (work: string) => buildSite(join(work, 'content'), work);

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const treeHash = (dir: string) =>
  walk(dir)
    .sort()
    .map((f) => `${relative(dir, f)} ${statSync(f).size} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`)
    .join('\n');

/** A fresh copy of the fixture content inside the project (Astro keeps its scratch files per test). */
function workspace(): string {
  mkdirSync('.cache', { recursive: true });
  const work = mkdtempSync(join('.cache', 'hostile-'));
  cpSync(FIXTURE, join(work, 'content'), { recursive: true });
  return work;
}

function editFrontmatter(file: string, change: (d: any) => void, body?: (b: string) => string) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const data = parse(m[1]);
  change(data);
  writeFileSync(file, `---\n${stringify(data)}---\n${body ? body(m[2]) : m[2]}`);
}

describe('the build refuses a hostile practice', () => {
  it('names the file and each offending line, runs none of the code and changes nothing', () => {
    const work = workspace();
    const marker = join(tmpdir(), `kb-hostile-ran-${process.pid}-${Date.now()}`);
    try {
      const file = join(work, 'content', PRACTICE);
      const hostileLines = [
        `import { writeFileSync } from 'node:fs'`,
        `export const ran = writeFileSync(${JSON.stringify(marker)}, 'esm')`,
        `{require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'expression')}`,
        '<script>alert(document.cookie)</script>',
        '<img src="x" onerror="alert(1)" />',
        '[klik](javascript:alert(1))',
      ];
      // Blank lines between them: each becomes its own paragraph / ESM block.
      writeFileSync(file, readFileSync(file, 'utf8') + '\n' + hostileLines.join('\n\n') + '\n');
      const before = treeHash(join(work, 'content'));
      const lines = readFileSync(file, 'utf8').split('\n');

      const result = build(work);
      const out = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      for (const hostile of hostileLines) {
        const line = lines.indexOf(hostile) + 1;
        expect(line).toBeGreaterThan(0);
        expect(out, hostile).toMatch(new RegExp(`taalcafe-fixture\\.mdx:${line} — body`));
      }
      // The message says what is allowed.
      expect(out).toContain('Toegestane componenten: Kader, Citaat, Cijfer');
      expect(existsSync(marker), 'hostile code ran during the build').toBe(false);
      expect(existsSync(join(work, 'dist/index.html'))).toBe(false);
      expect(treeHash(join(work, 'content'))).toBe(before);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(marker, { force: true });
    }
  }, 120_000);
});

/** Strings a curator might paste: each must reach the page as visible text, never as markup. */
const TRICKY = {
  titel: '<img src=x onerror=alert(1)> Taalcafé',
  samenvatting: '"><script>alert(2)</script><svg onload=alert(3)> Samen Nederlands oefenen.',
  partner: "</title><script>alert(4)</script>' onmouseover='alert(5)",
  resultaat: '<iframe src="javascript:alert(6)"></iframe> 40 deelnemers',
  organisatie: '<a href="javascript:alert(7)">Stad Sint-Niklaas</a>',
  bron: '</script><script>alert(8)</script> Jaarverslag',
  sectie: "{{constructor.constructor('alert(9)')()}} ${alert(10)}",
  thema: '<svg/onload=alert(11)>Taal',
};

describe('frontmatter strings are rendered escaped (Chromium)', () => {
  let work: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    work = workspace();
    const content = join(work, 'content');
    editFrontmatter(
      join(content, PRACTICE),
      (d) => {
        d.titel = TRICKY.titel;
        d.samenvatting = TRICKY.samenvatting;
        d.partners = [TRICKY.partner];
        d.resultaten = [{ tekst: TRICKY.resultaat, datum: '2024' }];
        d.contact.organisatie = TRICKY.organisatie;
        d.bronnen[0].titel = TRICKY.bron;
        d.bronnen[0].sectie = TRICKY.sectie;
      },
      (body) =>
        `${body}\nEscaped in de tekst: \\<script>alert(12)\\</script> en als code: \`<img src=x onerror=alert(13)>\`.\n\n\`\`\`html\n<script>alert(14)</script>\n\`\`\`\n`,
    );
    const themes = join(content, 'taxonomieen/themas.yaml');
    writeFileSync(
      themes,
      readFileSync(themes, 'utf8').replace('label: Taal\n', `label: ${JSON.stringify(TRICKY.thema)}\n`),
    );

    const result = build(work);
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
    // Without the CSP (header and meta tag): a failure of escaping must show, not be masked by the policy.
    rmSync(join(work, 'dist/_headers'));
    const files = walk(join(work, 'dist')).filter(
      (f) => f.endsWith('.html') && !relative(join(work, 'dist'), f).startsWith('admin'),
    );
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      const stripped = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
      if (stripped === html) throw new Error(`no meta CSP in ${f}`);
      writeFileSync(f, stripped);
    }
    pages = files.map((f) => '/' + relative(join(work, 'dist'), f).replace(/index\.html$/, ''));
    server = await serveStatic(join(work, 'dist'), 0);
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('server did not bind');
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the fixture build has the practice, the lists and the search page', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/praktijken/', '/praktijken/taalcafe-fixture/', '/zoeken/', '/themas/']),
    );
  });

  it('no page runs injected script or carries injected markup', async () => {
    const ran: string[] = [];
    const visit = async (path: string, ready?: (p: import('playwright-core').Page) => Promise<unknown>) => {
      const page = await openPage(browser);
      page.on('dialog', (d) => {
        ran.push(`${path}: dialog "${d.message()}"`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => ran.push(`${path}: error ${e.message}`));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await ready?.(page);
      // Fire mouse and focus events on every element: an injected onmouseover or onfocus handler would run.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
            if (type === 'click' && el.closest('a, button, input, select, summary, label')) continue;
            el.dispatchEvent(
              new (type === 'focus' ? FocusEvent : MouseEvent)(type, {
                bubbles: type !== 'mouseenter' && type !== 'focus',
              }),
            );
          }
        }
      });
      const injected = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes))
            if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
          const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
          if (/^\s*javascript:/i.test(href)) found.push(`${el.tagName} ${href}`);
        }
        for (const s of Array.from(document.scripts))
          if (!s.src && s.type !== 'application/ld+json') found.push(`inline script ${s.textContent?.slice(0, 40)}`);
        for (const f of Array.from(document.querySelectorAll('iframe, object, embed'))) found.push(f.tagName);
        return found;
      });
      ran.push(...injected.map((i) => `${path}: ${i}`));
      const text = await page.locator('body').innerText();
      await page.close();
      return text;
    };

    for (const path of pages) await visit(path);

    const practice = await visit('/praktijken/taalcafe-fixture/');
    for (const [field, value] of Object.entries(TRICKY)) {
      if (field === 'thema') continue;
      // Whitespace may be collapsed in rendering; the characters themselves must be there as text.
      expect(practice.replace(/\s+/g, ' '), field).toContain(value.replace(/\s+/g, ' '));
    }
    expect(practice).toContain('<script>alert(12)</script>');
    expect(practice).toContain('<img src=x onerror=alert(13)>');
    expect(practice).toContain('<script>alert(14)</script>');
    expect(await visit('/themas/')).toContain(TRICKY.thema);

    // The search page renders titles and excerpts from the index with script.
    const search = await visit(`/zoeken/?q=${encodeURIComponent('Taalcafé')}`, (p) =>
      p.waitForFunction(() => document.querySelectorAll('#zoek-resultaten li').length > 0, undefined, {
        timeout: 15_000,
      }),
    );
    expect(search).toContain(TRICKY.titel);

    expect(ran).toEqual([]);
  }, 180_000);

  it('the feed with these strings is well-formed XML for a browser, and its titles read as typed', async () => {
    const page = await openPage(browser);
    await page.goto(`${origin}/`);
    const parsed = await page.evaluate(async () => {
      const xml = await (await fetch('/praktijken/feed.xml')).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        titles: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent),
      };
    });
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.titles).toContain(TRICKY.titel);
  });

  it('the feed and the JSON-LD carry the strings escaped', async () => {
    const feed = readFileSync(join(work, 'dist/praktijken/feed.xml'), 'utf8');
    expect(feed).not.toContain('<img src=x');
    expect(feed).toMatch(/&lt;img src=x onerror=alert\(1\)&gt; Taalcafé/);
    const html = readFileSync(join(work, 'dist/praktijken/taalcafe-fixture/index.html'), 'utf8');
    for (const ld of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(ld[1]).not.toMatch(/<\/?script/i);
      expect(JSON.stringify(JSON.parse(ld[1]))).toContain(JSON.stringify(TRICKY.titel).slice(1, -1));
    }
  });
});
