/**
 * Builds the fixture site and checks the visibility rules of practices: ingediend / in-review ones
 * appear nowhere, archived ones keep a page outside lists, search, feed and exports, published ones
 * get a full fiche. Expectations are derived from the fixture files.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildSite, workFolder, type SiteBuild } from '../support/build.ts';
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import { fieldDocs } from '../../src/lib/practices/export.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { PRECOMPRESSED_SEARCH_FILES, searchFileContent } from '../../src/lib/search/precompress.ts';
import { filesUnder } from '../../src/lib/shared/files.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../support/fixture.ts';

let out: string;
let dist: string;
let build: SiteBuild;

const fixtures = readdirSync(join(FIXTURE, 'praktijken'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(FIXTURE, 'praktijken', f), 'utf8');
    const front = parse(text.split(/^---$/m)[1]);
    return { id: f.replace(/\.mdx$/, ''), front, body: text.split(/^---$/m).slice(2).join('---').trim() };
  });
const byStatus = (s: string) => fixtures.filter((f) => f.front.curatie.status === s);

const allFiles = (dir: string) => filesUnder(dir).map((f) => join(dir, f));

/** A file of the output as a visitor's browser ends up reading it: search files are compressed. */
function readOutput(file: string): string {
  const bytes = readFileSync(file);
  return Buffer.from(file.endsWith('.br') ? brotliDecompressSync(bytes) : searchFileContent(bytes)).toString('utf8');
}

