/** The page frame in Chromium: accessibility, keyboard use, and the header search without JavaScript. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('page frame', () => {
  it.each(['/', '/over/', '/bestaat-niet/'])('%s has no WCAG 2.1 AA violations', async (path) => {
    const page = await openPage(browser);
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard: skip link first, then header links and the search box', async () => {
    const page = await openPage(browser);
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    await page.goto(url('/'));
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('href') ?? el?.getAttribute('name') ?? el?.tagName ?? '';
      }));
    }
    expect(reached).toEqual(expect.arrayContaining(['/', 'q', '/praktijken/', '/plan/', '/gemeenten/', '/over/']));
    const visibleFocus = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(visibleFocus).not.toBe('none');
    await page.close();
  });

  it('submits the header search as a plain GET form, also without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/over/'));
    await page.fill('#site-search-q', 'taalcafé');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('taalcafé');
    await context.close();
  });

  // One page of each type; wide data tables scroll inside their own box (WCAG 1.4.10 allows that).
  it.each(['/', '/praktijken/', '/praktijken/aalst-babbelonie/', '/plan/plan-samenleven/', '/plan/acties/plan-samenleven-5/', '/gemeenten/46021/', '/indicatoren/herkomst-niet-eu/', '/vergelijk/', '/zoeken/?q=taal', '/data/'])(
    'reflows %s to 320 px without horizontal scrolling of the page',
    async (path) => {
      const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});
