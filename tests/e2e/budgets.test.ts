/** Visitor budgets over the real built site, in bytes (not times). */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGETS, pageWeight } from '../../tools/budgets.ts';

const DIST = 'dist';
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const pages = walk(DIST)
  .map((f) => relative(DIST, f))
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
const ofType = (re: RegExp) => {
  const list = pages.filter((p) => re.test(p));
  expect(list.length, `no pages match ${re}`).toBeGreaterThan(0);
  return list;
};
// Pages whose purpose needs script: filtering and search. Everything else ships none.
const INTERACTIVE = [
  /^praktijken\/index\.html$/,
  /^zoeken\/index\.html$/,
  /^vergelijk\/index\.html$/,
  /^plan\/[^/]+\/index\.html$/,
];

describe('visitor budgets', () => {
  it('pages that need no interaction ship no JavaScript', () => {
    const offenders = pages
      .filter((p) => !INTERACTIVE.some((re) => re.test(p)))
      .filter((p) => pageWeight(DIST, p).scripts.length > 0);
    expect(offenders).toEqual([]);
  });

  it('interactive pages load at most 15 kB gzip of our own script', () => {
    for (const p of pages.filter((x) => INTERACTIVE.some((re) => re.test(x))))
      expect(pageWeight(DIST, p).scriptGzip, p).toBeLessThanOrEqual(BUDGETS.scriptGzip);
  });

  it('practice and action pages stay within 30 kB gzip of HTML and CSS', () => {
    for (const p of [
      ...ofType(/^praktijken\/(?!provincie\/)[^/]+\/index\.html$/),
      ...ofType(/^plan\/acties\/[^/]+\/index\.html$/),
    ]) {
      const w = pageWeight(DIST, p);
      expect(w.htmlGzip + w.cssGzip, p).toBeLessThanOrEqual(BUDGETS.fichePageGzip);
    }
  });

  it('municipality pages with their charts stay within 60 kB gzip', () => {
    for (const p of ofType(/^gemeenten\/\d{5}\/index\.html$/)) {
      const w = pageWeight(DIST, p);
      expect(w.htmlGzip + w.cssGzip, p).toBeLessThanOrEqual(BUDGETS.municipalityPageGzip);
    }
  });

  it('every map SVG is at most 80 kB', () => {
    for (const p of ofType(/^indicatoren\/[^/]+\/index\.html$/))
      expect(pageWeight(DIST, p).largestSvg, p).toBeLessThanOrEqual(BUDGETS.mapSvg);
  });

  it('uses no web fonts', () => {
    expect(pages.flatMap((p) => pageWeight(DIST, p).fonts)).toEqual([]);
  });
});
