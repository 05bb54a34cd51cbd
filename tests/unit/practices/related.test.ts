import { describe, it, expect } from 'vitest';
import {
  relatedIndex,
  relatedIndexBruteForce,
  scorePair,
  WEIGHTS,
  type RelatedInput,
} from '../../../src/lib/practices/related.ts';

const p = (
  id: string,
  themes: string[],
  provinces: string[],
  sizeClasses: string[],
  date = '2024-01-01',
): RelatedInput => ({ id, themes, provinces, sizeClasses, date });

describe('related practices', () => {
  const target = p('t', ['taal', 'werk'], ['Oost-Vlaanderen'], ['50000-100000']);
  const twoThemes = p('two', ['taal', 'werk'], ['Limburg'], ['tot-10000']);
  const oneThemeSameProvAndSize = p('near', ['taal'], ['Oost-Vlaanderen'], ['50000-100000']);
  const oneThemeSameProv = p('prov', ['taal'], ['Oost-Vlaanderen'], ['vanaf-100000']);
  const oneThemeSameSize = p('size', ['werk'], ['Antwerpen'], ['50000-100000']);
  const noTheme = p('none', ['onderwijs'], ['Oost-Vlaanderen'], ['50000-100000']);

  it('requires a shared theme and never suggests the practice itself', () => {
    expect(scorePair(target, noTheme)).toBeUndefined();
    expect(scorePair(target, target)).toBeUndefined();
    const all = relatedIndex([target, noTheme, oneThemeSameProv], 10)
      .get('t')!
      .map((m) => m.id);
    expect(all).toEqual(['prov']);
  });

  it('ranks more shared themes first, then same province, then same size class', () => {
    const ranked = relatedIndex(
      [target, oneThemeSameSize, oneThemeSameProv, noTheme, twoThemes, oneThemeSameProvAndSize],
      10,
    ).get('t')!;
    expect(ranked.map((m) => m.id)).toEqual(['two', 'near', 'prov', 'size']);
    expect(ranked[0].score).toBe(2 * WEIGHTS.theme);
    expect(ranked[1]).toMatchObject({ sameProvince: true, sameSizeClass: true, sharedThemes: ['taal'] });
  });

  it('breaks ties by the more recent date, then by id, whatever the input order', () => {
    const a = p('a', ['taal'], [], [], '2023-01-01');
    const b = p('b', ['taal'], [], [], '2024-06-01');
    const c = p('c', ['taal'], [], [], '2023-01-01');
    const t = p('x', ['taal'], [], []);
    const expected = ['b', 'a', 'c'];
    expect(
      relatedIndex([t, a, b, c], 5)
        .get('x')!
        .map((m) => m.id),
    ).toEqual(expected);
    expect(
      relatedIndex([c, b, t, a], 5)
        .get('x')!
        .map((m) => m.id),
    ).toEqual(expected);
  });

  it('limits the number of suggestions', () => {
    const many = Array.from({ length: 8 }, (_, i) => p(`p${i}`, ['taal'], [], []));
    expect(relatedIndex(many, 3).get('p0')).toHaveLength(3);
  });
});

describe('related practices: the linear index equals the exhaustive comparison', () => {
  // A small deterministic pseudo-random generator, so a failure is reproducible.
  function rng(seed: number) {
    return () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
  }
  it.each([1, 2, 3, 4, 5])('on random sets of practices (seed %i)', (seed) => {
    const r = rng(seed);
    const pick = <T>(list: T[], n: number) => [
      ...new Set(Array.from({ length: n }, () => list[Math.floor(r() * list.length)])),
    ];
    const themes = ['taal', 'werk', 'onderwijs', 'jeugd', 'veiligheid'];
    const provinces = ['A', 'B', 'C'];
    const sizes = ['s', 'm', 'l'];
    const items = Array.from({ length: 150 }, (_, i) =>
      p(
        `p${String(i).padStart(3, '0')}`,
        pick(themes, 1 + Math.floor(r() * 3)),
        pick(provinces, Math.floor(r() * 2)),
        pick(sizes, Math.floor(r() * 2)),
        `202${Math.floor(r() * 5)}-0${1 + Math.floor(r() * 9)}-01`,
      ),
    );
    for (const limit of [1, 3, 5]) {
      const fast = relatedIndex(items, limit);
      const exact = relatedIndexBruteForce(items, limit);
      for (const item of items)
        expect(
          fast.get(item.id)!.map((m) => m.id),
          `${item.id} limit ${limit}`,
        ).toEqual(exact.get(item.id)!.map((m) => m.id));
    }
  });
});
