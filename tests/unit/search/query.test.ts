import { describe, it, expect } from 'vitest';
import {
  actionFirst,
  placeSearchOptions,
  uniqueByUrl,
  titleFirst,
  excerptParts,
  highlightUrl,
  municipalityFirst,
  pagefindOptions,
  parseSearchState,
  searchStateToQuery,
} from '../../../src/lib/search/query.ts';
import {
  actionNumberOf,
  FILTER_LABELS,
  SEARCH_FILTERS,
  SEARCH_TYPE_LABELS,
} from '../../../src/lib/search/vocabulary.ts';
import { contentTypes } from '../../../src/schemas/index.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const query = 'q=taalcaf%C3%A9&type=Goede+praktijk&provincie=Limburg&sort=datum';
    const state = parseSearchState(new URLSearchParams(query));
    expect(state).toEqual({ q: 'taalcafé', filters: { type: 'Goede praktijk', provincie: 'Limburg' }, sort: 'datum' });
    expect(searchStateToQuery(state)).toBe(query);
  });
  it('ignores unknown parameters and empty values, and bounds lengths', () => {
    const state = parseSearchState(new URLSearchParams(`q=${'a'.repeat(500)}&thema=&foo=bar&sort=x`));
    expect(state.q).toHaveLength(200);
    expect(state.filters).toEqual({});
    expect(state.sort).toBe('relevantie');
  });
  it('maps to Pagefind options', () => {
    expect(pagefindOptions({ q: 'x', filters: { thema: 'Taal' }, sort: 'datum' })).toEqual({
      filters: { thema: 'Taal' },
      sort: { datum: 'desc' },
    });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'relevantie' })).toEqual({ filters: {} });
  });
});

describe('excerpt highlighting without HTML parsing', () => {
  it('splits marks from text and decodes entities', () => {
    expect(excerptParts('een <mark>taalcafé</mark> &amp; meer &lt;b&gt;')).toEqual([
      { text: 'een ', mark: false },
      { text: 'taalcafé', mark: true },
      { text: ' & meer <b>', mark: false },
    ]);
  });
  it('drops any other tag, so an excerpt can never inject markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>x</mark>');
    expect(parts).toEqual([{ text: 'x', mark: true }]);
  });
});

describe('municipality first', () => {
  const r = (type: string, gemeente: string, vroeger?: string) => ({ meta: { type, gemeente, vroeger } });
  it('moves the municipality whose name is the query to the top, keeping the rest in order', () => {
    const results = [
      r('Goede praktijk', 'Gent'),
      r('Goede praktijk', 'Gent'),
      r('Gemeente', 'Gent'),
      r('Gemeente', 'Gavere'),
    ];
    expect(municipalityFirst('gent', results)).toEqual([results[2], results[0], results[1], results[3]]);
  });
  it('matches former names and ignores accents and case, but not partial names', () => {
    const results = [
      r('Goede praktijk', 'x'),
      r('Gemeente', 'Beveren-Kruibeke-Zwijndrecht', 'Beveren,Kruibeke,Zwijndrecht'),
    ];
    expect(municipalityFirst('KRUIBEKE', results)[0]).toBe(results[1]);
    expect(municipalityFirst('Kruibe', results)[0]).toBe(results[0]);
  });
});

describe('highlight on arrival', () => {
  it('adds a text fragment with the first matched word, encoded', () => {
    expect(highlightUrl('/praktijken/x/', 'een <mark>taalcafé</mark> in <mark>Gent</mark>')).toBe(
      '/praktijken/x/#:~:text=taalcaf%C3%A9',
    );
    expect(highlightUrl('/gemeenten/46021/', 'in <mark>Sint-Niklaas</mark>')).toBe(
      '/gemeenten/46021/#:~:text=Sint%2DNiklaas',
    );
  });
  it('leaves links without a match or with a fragment alone', () => {
    expect(highlightUrl('/over/', 'geen treffer')).toBe('/over/');
    expect(highlightUrl('/over/#bronnen', '<mark>x</mark>')).toBe('/over/#bronnen');
  });
});

