/**
 * Builds the fixture site with enough synthetic practices to pass FULL_LIST_LIMIT, all in one
 * theme and one province, and checks the paged lists a large knowledge base gets: every practice on
 * exactly one page, pages linked both ways, no filter script or per-card filter data, and filters
 * that go to the search page with values that page offers.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildSite, workFolder, type SiteBuild } from '../support/build.ts';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FULL_LIST_LIMIT, PAGE_SIZE } from '../../src/lib/practices/paging.ts';
import { prng, readVocabulary, syntheticPractice } from '../../tools/bench/synthetic.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../support/fixture.ts';

// Two full pages and a partial one beyond the limit.
const SYNTHETIC = FULL_LIST_LIMIT + 2 * PAGE_SIZE + 7;
let out: string;
let dist: string;
let build: SiteBuild;
let publishedIds: string[];
let limburgIds: string[];
let taalIds: string[];

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const cardIds = (page: string) => [...page.matchAll(/<li[^>]*\bdata-id="([^"]+)"/g)].map((m) => m[1]);
const rel = (page: string, kind: 'prev' | 'next') => new RegExp(`<a href="([^"]+)" rel="${kind}"`).exec(page)?.[1];
const pageDirs = (base: string) =>
  existsSync(join(dist, base, 'pagina'))
    ? readdirSync(join(dist, base, 'pagina'))
        .map(Number)
        .sort((a, b) => a - b)
    : [];
/** Every card of a paged list, following the pages in order from the first. */
function walk(base: string): string[][] {
  const pages: string[][] = [];
  for (let path: string | undefined = base; path;) {
    const page = html(path);
    pages.push(cardIds(page));
    path = rel(page, 'next');
  }
  return pages;
}
const optionsOf = (page: string, name: string) => {
  const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(page)?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
};

beforeAll(() => {
  out = workFolder('kb-paging');
  dist = join(out, 'dist');
  const content = join(out, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  const gemeenten = JSON.parse(readFileSync(join(content, 'gemeenten', 'gemeenten-2025.json'), 'utf8')).gemeenten as {
    nis: string;
    provincie: string;
  }[];
  const limburg = gemeenten.filter((m) => m.provincie === 'Limburg').map((m) => m.nis);
  const vocabulary = { ...readVocabulary(content), themes: ['taal'], municipalities: limburg };
  const rand = prng(7);
  const synthetic: string[] = [];
  for (let i = 1; i <= SYNTHETIC; i++) {
    const p = syntheticPractice(i, vocabulary, rand);
    writeFileSync(join(content, 'praktijken', p.file), p.text);
    synthetic.push(p.file.replace(/\.mdx$/, ''));
  }
  const fixturePublished = readdirSync(join(FIXTURE, 'praktijken'))
    .map((f) => ({
      id: f.replace(/\.mdx$/, ''),
      front: parse(readFileSync(join(FIXTURE, 'praktijken', f), 'utf8').split(/^---$/m)[1]),
    }))
    .filter((f) => f.front.curatie.status === 'gepubliceerd');
  publishedIds = [...synthetic, ...fixturePublished.map((f) => f.id)];
  limburgIds = [
    ...synthetic,
    ...fixturePublished.filter((f) => f.front.gemeenten.some((nis: string) => limburg.includes(nis))).map((f) => f.id),
  ];
  taalIds = [...synthetic, ...fixturePublished.filter((f) => f.front.themas.includes('taal')).map((f) => f.id)];
  build = buildSite(content, out);
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe(`lists of practices beyond ${FULL_LIST_LIMIT}`, () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  for (const [label, base, ids] of [
    ['the overview', 'praktijken/', () => publishedIds],
    ['a theme', 'themas/taal/', () => taalIds],
    ['a province', 'praktijken/provincie/limburg/', () => limburgIds],
  ] as const) {
    it(`${label} shows every practice on exactly one page of at most ${PAGE_SIZE}, pages linked in order`, () => {
      const expected = ids();
      expect(expected.length).toBeGreaterThan(FULL_LIST_LIMIT);
      const pages = walk(base);
      const count = Math.ceil(expected.length / PAGE_SIZE);
      expect(pages).toHaveLength(count);
      expect(pages.slice(0, -1).every((p) => p.length === PAGE_SIZE)).toBe(true);
      expect(pages.flat().sort()).toEqual([...expected].sort());
      // No page is built that the pager does not reach.
      expect(pageDirs(base)).toEqual(Array.from({ length: count - 1 }, (_, i) => i + 2));
      expect(rel(html(base), 'prev')).toBeUndefined();
      const last = html(`${base}pagina/${count}/`);
      expect(rel(last, 'next')).toBeUndefined();
      expect(rel(last, 'prev')).toBe(`/${base}pagina/${count - 1}/`);
      expect(last).toMatch(new RegExp(`<a href="/${base}pagina/${count}/" aria-current="page">`));
    });
  }

  it('the overview carries no filter script or per-card filter data, and says which practices a page shows', () => {
    const first = html('praktijken/');
    expect(first).not.toContain('id="praktijk-filters"');
    expect(first).not.toMatch(/data-f-[a-z]+=/);
    expect(first).not.toMatch(/<script[^>]+src=/);
    expect(first).toContain(`Praktijken 1 tot ${PAGE_SIZE} van ${publishedIds.length.toLocaleString('nl-BE')}`);
    expect(html('praktijken/pagina/2/')).toContain('<title>Goede praktijken, pagina 2 van');
  });

  it('the overview filters through the search page, offering only values the search page offers', () => {
    const first = html('praktijken/');
    const search = html('zoeken/');
    expect(first).toMatch(/<form[^>]*action="\/zoeken\/"[^>]*method="get"/);
    expect(first).toMatch(/<input type="hidden" name="type" value="Goede praktijk"/);
    expect(optionsOf(search, 'type')).toContain('Goede praktijk');
    for (const name of ['thema', 'provincie', 'bewijsniveau', 'plandoel']) {
      for (const value of optionsOf(first, name)) expect(optionsOf(search, name), `${name}=${value}`).toContain(value);
    }
    expect(optionsOf(first, 'thema')).toEqual(['Taal']);
  });

  it('"filter further" on a theme or province page leads to the search page once the overview is paged', () => {
    expect(html('themas/taal/')).toContain('href="/zoeken/?type=Goede+praktijk&amp;thema=Taal"');
    expect(html('praktijken/provincie/limburg/')).toContain(
      'href="/zoeken/?type=Goede+praktijk&amp;provincie=Limburg"',
    );
  });
});
