/** The integration scan as an official of Sint-Niklaas uses it, in Chromium. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';
import { formatIndicatorValue } from '../../src/lib/scan/format.ts';
import { SURVEY_MARGIN } from '../../src/lib/scan/spots.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const valuesFile = JSON.parse(readFileSync('content/indicatorwaarden/herkomst-niet-eu.json', 'utf8'));
const own = valuesFile.rijen.filter((r: any) => r.nis === '46021').sort((a: any, b: any) => a.jaar - b.jaar);
const latest = own.at(-1);
const exact = (r: { teller: number; noemer: number }) => (100 * r.teller) / r.noemer;
const number = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));

describe('integration scan', () => {
  it.each([
    '/gemeenten/',
    '/gemeenten/46021/',
    '/gemeenten/46030/',
    '/gemeenten/73028/',
    '/indicatoren/',
    '/indicatoren/herkomst-niet-eu/',
    '/indicatoren/samenleven-goed/',
    '/gemeenten/over-de-data/',
    '/data/scan/',
  ])('%s has no WCAG 2.1 AA violations', async (path) => {
    const page = await openPage(browser);
    expect((await page.goto(url(path)))?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('Sint-Niklaas sees its non-EU share next to Flanders (summed from counts) and a Flemish value or a plain sentence in every row', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    const row = page.locator('table.report tr', { has: page.locator('a[href="/indicatoren/herkomst-niet-eu/"]') });
    const cells = await row.locator('td').allInnerTexts();
    const flanders = valuesFile.vlaanderen.find((p: any) => p.jaar === latest.jaar);
    expect(cells[0]).toBe(String(latest.jaar));
    expect(cells[1]).toBe(formatIndicatorValue(exact(latest), '%'));
    expect(cells[2].split('\n')[0]).toBe(formatIndicatorValue((flanders.teller * 100) / flanders.noemer, '%'));
    const flandersCells = await page.locator('table.report tbody tr td:nth-child(3)').allInnerTexts();
    expect(flandersCells.length).toBeGreaterThanOrEqual(40);
    for (const text of flandersCells) expect(text).toMatch(/\d|Vlaamse waarde niet/);
    expect(await page.locator('body').innerText()).not.toContain('niet uit aantallen te berekenen');
    await page.close();
  });

  it('weak spots are real differences of scores, stated with the rule', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    const items = await page.locator('h3:has-text("Zwakste punten") + ol li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const gap = /([\d,]+) procentpunt (hoger|lager) dan gelijkaardige gemeenten/.exec(item);
      expect(gap, item).not.toBeNull();
      // All of Sint-Niklaas's weak spots come from the survey: each gap exceeds its margin.
      expect(number(gap![1]), item).toBeGreaterThan(SURVEY_MARGIN);
      expect(item).not.toMatch(/werkzoekendengraad/i);
    }
    expect(await page.locator('.summary').innerText()).toContain('Een verschil telt pas als');
    await page.close();
  });

  it('opens the years of "werkzoekenden van niet-EU-herkomst" as a table with Flanders and the group, and the data dates', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    const details = page.locator('details', {
      has: page.locator('summary', { hasText: /^Werkzoekenden van niet-EU-herkomst$/ }),
    });
    await details.locator('summary').click();
    const rows = await details.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows[0]).toMatch(/^2024\s+[\d,]+ %\s+[\d,]+ %\s+[\d,]+ %/);
    expect(await details.innerText()).toMatch(/Volgende update:/);
    await page.close();
  });

  it('finds Sint-Niklaas on the map: marked on its own page, outlined by link on the indicator map, regions link to their pages, legend in HTML', async () => {
    const page = await openPage(browser, { viewport: { width: 320, height: 800 } });
    await page.goto(url('/gemeenten/46021/'));
    expect(await page.locator('.locator svg path[fill="#0b5563"]').count()).toBe(1);
    await page.goto(url('/indicatoren/herkomst-niet-eu/#kaart-46021'));
    const path = page.locator('#kaart-46021');
    expect(await path.evaluate((p) => getComputedStyle(p).strokeWidth)).toBe('2.5px');
    expect(await page.locator('.map a[href="/gemeenten/46021/"] path#kaart-46021').count()).toBe(1);
    const legendSize = await page
      .locator('.legend li')
      .first()
      .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(legendSize).toBeGreaterThanOrEqual(12);
    expect(await page.locator('.legend li').count()).toBe(6);
    expect(await page.locator('table caption', { hasText: 'per gemeente' }).count()).toBe(1);
    await page.close();
  });

  it('prints a report whose first page summarises, then the tables', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.summary').evaluate((s) => getComputedStyle(s).breakAfter)).toBe('page');
    expect(await page.locator('.summary').innerText()).toMatch(
      /82\.661 inwoners[\s\S]*Sterkste punten[\s\S]*Zwakste punten/,
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('downloads open in Excel (nl-BE): BOM, semicolons, decimal commas, hidden values empty with the reason', async () => {
    const page = await openPage(browser);
    const response = await page.request.get(url('/gemeenten/46021.csv'));
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    const [header, ...lines] = text.split('\r\n');
    expect(header.split(';')).toContain('vlaanderen');
    const row = lines.find((l) => l.startsWith('herkomst-niet-eu;') && l.includes(`;${latest.jaar};`))!;
    expect(row).toContain(`;${formatIndicatorValue(exact(latest), '%').replace(' %', '')};`);
    const herstappe = (await (await page.request.get(url('/gemeenten/73028.csv'))).body()).toString('utf8');
    expect(herstappe).toContain('verborgen: steunt op minder dan 10 mensen');
    const perIndicator = (
      await (await page.request.get(url('/indicatoren/werkzoekenden-niet-eu-herkomst.csv'))).body()
    ).toString('utf8');
    expect(perIndicator.startsWith('\uFEFFgebied_nis;gebied;indeling;jaar;waarde')).toBe(true);
    await page.close();
  });

  it('Herstappe shows no figure that rests on fewer than 10 people', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/73028/'));
    for (const code of ['werkzoekendengraad', 'nieuwkomers-per-1000', 'herkomst-niet-eu', 'thuistaal-basisonderwijs']) {
      const cell = page
        .locator('table.report tr', { has: page.locator(`a[href="/indicatoren/${code}/"]`) })
        .locator('td')
        .nth(1);
      expect(await cell.innerText(), code).toMatch(/^verborgen/);
    }
    await page.goto(url('/indicatoren/werkzoekendengraad/'));
    const herstappe = page.locator('tr#rij-73028 td');
    expect(await herstappe.allInnerTexts()).toEqual(['–', 'verborgen']);
    await page.close();
  });

  it('a merged municipality names its former parts, and not itself among them', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46030/'));
    const lede = await page.locator('.lede').innerText();
    expect(lede).toContain('uit de fusie van Beveren, Kruibeke en Zwijndrecht.');
    expect(lede.split('fusie van')[1]).not.toContain('Beveren-Kruibeke-Zwijndrecht');
    await page.close();
  });

  it('compares municipalities side by side with Flanders, each value with its year', async () => {
    const page = await openPage(browser);
    await page.goto(url('/vergelijk/?g=46021&g=44021&g=11002'));
    await page.waitForSelector('#vergelijk-tabel table');
    const headers = await page.locator('#vergelijk-tabel thead th').allInnerTexts();
    expect(headers).toEqual(['Indicator', 'Sint-Niklaas', 'Gent', 'Antwerpen', 'Vlaanderen']);
    const row = page.locator('#vergelijk-tabel tr', { has: page.locator('a[href="/indicatoren/herkomst-niet-eu/"]') });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe(`${formatIndicatorValue(exact(latest), '%')} (${latest.jaar})`);
    expect(cells[3]).toMatch(new RegExp(`\\(${latest.jaar}\\)$`));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('tables that scroll sideways on a phone are focusable regions with a name', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(url('/gemeenten/46021/'));
    const wrappers = page.locator('main .table-wrap');
    expect(await wrappers.count()).toBeGreaterThan(3);
    for (const w of await wrappers.all()) {
      expect(await w.getAttribute('tabindex')).toBe('0');
      expect(await w.getAttribute('role')).toBe('region');
      expect(await w.getAttribute('aria-label')).toBeTruthy();
    }
    await page.close();
  });
});
