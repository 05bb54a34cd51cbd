/**
 * Builds the real site (content/) and reads its scan pages as a reader sees them: no stray spaces
 * from template line breaks ("( 56,0 %) ."), and on every indicator page the highest and lowest 10
 * without hidden values, with the number left out.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, workFolder, type SiteBuild } from '../support/build.ts';
import { spacingFaults, textBlocks } from '../../src/lib/shared/text-spacing.ts';

let out: string;
let build: SiteBuild;

beforeAll(() => {
  out = workFolder('kb-scan-pages');
  build = buildSite('content', out);
}, 480_000);
afterAll(() => rmSync(out, { recursive: true, force: true }), 120_000);

const dist = () => join(out, 'dist');
const pagesUnder = (folder: string) =>
  readdirSync(join(dist(), folder), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist(), folder, e.name, 'index.html')))
    .map((e) => join(folder, e.name, 'index.html'));
const html = (path: string) => readFileSync(join(dist(), path), 'utf8');

describe('scan pages of the real site', () => {
  it('build', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('have no space after "(" or before ")" and punctuation in the text a reader sees', () => {
    const pages = [
      ...pagesUnder('gemeenten'),
      ...pagesUnder('indicatoren'),
      'gemeenten/index.html',
      'gemeenten/over-de-data/index.html',
      'indicatoren/index.html',
      'data/scan/index.html',
      'vergelijk/index.html',
    ];
    expect(pages.length).toBeGreaterThan(285 + 40);
    const faults = pages.flatMap((page) =>
      textBlocks(html(page)).flatMap((block) => spacingFaults(block).map((f) => `${page}: …${f.context}…`)),
    );
    expect(faults.slice(0, 20), `${faults.length} spacing faults`).toEqual([]);
  });

  it('show on each indicator page the highest and lowest 10 without hidden values, and how many were left out', () => {
    const pages = pagesUnder('indicatoren').filter((p) => html(p).includes('id="hoogste-laagste"'));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    let withHidden = 0;
    for (const page of pages) {
      const text = html(page);
      const row = /<tr([^>]*)>\s*<td class="num"[^>]*>([\d–]+)<\/td>\s*<th scope="row"[^>]*>\s*(?:<a [^>]*>)?([^<]+)/g;
      const rowsOf = (part: string) =>
        [...part.matchAll(row)].map((m) => ({ full: m[1].includes('id="rij-'), rank: m[2], name: m[3].trim() }));
      const tableOf = (id: string) => {
        const start = text.indexOf(`<table id="${id}"`);
        return start < 0 ? '' : text.slice(start, text.indexOf('</table>', start));
      };
      const high = rowsOf(tableOf('hoogste'));
      const low = rowsOf(tableOf('laagste'));
      // The full ranking on the same page: its top 10 and bottom 10 shown values are these lists.
      const all = rowsOf(text).filter((r) => r.full);
      const ranked = all.filter((r) => r.rank !== '–');
      expect(high.length, page).toBe(Math.min(10, ranked.length));
      expect(low.length, page).toBe(Math.min(10, ranked.length));
      const hidden = all.filter((r) => r.rank === '–');
      expect(
        high.map((r) => r.name),
        page,
      ).toEqual(ranked.slice(0, 10).map((r) => r.name));
      expect(
        low.map((r) => r.name),
        page,
      ).toEqual(
        ranked
          .slice(-10)
          .reverse()
          .map((r) => r.name),
      );
      for (const h of hidden)
        expect(
          [...high, ...low].some((r) => r.name === h.name),
          `${page}: ${h.name}`,
        ).toBe(false);
      if (hidden.length) {
        withHidden++;
        expect(text, page).toMatch(
          new RegExp(
            `(Niet in deze lijsten|die we kunnen tonen): ${hidden.length} gemeenten? met een verborgen waarde`,
          ),
        );
      }
    }
    expect(withHidden).toBeGreaterThan(0);
  });
});
