/** The Plan Samenleven tracker as a citizen uses it, in Chromium. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';
import { formatNumber } from '../../src/lib/shared/text.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const action5 = parse(readFileSync('content/acties/plan-samenleven-5.yaml', 'utf8'));

describe('plan tracker', () => {
  it.each(['/plan/', '/plan/plan-samenleven/', '/plan/acties/plan-samenleven-5/', '/plan/doelen/plan-samenleven-2/', '/plan/recent/', '/data/plan/'])('%s has no WCAG 2.1 AA violations', async (path) => {
    const page = await openPage(browser);
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('action 5 shows its status in words, its yearly KPIs from the content, and its history', async () => {
    const page = await openPage(browser);
    await page.goto(url('/plan/acties/plan-samenleven-5/'));
    expect(await page.locator('h1').textContent()).toBe(`Actie 5: ${action5.titel}`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const year = action5.jaren[0];
    expect(text).toContain(formatNumber(year.kpiToegezegd));
    expect(text).toContain(formatNumber(year.kpiBehaald));
    expect(await page.locator('.timeline li').count()).toBe(action5.mijlpalen.length);
    expect(text).toMatch(/Status: (Gepland|Lopend|Gerealiseerd|Bijgestuurd|Stopgezet|Niet gerapporteerd)/);
    await page.close();
  });

  it('filters the action table by status in place and keeps it in the URL', async () => {
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
    const ids = await page.locator('table[id^="acties-"] tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(ids).toContain('/plan/acties/plan-samenleven-5/');
    await page.close();
  });
});
