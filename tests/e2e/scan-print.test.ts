/**
 * The printed municipality report: Chromium prints it to an A4 PDF and the PDF's own text, page by
 * page (unpdf, PDF.js), shows the whole summary on page 1 and nothing of it later, for a large, a
 * middle and a small municipality.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launch, url, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Text without white space or soft hyphens: the PDF breaks lines where the page does. */
const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');

describe('printed report', () => {
  it.each([
    ['11002', 'Antwerpen', '562.002'],
    ['46021', 'Sint-Niklaas', '82.661'],
    ['73028', 'Herstappe', '75'],
  ])('%s (%s): the whole summary is on the first A4 page, the tables after it', async (nis, name, inhabitants) => {
    const page = await openPage(browser);
    await page.goto(url(`/gemeenten/${nis}/`));
    await page.emulateMedia({ media: 'print' });
    // Every block of the summary as printed (print media: links and buttons for the screen are gone).
    const blocks = await page
      .locator('.summary')
      .evaluate((summary) =>
        [...summary.querySelectorAll('h1, h2, h3, p, li')]
          .filter((e) => (e as HTMLElement).offsetParent !== null && !e.querySelector('p, li'))
          .map((e) => ({ spot: e.tagName === 'LI', text: (e as HTMLElement).innerText })),
      );
    const all = blocks.map((b) => b.text).join('\n');
    expect(all).toContain(name);
    expect(all).toContain(`${inhabitants} inwoners`);
    expect(all).toMatch(/Gegevens van \d{4}/);
    expect(all).toMatch(/Sterkste punten[\s\S]*Zwakste punten/);

    const pdf = await page.pdf({ format: 'A4' });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    expect(totalPages).toBeGreaterThan(1);
    const first = squash(text[0]);
    const rest = squash(text.slice(1).join(''));
    for (const block of blocks) {
      expect(first, `page 1 lacks: ${block.text}`).toContain(squash(block.text));
      // A strong or weak spot that ran over would show up again at the top of page 2.
      if (block.spot) expect(rest, `after page 1: ${block.text}`).not.toContain(squash(block.text));
    }
    // Then the report goes on: its tables of every domain follow on the next pages.
    expect(first).not.toContain(squash('Omvang en samenstelling van de bevolking'));
    expect(rest).toContain(squash('Omvang en samenstelling van de bevolking'));
    await page.close();
  });
});
