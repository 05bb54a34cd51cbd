/** The dependency rule of the fast rebuild: which pages a change to one practice touches. */
import { describe, it, expect } from 'vitest';
import {
  PRACTICE_ROUTES,
  practiceFacts,
  showsPractice,
  type PageRef,
  type PracticeFacts,
} from '../../../tools/fast/affected.ts';

const provinces: Record<string, string> = {
  '41002': 'Oost-Vlaanderen',
  '11002': 'Antwerpen',
  '24062': 'Vlaams-Brabant',
};
const provinceOf = (nis: string) => provinces[nis];

const practice = (status: string, extra: Record<string, unknown> = {}) =>
  practiceFacts(
    'aalst-babbelonie',
    { gemeenten: ['41002'], themas: ['taal'], acties: ['a5'], curatie: { status }, ...extra },
    provinceOf,
  );

const page = (route: string, params: Record<string, string | undefined> = {}): PageRef => ({
  component: `src/pages/${route}`,
  params,
});

/** A small site: one page of each route that can show a practice, and some that cannot. */
const SITE: PageRef[] = [
  page('praktijken/[id].astro', { id: 'aalst-babbelonie' }),
  page('praktijken/[id].astro', { id: 'andere-praktijk' }),
  page('praktijken/[...pagina].astro', { pagina: undefined }),
  page('praktijken/[...pagina].astro', { pagina: 'pagina/2' }),
  page('praktijken/provincie/[provincie]/[...pagina].astro', { provincie: 'oost-vlaanderen', pagina: undefined }),
  page('praktijken/provincie/[provincie]/[...pagina].astro', { provincie: 'antwerpen', pagina: undefined }),
  page('themas/[thema]/[...pagina].astro', { thema: 'taal', pagina: undefined }),
  page('themas/[thema]/[...pagina].astro', { thema: 'werk', pagina: undefined }),
  page('themas/index.astro'),
  page('index.astro'),
  page('gemeenten/[nis].astro', { nis: '41002' }),
  page('gemeenten/[nis].astro', { nis: '11002' }),
  page('plan/acties/[id].astro', { id: 'a5' }),
  page('plan/acties/[id].astro', { id: 'a6' }),
  page('inventaris/index.astro'),
  page('inventaris/overgenomen.astro'),
  page('data/index.astro'),
  page('indicatoren/[code].astro', { code: 'x' }),
  page('over/index.astro'),
];

const touched = (before: PracticeFacts | undefined, after: PracticeFacts | undefined) =>
  SITE.filter((p) => showsPractice(p, before, after)).map((p) =>
    `${p.component.slice(10)} ${Object.values(p.params).filter(Boolean).join('/')}`.trim(),
  );

describe('practiceFacts', () => {
  it('maps municipalities to province slugs and status to visibility', () => {
    const facts = practiceFacts(
      'x',
      { gemeenten: ['41002', '24062', '99999'], themas: ['taal'], acties: [], curatie: { status: 'gearchiveerd' } },
      provinceOf,
    );
    expect(facts).toEqual({
      id: 'x',
      page: true,
      listed: false,
      themes: ['taal'],
      municipalities: ['41002', '24062', '99999'],
      provinces: ['oost-vlaanderen', 'vlaams-brabant'],
      actions: [],
    });
  });

  it('gives no page and no lists to submissions and practices in review', () => {
    for (const status of ['ingediend', 'in-review', '']) {
      expect([practice(status).page, practice(status).listed]).toEqual([false, false]);
    }
  });
});

describe('showsPractice', () => {
  it('an edited published practice touches its page, the lists it is on and the counts, not other pages', () => {
    expect(touched(practice('gepubliceerd'), practice('gepubliceerd'))).toEqual([
      'praktijken/[id].astro aalst-babbelonie',
      'praktijken/[...pagina].astro',
      'praktijken/[...pagina].astro pagina/2',
      'praktijken/provincie/[provincie]/[...pagina].astro oost-vlaanderen',
      'themas/[thema]/[...pagina].astro taal',
      'themas/index.astro',
      'index.astro',
      'gemeenten/[nis].astro 41002',
      'plan/acties/[id].astro a5',
      'inventaris/index.astro',
      'inventaris/overgenomen.astro',
      'data/index.astro',
    ]);
  });

  it('a practice that moves to another theme and municipality touches the old and the new lists', () => {
    const after = practice('gepubliceerd', { themas: ['werk'], gemeenten: ['11002'] });
    const pages = touched(practice('gepubliceerd'), after);
    expect(pages).toContain('themas/[thema]/[...pagina].astro taal');
    expect(pages).toContain('themas/[thema]/[...pagina].astro werk');
    expect(pages).toContain('praktijken/provincie/[provincie]/[...pagina].astro oost-vlaanderen');
    expect(pages).toContain('praktijken/provincie/[provincie]/[...pagina].astro antwerpen');
    expect(pages).toContain('gemeenten/[nis].astro 41002');
    expect(pages).toContain('gemeenten/[nis].astro 11002');
  });

  it('a submission (ingediend, in review) touches only the inventory count, before and after', () => {
    for (const status of ['ingediend', 'in-review']) {
      expect(touched(undefined, practice(status))).toEqual(['inventaris/index.astro']);
      expect(touched(practice(status), practice(status))).toEqual(['inventaris/index.astro']);
    }
  });

  it('publishing a submission touches every page it will appear on', () => {
    expect(touched(practice('in-review'), practice('gepubliceerd'))).toEqual(
      touched(practice('gepubliceerd'), practice('gepubliceerd')),
    );
  });

  it('a practice taken back to review leaves its page and every list it was on', () => {
    const pages = touched(practice('gepubliceerd'), practice('in-review'));
    expect(pages).toContain('praktijken/[id].astro aalst-babbelonie');
    expect(pages).toContain('themas/[thema]/[...pagina].astro taal');
    expect(pages).toContain('gemeenten/[nis].astro 41002');
  });

  it('an archived practice keeps its page but touches no list of themes, provinces, municipalities or actions', () => {
    const pages = touched(practice('gearchiveerd'), practice('gearchiveerd'));
    expect(pages).toContain('praktijken/[id].astro aalst-babbelonie');
    expect(pages.filter((p) => /thema\]|provincie\]|nis\]|acties/.test(p))).toEqual([]);
  });

  it('a removed practice touches what it was on; nothing else', () => {
    expect(touched(practice('gepubliceerd'), undefined)).toEqual(
      touched(practice('gepubliceerd'), practice('gepubliceerd')),
    );
    expect(touched(undefined, undefined)).toEqual([]);
  });

  it('never touches a route outside the list of routes that show practices', () => {
    const others = SITE.filter((p) => !PRACTICE_ROUTES.includes(p.component));
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(showsPractice(p, practice('gepubliceerd'), practice('gepubliceerd'))).toBe(false);
  });

  it('a page with a missing parameter is not matched', () => {
    expect(showsPractice(page('gemeenten/[nis].astro', {}), practice('gepubliceerd'), practice('gepubliceerd'))).toBe(
      false,
    );
  });
});
