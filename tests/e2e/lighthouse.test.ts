/**
 * Lighthouse (mobile, simulated throttling) on the home, practice, action, municipality, indicator
 * and search pages of the built real site, served locally; no network needed. Scores required:
 * performance >= 98, accessibility, best practices and SEO 100. Pages are chosen by URL pattern from
 * dist/; a page type without pages fails. One Chromium for all six audits, run one after another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, url } from './support/browser.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const urls = walk('dist')
  .map((f) => relative('dist', f))
  .filter((f) => f.endsWith('index.html') && !f.startsWith('admin/'))
  .map((f) => '/' + f.replace(/index\.html$/, ''))
  .sort();
const first = (re: RegExp) => urls.find((u) => re.test(u));
const PAGES: [string, string | undefined][] = [
  ['home', first(/^\/$/)],
  ['practice', first(/^\/praktijken\/(?!provincie\/)[^/]+\/$/)],
  ['action', first(/^\/plan\/acties\/[^/]+\/$/)],
  ['municipality', first(/^\/gemeenten\/\d{5}\/$/)],
  ['indicator', first(/^\/indicatoren\/[^/]+\/$/)],
  ['search', first(/^\/zoeken\/$/)],
];
const REQUIRED: Record<string, number> = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 };

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
}, 60_000);
afterAll(() => {
  chrome?.kill();
});

describe('Lighthouse (mobile)', () => {
  for (const [name, path] of PAGES) {
    it(`${name} page ${path ?? '(none found)'} meets the scores`, async () => {
      expect(path, `no ${name} page in dist/`).toBeDefined();
      const result = await lighthouse(url(path!), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: Object.keys(REQUIRED),
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(Object.keys(REQUIRED).map((c) => [c, lhr.categories[c]?.score ?? 0]));
      // Failing audits of each category below its required score, named for a readable failure.
      const failing = Object.entries(REQUIRED)
        .filter(([c, min]) => (scores[c] ?? 0) < min)
        .flatMap(([c]) =>
          lhr.categories[c].auditRefs
            .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
            .map((r) => `${c}: ${r.id} (${lhr.audits[r.id].score}) ${lhr.audits[r.id].displayValue ?? ''}`),
        );
      const bytes = lhr.audits['total-byte-weight']?.numericValue;
      console.log(`${name} ${path}: ${JSON.stringify(scores)}, ${bytes} bytes transferred`);
      expect({ scores, failing }).toEqual({
        scores: Object.fromEntries(
          Object.entries(scores).map(([c, s]) => [c, s >= REQUIRED[c] ? s : `>= ${REQUIRED[c]}`]),
        ),
        failing: [],
      });
    }, 90_000);
  }
});
