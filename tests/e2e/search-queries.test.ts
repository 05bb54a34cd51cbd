/**
 * Dutch queries with their expected top results, typed into the real search page in Chromium.
 * Expectations come from the requirements (a municipality's page first for its name, action
 * numbers, stemming) and from the content (which practices mention a word).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, url, openPage, axeViolations } from './support/browser.ts';
import { BUDGET_QUERIES, FIRST_SEARCH_BUDGET_BYTES, measureFirstSearch } from '../../tools/search-metrics.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/query.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await openPage(browser);
});
afterAll(() => browser?.close());

const municipalities = JSON.parse(readFileSync('content/gemeenten/gemeenten-2025.json', 'utf8')).gemeenten as {
  nis: string;
  naam: string;
}[];
const mergers = JSON.parse(readFileSync('content/gemeenten/fusies-2025.json', 'utf8')).fusies as {
  naam2024: string;
  nis2025: string;
}[];
const nisOf = (name: string) =>
  municipalities.find((m) => m.naam === name)?.nis ?? mergers.find((m) => m.naam2024 === name)!.nis2025;
const published = readdirSync('content/praktijken')
  .map((f) => ({ id: f.replace('.mdx', ''), text: readFileSync(`content/praktijken/${f}`, 'utf8') }))
  .filter((p) => /status: gepubliceerd/.test(p.text));
const practicesCarrying = (action: string) =>
  published
    .filter((p) => new RegExp(`^  - ${action}$`, 'm').test(p.text.split('\n---')[0]))
    .map((p) => `/praktijken/${p.id}/`);
const practicesMentioning = (re: RegExp) =>
  published.filter((p) => re.test(p.text.split('\n---')[0])).map((p) => `/praktijken/${p.id}/`);

async function search(q: string, params = ''): Promise<string[]> {
  await page.goto(url(`/zoeken/?q=${encodeURIComponent(q)}${params}`));
  await page.waitForFunction(
    () => /resulta|Geen resultaten/.test(document.querySelector('#zoek-status')?.textContent ?? ''),
    undefined,
    { timeout: 15_000 },
  );
  return page
    .locator('#zoek-resultaten h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

type Case = [query: string, check: (paths: string[]) => boolean, what: string];
const first =
  (path: string): Case[1] =>
  (p) =>
    p[0] === path;
const inTop =
  (n: number, paths: string[]): Case[1] =>
  (p) =>
    p.slice(0, n).some((x) => paths.includes(x));

const CASES: Case[] = [
  ...[
    'Sint-Niklaas',
    'Gent',
    'Antwerpen',
    'Genk',
    'Mechelen',
    'Leuven',
    'Hasselt',
    'Ronse',
    'Leopoldsburg',
    'Aalst',
  ].map((n): Case => [n, first(`/gemeenten/${nisOf(n)}/`), `municipality page of ${n} first`]),
  ...['Kruibeke', 'Zwijndrecht', 'Borsbeek', 'Beveren'].map((n): Case => [
    n,
    first(`/gemeenten/${nisOf(n)}/`),
    `former municipality ${n} leads to its 2025 municipality`,
  ]),
  ['actie 5', first('/plan/acties/plan-samenleven-5/'), 'action 5 first'],
  ['actie 23', inTop(3, ['/plan/acties/plan-samenleven-23/']), 'action 23 in top 3'],
  ['oefenkansen nederlands', inTop(3, ['/plan/acties/plan-samenleven-5/']), 'action 5 in top 3'],
  ['zomerscholen', first('/plan/acties/plan-samenleven-4/'), 'action 4 first'],
  ['wijkverbeteringscontracten', first('/plan/acties/plan-samenleven-3/'), 'action 3 first'],
  ['veiligheidscel', first('/plan/acties/plan-samenleven-1/'), 'action 1 first'],
  ['polarisatie', inTop(3, ['/plan/acties/plan-samenleven-2/']), 'polarisation action in top 3'],
  ['jeugdwerk', inTop(3, ['/plan/acties/plan-samenleven-23/']), 'youth work action in top 3'],
  ['taalcafé', inTop(3, practicesMentioning(/taalcaf/i)), 'a practice about a language café in top 3'],
  // The synonym list (content/taxonomieen/synoniemen.yaml): "taalcafé" also finds the conversation tables under other names.
  [
    'taalcafé',
    inTop(
      8,
      practicesMentioning(/praattafel|babbeltafel|klapsalon/i).filter(
        (p) => !practicesMentioning(/taalcaf/i).includes(p),
      ),
    ),
    'a conversation table that never says "taalcafé" among the first results',
  ],
  [
    'klapsalon',
    inTop(
      8,
      practicesMentioning(/taalcaf/i).filter((p) => !practicesMentioning(/klapsalon/i).includes(p)),
    ),
    'a language café found through its synonym',
  ],
  [
    'actie 5',
    (p) => p.length > 1 && practicesCarrying('plan-samenleven-5').includes(p[1]),
    'after action 5 come the practices that carry it out',
  ],
  [
    'taal',
    inTop(3, practicesMentioning(/\btaal/i)),
    'a language practice in top 3 (stemming: taal → taalhuis, taalcafé)',
  ],
  ['buddy', inTop(3, practicesMentioning(/buddy/i)), 'a buddy practice in top 3'],
  ['Stadtteilmütter', first('/praktijken/stadtteilmuetter-neukoelln/'), 'foreign practice by its name'],
  ['werkzoekendengraad', first('/indicatoren/werkzoekendengraad/'), 'indicator by its name'],
  [
    'thuistaal',
    inTop(2, ['/indicatoren/thuistaal-basisonderwijs/', '/indicatoren/thuistaal-secundair/']),
    'home-language indicators',
  ],
  ['vertrouwen medemens', first('/indicatoren/vertrouwen-medemens/'), 'survey indicator'],
  [
    'gemeenten',
    (p) => p.slice(0, 5).some((x) => x.startsWith('/gemeenten/')),
    'stemming: plural gemeenten finds municipality pages (gemeente)',
  ],
  [
    'gemeente',
    (p) => p.slice(0, 5).some((x) => x.startsWith('/gemeenten/')),
    'stemming: gemeente finds municipality pages',
  ],
  ['licenties', first('/over/'), 'the page about sources and licences'],
  [
    'discriminatie',
    inTop(3, [...practicesMentioning(/discrimin|racism/i), '/plan/acties/beleidsnota-2019-2024-13/']),
    'discrimination practice or commitment in top 3',
  ],
  ['inburgering', inTop(3, practicesMentioning(/inburger/i)), 'a civic-integration practice in top 3'],
];

describe('Dutch search quality', () => {
  it('has at least 30 queries', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES)('"%s"', async (query, check, what) => {
    const paths = await search(query);
    expect(check(paths), `${what}; got ${paths.slice(0, 5).join(', ')}`).toBe(true);
  });

  it('filters narrow the results and the URL reproduces the view', async () => {
    // The status counts every result; the page shows the first RESULTS_PER_PAGE of them.
    const count = async () =>
      Number(/(\d+) resulta/.exec((await page.locator('#zoek-status').textContent()) ?? '')?.[1] ?? 0);
    await search('taal', '&type=Goede+praktijk');
    const all = await count();
    const limburg = await search('taal', '&type=Goede+praktijk&provincie=Limburg');
    expect(limburg.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(all);
    expect(await page.locator('select[name="provincie"]').inputValue()).toBe('Limburg');
  });

  it('the municipality filter keeps that municipality and the published practices about it', async () => {
    const gent = nisOf('Gent');
    const expected = [
      `/gemeenten/${gent}/`,
      ...published.filter((p) => p.text.includes(`"${gent}"`)).map((p) => `/praktijken/${p.id}/`),
    ];
    expect(expected.length).toBeGreaterThan(1);
    const paths = await search('', '&gemeente=Gent');
    // The page shows the first results; the status counts them all.
    expect(await page.locator('#zoek-status').textContent()).toContain(`${expected.length} resultaten`);
    expect(paths.length).toBe(Math.min(expected.length, RESULTS_PER_PAGE));
    expect(paths.every((p) => expected.includes(p))).toBe(true);
    expect(await page.locator('select[name="gemeente"]').inputValue()).toBe('Gent');
  });

  it('the search field is a combobox: typing offers the best matches, arrows choose, Enter opens, Escape closes', async () => {
    await page.goto(url('/zoeken/'));
    const field = page.locator('#zoek-q');
    expect(await field.getAttribute('role')).toBe('combobox');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await field.click();
    await page.keyboard.type('taalcafé');
    await page.waitForFunction(
      () => document.querySelector('#zoek-q')?.getAttribute('aria-expanded') === 'true',
      undefined,
      { timeout: 15_000 },
    );
    const listbox = page.locator(`#${await field.getAttribute('aria-controls')}`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    const options = listbox.locator('[role="option"]');
    const count = await options.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    // The options are the top results, in the same order.
    const firstResult = await page.locator('#zoek-resultaten h2 a').first().innerText();
    expect(await options.first().innerText()).toContain(firstResult);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await options.nth(Math.min(1, count - 1)).getAttribute('id');
    expect(await field.getAttribute('aria-activedescendant')).toBe(second);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek-q');

    await page.keyboard.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await field.getAttribute('aria-activedescendant')).toBeNull();
    expect(await field.inputValue()).toBe('taalcafé');

    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const target = await page.locator('#zoek-resultaten h2 a').first().getAttribute('href');
    await Promise.all([
      page.waitForURL((u) => u.pathname === new URL(target!, u).pathname),
      page.keyboard.press('Enter'),
    ]);
  });

  it('"Meer resultaten" appends the next results after the shown ones and moves focus to the first new one', async () => {
    const first = await search('taal');
    const total = Number(/^(\d+)/.exec(await page.locator('#zoek-status').innerText())![1]);
    expect(total).toBeGreaterThan(first.length);
    await page.getByRole('button', { name: 'Meer resultaten' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#zoek-resultaten h2 a').length > n, first.length, {
      timeout: 15_000,
    });
    const all = await page
      .locator('#zoek-resultaten h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all.slice(0, first.length)).toEqual(first);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Math.min(total, first.length * 2));
    const focused = await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    expect(focused).toBe(all[first.length]);
    expect(await page.locator('#zoek-status').innerText()).toContain(`de eerste ${all.length} getoond`);
  });

  it.each(BUDGET_QUERIES)('a first search for "%s" transfers at most 100 kB (budget in bytes)', async (query) => {
    const fresh = await openPage(browser);
    const m = await measureFirstSearch(fresh, url('/'), query);
    expect(m.results).toBeGreaterThan(0);
    expect(m.bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
    await fresh.close();
  });

  it('every filter choice offered on the page is a value the index knows', async () => {
    await page.goto(url('/zoeken/'));
    const offered = await page
      .locator('select')
      .evaluateAll((selects) =>
        selects
          .filter((s) => (s as HTMLSelectElement).name !== 'sort')
          .map(
            (s) =>
              [
                (s as HTMLSelectElement).name,
                [...(s as HTMLSelectElement).options].map((o) => o.value).filter(Boolean),
              ] as const,
          ),
      );
    // A string, so the test runner does not rewrite the browser's import().
    const known: Record<string, Record<string, number>> = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ noWorker: true });
      return pf.filters();
    })()`);
    const unknown = offered.flatMap(([name, values]) =>
      values.filter((v) => !(name in known) || !(v in known[name])).map((v) => `${name}=${v}`),
    );
    // A theme or status may have no page yet; anything else the index does not know is a typo.
    expect(unknown.filter((u) => !/^(thema|status|bewijsniveau)=/.test(u))).toEqual([]);
    expect(Object.keys(known)).toEqual(expect.arrayContaining(offered.map(([n]) => n)));
  });

  it('searching from the header of any page shows results; the page passes axe with results', async () => {
    await page.goto(url('/plan/'));
    await page.fill('#site-search-q', 'oefenkansen nederlands');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#zoek-resultaten li').length > 0, undefined, {
      timeout: 15_000,
    });
    expect(await page.locator('#zoek-status').innerText()).toMatch(/^\d+ (resultaat|resultaten)[.,]/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keyboard only: header search, results, open a result', async () => {
    await page.goto(url('/'));
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('zomerscholen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#zoek-resultaten h2 a').length > 0, undefined, {
      timeout: 15_000,
    });
    const target = await page.locator('#zoek-resultaten h2 a').first().getAttribute('href');
    let focused = '';
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.closest('#zoek-resultaten h2')
          ? ((document.activeElement as HTMLAnchorElement).getAttribute('href') ?? '')
          : '',
      );
    }
    expect(focused).toBe(target);
    await Promise.all([
      page.waitForURL((u) => u.pathname === new URL(target!, u).pathname),
      page.keyboard.press('Enter'),
    ]);
  });
});