describe('an action number query', () => {
  it('reads "actie 5", "Actie 12" and "actie5", nothing else', () => {
    expect(['actie 5', 'Actie 12', ' actie5 '].map(actionNumberOf)).toEqual([5, 12, 5]);
    expect(['actie', 'acties 5', 'actie 5 gent', '5', 'actie 123'].map(actionNumberOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('puts the action first, then the practices that carry it out, then the rest without repeating any', () => {
    const r = (url: string, type: string) => ({ url, meta: { type } });
    const carried = [
      r('/praktijken/a/', SEARCH_TYPE_LABELS.praktijk),
      r('/plan/acties/plan-samenleven-5/', SEARCH_TYPE_LABELS.actie),
    ];
    const rest = [
      r('/gemeenten/46021/', SEARCH_TYPE_LABELS.gemeente),
      r('/praktijken/a/', SEARCH_TYPE_LABELS.praktijk),
    ];
    expect(actionFirst(carried, rest).map((x) => x.url)).toEqual([
      '/plan/acties/plan-samenleven-5/',
      '/praktijken/a/',
      '/gemeenten/46021/',
    ]);
  });
  it("every filter key is labelled, and the type labels are the registry's singular labels", () => {
    for (const key of SEARCH_FILTERS) expect(FILTER_LABELS[key]).toBeTruthy();
    expect(contentTypes.praktijken.labelSingular).toBe(SEARCH_TYPE_LABELS.praktijk);
    expect(contentTypes.acties.labelSingular).toBe(SEARCH_TYPE_LABELS.actie);
  });
});

describe('titleFirst', () => {
  const r = (url: string, title: string) => ({ url, meta: { title } });
  it('moves the page titled like the query to the top, reading an action title without its number', () => {
    const results = [
      r('/praktijken/b/', 'Wijkverbeteringscontract tuinwijk Beringen-Mijn'),
      r('/plan/acties/plan-samenleven-3/', 'Actie 3: Wijkverbeteringscontracten afsluiten'),
    ];
    expect(titleFirst('wijkverbeteringscontracten', results).map((x) => x.url)).toEqual([
      '/plan/acties/plan-samenleven-3/',
      '/praktijken/b/',
    ]);
  });
  it('else moves a title that opens with the query as whole words, after an exact title', () => {
    const results = [
      r('/praktijken/b/', 'Wijkverbeteringscontract tuinwijk'),
      r('/plan/acties/plan-samenleven-3/', 'Actie 3: Wijkverbeteringscontracten afsluiten'),
    ];
    expect(titleFirst('wijkverbeteringscontracten', results)[0].url).toBe('/plan/acties/plan-samenleven-3/');
    expect(
      titleFirst('wijk', [r('/a/', 'Wijkwerking'), r('/b/', 'Wijk in beweging'), r('/c/', 'Wijk')]).map((x) => x.url),
    ).toEqual(['/c/', '/a/', '/b/']);
  });
  it('keeps the order when no title is the query', () => {
    const results = [r('/a/', 'Taalcafé Mundial'), r('/b/', 'Klapsalon')];
    expect(titleFirst('taal', results)).toEqual(results);
  });
});

describe('placeSearchOptions and uniqueByUrl', () => {
  it('looks up a municipality page for a word query without a type filter, and only then', () => {
    expect(placeSearchOptions('Mechelen', { filters: {} })).toEqual({ filters: { type: 'Gemeente' } });
    expect(placeSearchOptions('Mechelen', { filters: { provincie: 'Antwerpen' }, sort: { datum: 'desc' } })).toEqual({
      filters: { provincie: 'Antwerpen', type: 'Gemeente' },
      sort: { datum: 'desc' },
    });
    expect(placeSearchOptions('actie 5', { filters: {} })).toBeUndefined();
    expect(placeSearchOptions('Mechelen', { filters: { type: 'Goede praktijk' } })).toBeUndefined();
    expect(placeSearchOptions('  ', { filters: {} })).toBeUndefined();
  });

  it('keeps the first occurrence of each page, in order', () => {
    const r = (url: string, n: number) => ({ url, n });
    expect(uniqueByUrl([r('/a/', 1), r('/b/', 2), r('/a/', 3), r('/c/', 4), r('/b/', 5)])).toEqual([
      r('/a/', 1),
      r('/b/', 2),
      r('/c/', 4),
    ]);
  });
});
