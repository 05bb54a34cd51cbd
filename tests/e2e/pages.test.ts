/**
 * Every page type of the built site, in every view a visitor uses: axe (WCAG 2.1 A and AA) at 320, 390 and
 * 1280 px, no sideways scrolling at 320 px, every control and scrolling box reachable by keyboard, a usable
 * layout without JavaScript, and the print view. The pages come from the build (tools/route-inventory.ts:
 * the first, the largest and a typical page of each src/pages route), so a new page type is checked the
 * day it is added.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch, url, axeViolations } from './support/browser.ts';
import {
  WIDTHS,
  PRINT_WIDTH,
  load,
  pageOverflow,
  keyboardGaps,
  layoutMetrics,
  layoutProblems,
  contentProblems,
  printProblems,
} from './support/page-checks.ts';
import { readRouteInventory, routeOfPageFile } from '../../tools/route-inventory.ts';
import { filesUnder } from '../../src/lib/shared/files.ts';

/** HTML in dist/ that is not a page of the site: the Decap CMS app, a third-party JavaScript application (tests/e2e/cms.test.ts). */
const NOT_SITE_PAGES = new Set(['/admin/']);

const inventory = readRouteInventory('.').filter((group) => !NOT_SITE_PAGES.has(group.pattern));
const samples = inventory.flatMap((group) => group.samples.map((sample) => ({ ...sample, route: group.pattern })));
const CHECKS = ['axe 320', 'axe 390', 'axe 1280', 'keyboard', 'without JavaScript', 'print'] as const;
type Check = (typeof CHECKS)[number];
const cases = samples.flatMap((sample) =>
  CHECKS.map((check) => ({
    ...sample,
    check,
    name: `${sample.url} (${sample.route}, ${sample.reasons.join('+')}): ${check}`,
  })),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** One context per check, all in the shared browser; the context closes whatever the check throws. */
async function inContext<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const viewport = (width: number) => ({ viewport: { width, height: 800 } });

const RUN: Record<Check, (href: string) => Promise<string[]>> = {
  'axe 320': (href) => axeAt(320, href),
  'axe 390': (href) => axeAt(390, href),
  'axe 1280': (href) => axeAt(1280, href),
  keyboard: (href) =>
    inContext(viewport(WIDTHS[0]), async (page) => {
      await load(page, href);
      return keyboardGaps(page);
    }),
  'without JavaScript': async (href) => {
    const problems: string[] = [];
    for (const width of [WIDTHS[1], WIDTHS[2]]) {
      const withScript = await inContext(
        viewport(width),
        async (page) => (await load(page, href), layoutMetrics(page)),
      );
      const found = await inContext({ ...viewport(width), javaScriptEnabled: false }, async (page) => {
        await load(page, href);
        return [
          ...(await contentProblems(page)),
          ...(await pageOverflow(page)),
          ...layoutProblems(withScript, await layoutMetrics(page)),
        ];
      });
      problems.push(...found.map((p) => `${width} px: ${p}`));
    }
    return problems;
  },
  print: (href) =>
    inContext(viewport(PRINT_WIDTH), async (page) => {
      await load(page, href);
      const screenText = await page.evaluate(() => document.querySelector('main')!.innerText.trim().length);
      await page.emulateMedia({ media: 'print' });
      return printProblems(page, screenText);
    }),
};

/** axe at one width; at 320 px also the reflow check (WCAG 1.4.10). */
function axeAt(width: number, href: string): Promise<string[]> {
  return inContext(viewport(width), async (page) => {
    await load(page, href);
    const problems = await axeViolations(page);
    if (width === WIDTHS[0]) problems.push(...(await pageOverflow(page)));
    return problems;
  });
}

describe('route inventory of the build', () => {
  it('finds a built page for every page route in src/pages, and samples each', () => {
    const routes = filesUnder('src/pages')
      .map(routeOfPageFile)
      .filter((route) => route !== null);
    expect(inventory.map((group) => group.pattern)).toEqual(
      expect.arrayContaining(routes.map((route) => route.pattern)),
    );
    for (const group of inventory) expect(group.samples.length, group.pattern).toBeGreaterThan(0);
  });
});

describe.concurrent('every page type', () => {
  it.each(cases)(
    '$name',
    async ({ url: path, check }) => {
      expect(await RUN[check](url(path))).toEqual([]);
    },
    120_000,
  );
});
