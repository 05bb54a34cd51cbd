/** The route inventory: built HTML files mapped back to their src/pages routes, with sample pages per route. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  readRouteInventory,
  routeInventory,
  routeOfPageFile,
  routeOfUrl,
  samplePages,
  urlOfHtmlFile,
  type BuiltPage,
  type Route,
} from '../../../tools/route-inventory.ts';

const PAGE_FILES = [
  'index.astro',
  '404.astro',
  'over/index.astro',
  'gemeenten/[nis].astro',
  'gemeenten/[nis].csv.ts',
  'gemeenten/over-de-data.astro',
  'praktijken/[...pagina].astro',
  'praktijken/[id].astro',
  'praktijken/feed.xml.ts',
  'praktijken/provincie/[provincie]/[...pagina].astro',
  'plan/doelen/[plan]-[nummer].astro',
  'nieuws/_concept.astro',
  '_partials/blok.astro',
  'pagina.md',
];
const routes = PAGE_FILES.map(routeOfPageFile).filter((r): r is Route => r !== null);
const patternOf = (url: string) => routeOfUrl(routes, url)?.pattern ?? null;

describe('routeOfPageFile', () => {
  it('names folder routes by their index page and keeps parameters as Astro writes them', () => {
    expect(routeOfPageFile('index.astro')?.pattern).toBe('/');
    expect(routeOfPageFile('over/index.astro')?.pattern).toBe('/over/');
    expect(routeOfPageFile('gemeenten/[nis].astro')?.pattern).toBe('/gemeenten/[nis]/');
    expect(routeOfPageFile('praktijken/[...pagina].astro')?.pattern).toBe('/praktijken/[...pagina]/');
    expect(routeOfPageFile('pagina.md')?.pattern).toBe('/pagina/');
  });

  it('makes no page route of endpoints or of files and folders starting with "_"', () => {
    for (const file of [
      'gemeenten/[nis].csv.ts',
      'praktijken/feed.xml.ts',
      'nieuws/_concept.astro',
      '_partials/blok.astro',
    ]) {
      expect(routeOfPageFile(file)).toBeNull();
    }
  });
});

describe('routeOfUrl', () => {
  it('maps a page to its parameter route', () => {
    expect(patternOf('/gemeenten/11001/')).toBe('/gemeenten/[nis]/');
    expect(patternOf('/praktijken/aalst-babbelonie/')).toBe('/praktijken/[id]/');
  });

  it('prefers a static segment to a parameter, and a parameter to a rest parameter', () => {
    expect(patternOf('/gemeenten/over-de-data/')).toBe('/gemeenten/over-de-data/');
    expect(patternOf('/praktijken/provincie/antwerpen/')).toBe('/praktijken/provincie/[provincie]/[...pagina]/');
    expect(patternOf('/praktijken/provincie/antwerpen/pagina/2/')).toBe(
      '/praktijken/provincie/[provincie]/[...pagina]/',
    );
  });

  it('lets a rest parameter match zero or more segments', () => {
    expect(patternOf('/praktijken/')).toBe('/praktijken/[...pagina]/');
    expect(patternOf('/praktijken/pagina/3/')).toBe('/praktijken/[...pagina]/');
  });

  it('matches parameters inside one segment, never across a slash', () => {
    expect(patternOf('/plan/doelen/plan-samenleven-2/')).toBe('/plan/doelen/[plan]-[nummer]/');
    expect(patternOf('/plan/doelen/zonder/')).toBeNull();
    expect(patternOf('/gemeenten/11001/extra/')).toBeNull();
  });

  it('maps 404.html to the 404 page and knows no route for HTML an integration wrote', () => {
    expect(patternOf(urlOfHtmlFile('404.html'))).toBe('/404/');
    expect(patternOf(urlOfHtmlFile('admin/index.html'))).toBeNull();
  });
});

describe('samplePages', () => {
  const page = (file: string, bytes: number): BuiltPage => ({ file, bytes });

  it('takes the first by address in numeric order, the largest and the median-sized page', () => {
    const pages = [
      page('g/9/index.html', 500),
      page('g/10/index.html', 100),
      page('g/2/index.html', 300),
      page('g/30/index.html', 200),
      page('g/4/index.html', 400),
    ];
    expect(samplePages(pages)).toEqual([
      { url: '/g/2/', file: 'g/2/index.html', bytes: 300, reasons: ['first', 'typical'] },
      { url: '/g/9/', file: 'g/9/index.html', bytes: 500, reasons: ['largest'] },
    ]);
  });

  it('gives one sample with every reason for a route with one page, and none for no pages', () => {
    expect(samplePages([page('over/index.html', 10)])).toEqual([
      { url: '/over/', file: 'over/index.html', bytes: 10, reasons: ['first', 'largest', 'typical'] },
    ]);
    expect(samplePages([])).toEqual([]);
  });
});

describe('routeInventory', () => {
  const built: BuiltPage[] = [
    { file: 'index.html', bytes: 10 },
    { file: 'gemeenten/11002/index.html', bytes: 40 },
    { file: 'gemeenten/11001/index.html', bytes: 30 },
    { file: 'gemeenten/over-de-data/index.html', bytes: 5 },
    { file: 'admin/index.html', bytes: 3 },
  ];

  it('groups pages by route and keeps HTML without a route as a group of its own', () => {
    const inventory = routeInventory(PAGE_FILES, built);
    expect(inventory.map((g) => [g.pattern, g.source, g.pages.length])).toEqual([
      ['/', 'index.astro', 1],
      ['/admin/', null, 1],
      ['/gemeenten/[nis]/', 'gemeenten/[nis].astro', 2],
      ['/gemeenten/over-de-data/', 'gemeenten/over-de-data.astro', 1],
    ]);
    expect(inventory[2].samples.map((s) => s.url)).toEqual(['/gemeenten/11001/', '/gemeenten/11002/']);
  });

  it('reads src/pages and the HTML files of the output folder, ignoring other output', () => {
    const root = mkdtempSync(join(tmpdir(), 'route-inventory-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('src/pages/index.astro', '');
      write('src/pages/themas/[thema].astro', '');
      write('dist/index.html', '<p>home</p>');
      const themePage = '<p>taal, a longer page</p>';
      write('dist/themas/taal/index.html', themePage);
      write('dist/themas/taal/data.json', '{}');
      const inventory = readRouteInventory(root);
      expect(inventory.map((g) => g.pattern)).toEqual(['/', '/themas/[thema]/']);
      expect(inventory[1].samples).toEqual([
        {
          url: '/themas/taal/',
          file: 'themas/taal/index.html',
          bytes: Buffer.byteLength(themePage),
          reasons: ['first', 'largest', 'typical'],
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
