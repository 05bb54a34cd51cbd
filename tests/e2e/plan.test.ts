/** The Plan Samenleven tracker as a citizen uses it, in Chromium: the figures come from the content files. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';
import { formatEuro, formatNumber } from '../../src/lib/shared/text.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const yamlOf = (file: string) => parse(readFileSync(`content/${file}.yaml`, 'utf8'));
const action = (n: number) => yamlOf(`acties/plan-samenleven-${n}`);
const text = async (page: Page, selector = 'main') => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

describe('plan tracker', () => {
  const pages = [
    '/plan/',
    '/plan/plan-samenleven/',
    '/plan/doelen/plan-samenleven-5/',
    '/plan/acties/plan-samenleven-5/',
    '/plan/acties/plan-samenleven-9/',
    '/plan/acties/plan-samenleven-1/',
    '/plan/recent/',
    '/data/plan/',
  ];
  it.each(pages.flatMap((path) => [390, 1280].map((width) => [path, width] as const)))(
    '%s at %i px has no WCAG 2.1 AA violations',
    async (path, width) => {
      const page = await openPage(browser, { viewport: { width, height: 900 } });
      const response = await page.goto(url(path));
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('the plan shows 24 actions under 7 goals, and says in words which have no published figures', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/plan-samenleven/'));
    expect(await page.locator('table[id^="acties-"] tbody tr').count()).toBe(24);
    const goalRows = page.locator('table:has(caption:text("Doelen van")) tbody tr');
    expect(await goalRows.count()).toBe(7);
    const counts = await goalRows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[1].textContent)),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
    const main = await text(page);
    expect(main).toMatch(/Geen gepubliceerde cijfers .* voor 18 acties: actie 6, 7, 8/);
    expect(main).not.toMatch(/(^|\s)0 ?%/);
    expect(main).toContain('173 %');
    await page.close();
  });

  it.each([5, 2])(
    'action %i shows budget, local governments, committed and achieved for each project year, with the source',
    async (n) => {
      const a = action(n);
      const page = await openPage(browser);
      await page.goto(url(`/plan/acties/plan-samenleven-${n}/`));
      expect(await page.locator('h1').textContent()).toBe(`Actie ${n}: ${a.titel}`);
      const rows = page.locator('table:has(caption:text("per projectjaar")) tbody tr');
      expect(await rows.count()).toBe(3);
      for (const [i, year] of a.jaren.entries()) {
        const row = (await rows.nth(i).innerText()).replace(/\s+/g, ' ');
        expect(row).toContain(formatEuro(year.budget).replace(/\s/g, ' '));
        expect(row).toContain(formatNumber(year.lokaleBesturen));
        expect(row).toContain(formatNumber(year.kpiToegezegd));
        expect(row).toContain(year.bron.titel);
        if (year.kpiBehaald !== undefined) expect(row).toContain(formatNumber(year.kpiBehaald));
        // Year 3's achieved figure is announced for the final report: said in words, never as 0.
        else {
          expect(row).toMatch(/nog niet opgenomen/);
          expect(row).not.toMatch(/\s0\s/);
        }
      }
      expect(await page.locator('svg.chart').count()).toBe(1);
      await page.close();
    },
  );

  it('an action without published figures says so in words, and one funded elsewhere names that', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/acties/plan-samenleven-6/'));
    let main = await text(page);
    expect(main).toContain('nummer afgeleid uit de volgorde van het aanvraagformulier');
    expect(main).toMatch(/geen cijfers per projectjaar/i);
    expect(await page.locator('svg.chart').count()).toBe(0);
    await page.goto(url('/plan/acties/plan-samenleven-1/'));
    main = await text(page);
    expect(main).toContain('andere instrumenten of oproepen');
    await page.close();
  });

  it('a citizen follows a named municipality from an action to its page, which names the action and the source', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/acties/plan-samenleven-7/'));
    await page.locator('.participants a', { hasText: 'Leuven' }).click();
    await page.waitForURL(/\/gemeenten\/24062\/$/);
    const block = await text(page, 'main');
    expect(block).toContain('Actie 7: Begeleiding naar hogere studies');
    expect(block).toContain('Bron: Vlaamse overheid, Plan Samenleven: actiepagina actie 7');
    await page.close();
  });

  it('at 390 px a wide table scrolls inside a named box that takes keyboard focus', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(url('/plan/acties/plan-samenleven-5/'));
    const box = page.locator('.table-wrap[role="region"]', {
      has: page.locator('caption', { hasText: 'per projectjaar' }),
    });
    expect(await box.getAttribute('aria-label')).toMatch(/per projectjaar/);
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Arrow keys scroll smoothly: the position grows over a few frames, so poll instead of reading once.
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('a goal page does not repeat its own goal in a column', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/doelen/plan-samenleven-5/'));
    const headers = await page.locator('table[id^="acties-"] thead th').allTextContents();
    expect(headers).not.toContain('Doel');
    expect(await page.locator('table[id^="acties-"] tbody tr').count()).toBe(4);
    await page.close();
  });

  it('filters the action table by goal in place and keeps it in the URL', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/beleidsnota-2019-2024/'));
    const rows = page.locator('table[id^="acties-"] tbody tr');
    const total = await rows.count();
    await page.selectOption('select[name="doel"]', 'beleidsnota-2019-2024-2');
    const visible = await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length);
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    expect(page.url()).toContain('doel=beleidsnota-2019-2024-2');
    await page.reload();
    expect(await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length)).toBe(visible);
    await page.close();
  });

  it('lists every action without JavaScript', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/plan/plan-samenleven/'));
    expect(await page.locator('form.plan-filters').isVisible()).toBe(false);
    const ids = await page
      .locator('table[id^="acties-"] tbody tr th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(ids).toHaveLength(24);
    expect(ids).toContain('/plan/acties/plan-samenleven-5/');
    await page.close();
  });
});
