/**
 * The two parliamentary questions, answered by the site as a member of parliament and a VVSG curator
 * would look: which foreign practices Flanders took over (each with its source), and how complete the
 * inventory is (a municipality without practices, followed to its page). Expected values come from
 * the content files, not from the pages.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';

const ROOT = 'content';
const municipalities: { nis: string; naam: string }[] = JSON.parse(
  readFileSync(join(ROOT, 'gemeenten/gemeenten-2025.json'), 'utf8'),
).gemeenten;
const practices = readdirSync(join(ROOT, 'praktijken'))
  .filter((f) => f.endsWith('.mdx'))
  .map(
    (f) =>
      ({
        id: f.replace(/\.mdx$/, ''),
        ...parse(readFileSync(join(ROOT, 'praktijken', f), 'utf8').split(/^---$/m)[1]),
      }) as any,
  );
const hasPage = (p: any) => ['gepubliceerd', 'gearchiveerd'].includes(p.curatie.status);
const published = practices.filter((p) => p.curatie.status === 'gepubliceerd');
const covered = new Set(published.flatMap((p) => p.gemeenten ?? []));
const without = municipalities.filter((m) => !covered.has(m.nis));
const adopters = practices.filter(
  (p) => hasPage(p) && p.niveau !== 'buitenland' && (p.overgenomenVan ?? []).length > 0,
);
const foreignOrigin = practices.find(
  (p) => p.niveau === 'buitenland' && adopters.some((a) => a.overgenomenVan.some((o: any) => o.praktijk === p.id)),
);
// The submission form comes with the curation work; until its page exists the invitation leads to /over/.
const shareHref = existsSync('src/pages/praktijk-delen') ? '/praktijk-delen/' : '/over/';
const monitors: { naam: string }[] = parse(readFileSync(join(ROOT, 'monitoren/monitoren.yaml'), 'utf8')).monitoren;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('Stand van de inventaris', () => {
  it('the content has municipalities with and without practices, and adoptions to show', () => {
    expect(covered.size).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    expect(foreignOrigin).toBeDefined();
  });

  for (const width of [390, 1280]) {
    it(`states coverage from the content, ships no script and passes axe at ${width} px`, async () => {
      // axe needs JavaScript in the page; the page itself carries none.
      const page = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(url('/inventaris/'));
      await expect(page.locator('main, body').first().textContent()).resolves.toContain(
        `${covered.size} van de ${municipalities.length} Vlaamse gemeenten`,
      );
      expect(await page.locator('#kaart-inventaris-title').count()).toBe(1);
      expect(await page.locator('script').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    });
  }

  it('lets a curator open a province with the keyboard and follow a municipality without practices to its page', async () => {
    const target = without[0];
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/inventaris/'));
    const link = page.locator(`details a[href="/gemeenten/${target.nis}/"]`);
    const details = page.locator('details').filter({ has: page.locator(`a[href="/gemeenten/${target.nis}/"]`) });
    expect(await link.isVisible()).toBe(false);
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await link.isVisible()).toBe(true);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gemeenten/${target.nis}/`);
    const section = page.locator('section[aria-labelledby="praktijken-gemeente"]');
    await expect(section.textContent()).resolves.toContain(`nog geen gepubliceerde praktijk van ${target.naam}`);
    expect(await section.locator(`a[href="${shareHref}"]`).count()).toBe(1);
    await page.close();
  });

  it('a municipality with practices says how many and links to each', async () => {
    const nis = [...covered].find((n) => municipalities.some((m) => m.nis === n))!;
    const own = published.filter((p) => p.gemeenten?.includes(nis));
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(`/gemeenten/${nis}/`));
    const section = page.locator('section[aria-labelledby="praktijken-gemeente"]');
    const hrefs = await section.locator('ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
    expect(hrefs).toEqual(own.map((p) => `/praktijken/${p.id}/`).sort());
    await expect(section.textContent()).resolves.toContain(
      own.length === 1 ? 'één gepubliceerde praktijk' : `${own.length} gepubliceerde praktijken`,
    );
    await page.close();
  });
});

describe('what Flanders took over', () => {
  it('lists every adoption with its source, and passes axe at 390 px', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 900 } });
    await page.goto(url('/inventaris/overgenomen/'));
    for (const a of adopters) {
      const item = page.locator('.adoption-list li', { has: page.locator(`h3 a[href="/praktijken/${a.id}/"]`) });
      expect(await item.count()).toBe(a.overgenomenVan.length);
      const sources = await item.locator('dd').allTextContents();
      for (const o of a.overgenomenVan) expect(sources.join(' ')).toContain(o.bron.titel);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the relation both ways on the fiches', async () => {
    const page = await openPage(browser);
    await page.goto(url(`/praktijken/${foreignOrigin.id}/`));
    const takenOverBy = adopters
      .filter((a) => a.overgenomenVan.some((o: any) => o.praktijk === foreignOrigin.id))
      .map((a) => `/praktijken/${a.id}/`)
      .sort();
    const listed = await page
      .locator('section[aria-labelledby="overgenomen-door"] li > p > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
    expect(listed).toEqual(takenOverBy);

    await page.goto(url(takenOverBy[0]));
    const origin = page.locator('section[aria-labelledby="overgenomen-van"]');
    expect(await origin.locator(`a[href="/praktijken/${foreignOrigin.id}/"]`).count()).toBe(1);
    await expect(origin.textContent()).resolves.toContain('Wat anders is:');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the monitors on "Over de data"', () => {
  it('names each monitor, and passes axe', async () => {
    const page = await openPage(browser);
    await page.goto(url('/gemeenten/over-de-data/'));
    const names = await page.locator('section[aria-labelledby="monitoren"] h3').allTextContents();
    expect(names.sort()).toEqual(monitors.map((m) => m.naam).sort());
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
