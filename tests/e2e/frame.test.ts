/**
 * The page frame in Chromium: the skip link and header by keyboard, and the header search without JavaScript.
 * axe, reflow and keyboard reach of every page type are in pages.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('page frame', () => {
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
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.getAttribute('href') ?? el?.getAttribute('name') ?? el?.tagName ?? '';
        }),
      );
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
});
