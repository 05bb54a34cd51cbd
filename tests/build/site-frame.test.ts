/** Builds the small fixture site and checks the page frame every page shares. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildSite, workFolder, type SiteBuild } from '../support/build.ts';
import { readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT as FIXTURE } from '../support/fixture.ts';

let out: string;
let build: SiteBuild;

beforeAll(() => {
  out = workFolder('kb-frame');
  build = buildSite(FIXTURE, out);
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, 'dist', path), 'utf8');
const fixtureCount = (file: string) =>
  (Object.values(JSON.parse(readFileSync(join(FIXTURE, file), 'utf8')))[0] as unknown[]).length;

describe('fixture site build', () => {
  it('succeeds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('serves every page in Dutch with a skip link, the three pillars and a search form', () => {
    for (const path of ['index.html', 'over/index.html', '404.html']) {
      const html = page(path);
      expect(html).toContain('<html lang="nl-BE"');
      expect(html).toMatch(/<a class="skip-link" href="#inhoud">/);
      expect(html).toMatch(/<main id="inhoud"/);
      for (const href of ['/praktijken/', '/plan/', '/gemeenten/']) expect(html).toContain(`href="${href}"`);
      expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/zoeken\/"[^>]*method="get"/);
      expect(html).toMatch(/<label for="site-search-q"/);
    }
  });

  it('counts on the home page come from the content', () => {
    const html = page('index.html');
    const published = readdirSync(join(FIXTURE, 'praktijken')).filter((f) =>
      readFileSync(join(FIXTURE, 'praktijken', f), 'utf8').includes('status: gepubliceerd'),
    ).length;
    const actions = readdirSync(join(FIXTURE, 'acties')).length;
    expect(html).toContain(`>${published} praktijk${published === 1 ? '' : 'en'}<`);
    // Each plan's actions are counted apart (the fixture has one plan, short title "Plan Samenleven").
    expect(html).toContain(`>Plan Samenleven: ${actions} actie${actions === 1 ? '' : 's'}<`);
    expect(html).toContain(`${fixtureCount('gemeenten/gemeenten-2025.json')} gemeenten`);
  });

  it('has breadcrumbs with the current page marked', () => {
    expect(page('over/index.html')).toMatch(
      /<nav class="breadcrumbs" aria-label="Kruimelpad">[\s\S]*aria-current="page"/,
    );
  });

  it('ships no client JavaScript on the frame pages', () => {
    for (const path of ['index.html', 'over/index.html', '404.html'])
      expect(page(path)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(existsSync(join(out, 'dist', 'favicon.svg'))).toBe(true);
  });
});
