/** The integration scan as an official of Sint-Niklaas uses it, in Chromium. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';
import { formatIndicatorValue } from '../../src/lib/scan/format.ts';
import { flandersSeries } from '../../src/lib/scan/indicators.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const rows = JSON.parse(readFileSync('content/indicatorwaarden/herkomst-niet-eu.json', 'utf8')).rijen;
const own = rows.filter((r: any) => r.nis === '46021').sort((a: any, b: any) => a.jaar - b.jaar);
const latest = own.at(-1);

describe('integration scan', () => {
  it.each(['/gemeenten/', '/gemeenten/46021/', '/gemeenten/46030/', '/indicatoren/', '/indicatoren/herkomst-niet-eu/', '/indicatoren/samenleven-goed/', '/gemeenten/over-de-data/'])('%s has no WCAG 2.1 AA violations', async (path) => {
    const page = await openPage(browser);
    expect((await page.goto(url(path)))?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('Sint-Niklaas sees its non-EU share next to Flanders and its trend since 2014', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    const row = page.locator('tr', { has: page.locator('a[href="/indicatoren/herkomst-niet-eu/"]') });
    const cells = await row.locator('td').allInnerTexts();
    const flanders = flandersSeries(rows).find((p) => p.jaar === latest.jaar)!;
    expect(cells[0]).toBe(String(latest.jaar));
    expect(cells[1]).toBe(formatIndicatorValue(latest.waarde, '%'));
    expect(cells[2]).toBe(formatIndicatorValue(flanders.waarde, '%'));
    const trend = await row.locator('.spark .visually-hidden').innerText();
    expect(trend).toContain(`in ${own[0].jaar}`);
    expect(own[0].jaar).toBe(2014);
    await page.close();
  });

  it('leads from a weak indicator to practices, and prints as a clean report', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46021/'));
    const links = await page.locator('h2:has-text("Inspiratie op maat") + div ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h!.startsWith('/praktijken/'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('compares municipalities side by side, from the URL', async () => {
    const page = await openPage(browser);
    await page.goto(url('/vergelijk/?g=46021&g=44021&g=11002'));
    await page.waitForSelector('#vergelijk-tabel table');
    const headers = await page.locator('#vergelijk-tabel thead th').allInnerTexts();
    expect(headers).toEqual(['Indicator', 'Sint-Niklaas', 'Gent', 'Antwerpen']);
    const row = page.locator('#vergelijk-tabel tr', { has: page.locator('a[href="/indicatoren/herkomst-niet-eu/"]') });
    expect((await row.locator('td').first().innerText())).toBe(`${formatIndicatorValue(latest.waarde, '%')} (${latest.jaar})`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a merged municipality lists its former municipalities', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/46030/'));
    const lede = await page.locator('.lede').innerText();
    for (const name of ['Beveren', 'Kruibeke', 'Zwijndrecht']) expect(lede).toContain(name);
    await page.close();
  });
});