beforeAll(() => {
  out = workFolder('kb-practices');
  build = buildSite(FIXTURE, out);
  dist = build.dist;
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('practices in the fixture build', () => {
  it('the fixture has one practice of each role', () => {
    expect(byStatus('gepubliceerd').length).toBeGreaterThan(0);
    expect(byStatus('ingediend').length).toBeGreaterThan(0);
    expect(byStatus('gearchiveerd').length).toBeGreaterThan(0);
  });

  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('an unpublished practice appears in no file of the output', () => {
    const hidden = [...byStatus('ingediend'), ...byStatus('in-review')];
    const files = allFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    for (const file of files) {
      const text = readOutput(file);
      for (const p of hidden) {
        expect(text.includes(p.id), `${p.id} in ${file}`).toBe(false);
        expect(text.includes(p.front.titel), `title of ${p.id} in ${file}`).toBe(false);
        expect(text.includes(p.body), `body of ${p.id} in ${file}`).toBe(false);
      }
    }
    for (const p of hidden) expect(existsSync(join(dist, 'praktijken', p.id))).toBe(false);
  });

  it('curator notes appear in no file of the output', () => {
    const notes = fixtures.map((f) => f.front.curatie.opmerking).filter(Boolean);
    expect(notes.length).toBeGreaterThan(0);
    for (const file of allFiles(dist))
      for (const note of notes) expect(readOutput(file).includes(note), file).toBe(false);
  });

  it('every search file a first search loads has a Brotli sibling that inflates to what Pagefind reads', () => {
    const bundle = join(dist, 'pagefind');
    const files = filesUnder(bundle).filter((f) => PRECOMPRESSED_SEARCH_FILES.test(f));
    expect(files.some((f) => f.endsWith('.pf_index'))).toBe(true);
    expect(files).toContain('wasm.nl-be.pagefind');
    for (const file of files) {
      const content = searchFileContent(readFileSync(join(bundle, file)));
      expect(brotliDecompressSync(readFileSync(join(bundle, `${file}.br`))).equals(content), file).toBe(true);
    }
  });

  it('a published practice has its fiche in the search index with filters, JSON-LD and its sources', () => {
    for (const p of byStatus('gepubliceerd')) {
      const html = page(`praktijken/${p.id}/index.html`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${p.front.titel.replace(/[()]/g, '\\$&')}</h1>`));
      expect(html).toMatch(/<main[^>]*data-pagefind-body/);
      expect(html).toMatch(/data-pagefind-filter="thema"/);
      expect(html).toMatch(/data-pagefind-meta="datum">\d{4}-\d\d-\d\d</);
      const ld = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
      expect(ld).not.toBeNull();
      expect(JSON.parse(ld![1]).name).toBe(p.front.titel);
      for (const s of p.front.bronnen) expect(html).toContain(s.titel);
      for (const nis of p.front.gemeenten) expect(html).toContain(`href="/gemeenten/${nis}/"`);
      for (const a of p.front.acties ?? []) expect(html).toContain(`href="/plan/acties/${a}/"`);
      expect(page('praktijken/index.html')).toContain(`href="/praktijken/${p.id}/"`);
    }
  });

  it('a fiche shows each result with its date, the cost as the source states it, and links the contact service', () => {
    const fixture = fixtures.find((f) => f.id === 'taalcafe-fixture')!;
    const html = page('praktijken/taalcafe-fixture/index.html');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(fixture.front.resultaten.length).toBeGreaterThan(0);
    // "2023-09" reads as a month, a bare year as the year.
    expect(text).toContain(`${fixture.front.resultaten[0].tekst} (september 2023)`);
    expect(text).toContain(`${fixture.front.resultaten[1].tekst} (2023)`);
    expect(text).toContain(fixture.front.financiering.kosten);
    expect(html).toContain(`href="${fixture.front.contact.url}"`);
    const json = JSON.parse(page('data/praktijken.json')).praktijken.find((p: any) => p.id === 'taalcafe-fixture');
    expect(json.resultaten).toEqual([
      { tekst: fixture.front.resultaten[0].tekst, datum: '2023-09' },
      { tekst: fixture.front.resultaten[1].tekst, datum: '2023' },
    ]);
    const row = parseCsv(page('data/praktijken.csv')).rows.find((r) => r.values.id === 'taalcafe-fixture')!;
    expect(row.values['financiering.kosten']).toBe(fixture.front.financiering.kosten);
    expect(row.values.resultaten).toContain('2023-09');
  });

  it('an archived practice keeps its page with a notice, outside the search index and the lists', () => {
    for (const p of byStatus('gearchiveerd')) {
      const html = page(`praktijken/${p.id}/index.html`);
      expect(html).toContain('Gearchiveerd');
      expect(html).not.toMatch(/data-pagefind-body/);
      for (const list of [
        'praktijken/index.html',
        'index.html',
        'praktijken/feed.xml',
        'data/praktijken.json',
        'data/praktijken.csv',
        ...p.front.themas.map((t: string) => `themas/${t}/index.html`),
      ]) {
        expect(page(list).includes(`/praktijken/${p.id}/`), list).toBe(false);
      }
    }
  });

  it('the exports and the feed hold exactly the published practices', () => {
    const published = byStatus('gepubliceerd')
      .map((p) => p.id)
      .sort();
    const json = JSON.parse(page('data/praktijken.json'));
    expect(json.praktijken.map((p: any) => p.id).sort()).toEqual(published);
    const csv = parseCsv(page('data/praktijken.csv'));
    expect(csv.rows.map((r) => r.values.id).sort()).toEqual(published);
    const feed = page('praktijken/feed.xml');
    expect(feed.match(/<entry>/g)?.length).toBe(published.length);
    for (const id of published) expect(feed).toContain(`/praktijken/${id}/`);
    expect(page('praktijken/index.html')).toContain('href="/praktijken/feed.xml"');
  });

  it('the exports give each image at the address the site serves it, not the upload path', () => {
    const json = JSON.parse(page('data/praktijken.json'));
    const images = json.praktijken.flatMap((p: { afbeeldingen: { src: string; alt: string }[] }) => p.afbeeldingen);
    expect(images.length).toBe(byStatus('gepubliceerd').reduce((n, p) => n + (p.front.afbeeldingen?.length ?? 0), 0));
    for (const image of images) {
      const url = new URL(image.src);
      expect(url.pathname).toMatch(/^\/_astro\/.+\.webp$/);
      expect(existsSync(join(dist, url.pathname))).toBe(true);
    }
    const csv = parseCsv(page('data/praktijken.csv'));
    const cells = csv.rows.map((r) => r.values.afbeeldingen).join('|');
    for (const image of images) expect(cells).toContain(image.src);
    expect(cells).not.toContain('/media/');
  });

  it('the data page documents every exported field with its Dutch label', () => {
    const html = page('data/index.html').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    for (const doc of fieldDocs(practiceSchema)) {
      expect(html).toContain(`<code>${doc.path}</code>`);
      expect(html).toContain(`<strong>${doc.label}</strong>`);
    }
  });

  it('without JavaScript every published practice is reachable from its theme pages', () => {
    for (const p of byStatus('gepubliceerd'))
      for (const t of p.front.themas) expect(page(`themas/${t}/index.html`)).toContain(`href="/praktijken/${p.id}/"`);
  });

  it('the filter script is an external file, and the facet panel is hidden until it runs', () => {
    const html = page('praktijken/index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/);
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(html).toMatch(/<form[^>]*id="praktijk-filters"[^>]*hidden/);
  });

  it("a practice's images go through Astro's image pipeline: AVIF and WebP sources, width, height and alt", () => {
    const withImages = byStatus('gepubliceerd').filter((p) => p.front.afbeeldingen?.length);
    expect(withImages.length).toBeGreaterThan(0);
    for (const p of withImages) {
      const html = page(`praktijken/${p.id}/index.html`);
      const pictures = [...html.matchAll(/<picture[^>]*>([\s\S]*?)<\/picture>/g)].map((m) => m[1]);
      expect(pictures).toHaveLength(p.front.afbeeldingen.length);
      pictures.forEach((picture, i) => {
        for (const type of ['image/avif', 'image/webp'])
          expect(picture).toMatch(new RegExp(`<source srcset="/_astro/[^"]+ 400w, /_astro/[^"]+ 800w" type="${type}"`));
        const img = /<img [^>]*>/.exec(picture)![0];
        expect(img).toMatch(/ width="\d+" height="\d+"/);
        expect(img).toContain(`alt="${p.front.afbeeldingen[i].alt}"`);
        for (const src of [...picture.matchAll(/\/_astro\/[^" ,]+/g)].map((m) => m[0]))
          expect(existsSync(join(dist, src)), src).toBe(true);
      });
    }
  });

  it('every image in the output comes from the image pipeline: no <img> without size, nothing served from /media/', () => {
    for (const file of allFiles(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const img of html.match(/<img [^>]*>/g) ?? []) {
        expect(img, file).toMatch(/ src="\/_astro\//);
        expect(img, file).toMatch(/ width="\d+" height="\d+"/);
      }
      expect(html.includes('"/media/'), file).toBe(false);
    }
  });

  it('a list within FULL_LIST_LIMIT stays one page that filters in place (tests/build/paging.test.ts covers longer lists)', () => {
    expect(existsSync(join(dist, 'praktijken', 'pagina'))).toBe(false);
    expect(page('praktijken/index.html')).not.toContain('class="pager');
    expect(page('themas/taal/index.html')).toContain('href="/praktijken/?thema=taal"');
  });
});
