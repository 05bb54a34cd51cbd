/**
 * The practices pillar as a municipal official uses it: filter to "taal" in Oost-Vlaanderen with an
 * evidence level, share the URL, reload, open a practice, follow a related practice. Expected
 * results are computed from the content files, not copied from the pages.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launch, url, axeViolations, openPage } from './support/browser.ts';

const ROOT = 'content';
const municipalities = new Map<string, { provincie: string }>(
  JSON.parse(readFileSync(join(ROOT, 'gemeenten/gemeenten-2025.json'), 'utf8')).gemeenten.map((m: any) => [m.nis, m]),
);
const practices = readdirSync(join(ROOT, 'praktijken'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    ...parse(readFileSync(join(ROOT, 'praktijken', f), 'utf8').split(/^---$/m)[1]),
  }));
const published = practices.filter((p: any) => p.curatie.status === 'gepubliceerd');
const inOostVlaanderen = (p: any) =>
  p.gemeenten?.some((nis: string) => municipalities.get(nis)?.provincie === 'Oost-Vlaanderen');
const taalOv = published.filter((p: any) => p.themas.includes('taal') && inOostVlaanderen(p));
// The strongest evidence level present among taal practices in Oost-Vlaanderen.
const LEVELS = ['effect-aangetoond', 'veelbelovend', 'goed-beschreven', 'idee'];
const level = LEVELS.find((l) => taalOv.some((p: any) => p.bewijs.niveau === l))!;
const expected = taalOv
  .filter((p: any) => p.bewijs.niveau === level)
  .map((p) => p.id)
  .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

// The filter form appears once its script has applied the URL state; read the list only then.
const visibleIds = async (page: import('playwright-core').Page) => {
  await page.locator('#praktijk-filters').waitFor({ state: 'visible' });
  return page.$$eval('#praktijk-lijst > li[data-id]', (els) =>
    els
      .filter((el) => !(el as HTMLElement).hidden)
      .map((el) => (el as HTMLElement).dataset.id!)
      .sort(),
  );
};

describe('practices overview and fiche', () => {
  it('the content has taal practices in Oost-Vlaanderen to find', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it('filters without reload, keeps the state in the URL, and a reload reproduces it', async () => {
    const page = await openPage(browser);
    await page.goto(url('/praktijken/'));
    expect(await visibleIds(page)).toHaveLength(published.length);
    await page.evaluate(() => ((window as any).__sameDocument = true));

    await page
      .getByRole('group', { name: "Thema's" })
      .getByLabel(/^\s*Taal \(/)
      .check();
    await page
      .getByRole('group', { name: 'Provincie' })
      .getByLabel(/^\s*Oost-Vlaanderen \(/)
      .check();
    await page.locator(`input[name="bewijsniveau"][value="${level}"]`).check();

    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    const shared = new URL(page.url());
    expect(shared.searchParams.getAll('thema')).toEqual(['taal']);
    expect(shared.searchParams.getAll('provincie')).toEqual(['oost-vlaanderen']);
    expect(shared.searchParams.getAll('bewijsniveau')).toEqual([level]);
    await expect.poll(() => page.locator('#praktijk-resultaat').textContent()).toContain(String(expected.length));
    expect(await page.locator('#praktijk-resultaat').getAttribute('aria-live')).toBe('polite');

    // Someone opens the shared URL in a fresh page.
    const other = await openPage(browser);
    await other.goto(shared.href);
    expect(await visibleIds(other)).toEqual(expected);
    expect(await other.locator('input[name="thema"][value="taal"]').isChecked()).toBe(true);
    expect(await other.locator(`input[name="bewijsniveau"][value="${level}"]`).isChecked()).toBe(true);
    await other.reload();
    expect(await visibleIds(other)).toEqual(expected);
    await other.close();

    // Open a practice, then follow a related practice.
    await page.locator(`#praktijk-lijst > li[data-id="${expected[0]}"] h2 a`).click();
    await page.waitForURL(`**/praktijken/${expected[0]}/`);
    const source = practices.find((p) => p.id === expected[0]) as any;
    expect(await page.locator('h1').textContent()).toBe(source.titel);
    for (const nis of source.gemeenten) expect(await page.locator(`a[href="/gemeenten/${nis}/"]`).count()).toBe(1);
    const related = page.locator('section.related li[data-id] h3 a').first();
    const relatedHref = await related.getAttribute('href');
    expect(relatedHref).toMatch(/^\/praktijken\/[a-z0-9-]+\/$/);
    const relatedId = relatedHref!.split('/')[2];
    const relatedSource = practices.find((p) => p.id === relatedId) as any;
    expect(relatedSource.curatie.status).toBe('gepubliceerd');
    expect(relatedSource.themas.some((t: string) => source.themas.includes(t))).toBe(true);
    await related.click();
    await page.waitForURL(`**${relatedHref}`);
    expect(await page.locator('h1').textContent()).toBe(relatedSource.titel);
    await page.close();
  });

  it('the overview with its filters and a practice page pass axe (WCAG 2.1 AA)', async () => {
    const page = await openPage(browser);
    await page.goto(url('/praktijken/?thema=taal'));
    await page.waitForSelector('#praktijk-filters:not([hidden])');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(url(`/praktijken/${expected[0]}/`));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  const archived = practices.find((p: any) => p.curatie.status === 'gearchiveerd');
  it.each([
    '/themas/',
    '/themas/taal/',
    '/praktijken/provincie/oost-vlaanderen/',
    '/data/',
    ...(archived ? [`/praktijken/${archived.id}/`] : []),
  ])('%s passes axe', async (path) => {
    const page = await openPage(browser);
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript the overview lists every published practice and hides the inert filters', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/praktijken/?thema=taal'));
    const ids = await page.$$eval('#praktijk-lijst > li[data-id]', (els) =>
      els.map((el) => (el as HTMLElement).dataset.id!).sort(),
    );
    expect(ids).toEqual(published.map((p) => p.id).sort());
    expect(await page.locator('#praktijk-filters').isVisible()).toBe(false);
    await page.close();
  });

  it('the home page lists the most recently published practices', async () => {
    const page = await openPage(browser);
    await page.goto(url('/'));
    const links = await page.$$eval('section.recent li a', (els) => els.map((el) => el.getAttribute('href')));
    expect(links).toHaveLength(Math.min(5, published.length));
    for (const href of links) expect(published.some((p) => `/praktijken/${p.id}/` === href)).toBe(true);
    await page.close();
  });
});
