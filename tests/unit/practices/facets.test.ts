import { describe, it, expect } from 'vitest';
import {
  sizeClass,
  SIZE_CLASSES,
  matches,
  filterItems,
  countFacets,
  parseSelection,
  selectionToQuery,
  type FacetItem,
} from '../../../src/lib/practices/facets.ts';

describe('sizeClass', () => {
  it('puts each boundary in the class it starts (lower bound inclusive, upper exclusive)', () => {
    expect(sizeClass(0)).toBe('tot-10000');
    expect(sizeClass(9_999)).toBe('tot-10000');
    expect(sizeClass(10_000)).toBe('10000-25000');
    expect(sizeClass(24_999)).toBe('10000-25000');
    expect(sizeClass(25_000)).toBe('25000-50000');
    expect(sizeClass(49_999)).toBe('25000-50000');
    expect(sizeClass(50_000)).toBe('50000-100000');
    expect(sizeClass(99_999)).toBe('50000-100000');
    expect(sizeClass(100_000)).toBe('vanaf-100000');
    expect(sizeClass(562_002)).toBe('vanaf-100000');
  });

  it('classes cover the whole range without gaps or overlaps', () => {
    for (let i = 1; i < SIZE_CLASSES.length; i++) expect(SIZE_CLASSES[i].min).toBe(SIZE_CLASSES[i - 1].max);
    expect(SIZE_CLASSES[0].min).toBe(0);
    expect(SIZE_CLASSES.at(-1)!.max).toBe(Infinity);
  });

  it('rejects impossible populations', () => {
    expect(() => sizeClass(-1)).toThrow();
    expect(() => sizeClass(Number.NaN)).toThrow();
  });
});

const items: FacetItem[] = [
  { id: 'a', values: { thema: ['taal'], provincie: ['oost-vlaanderen'], bewijsniveau: ['goed-beschreven'] } },
  { id: 'b', values: { thema: ['taal', 'werk'], provincie: ['antwerpen'], bewijsniveau: ['veelbelovend'] } },
  { id: 'c', values: { thema: ['werk'], provincie: ['oost-vlaanderen'], bewijsniveau: ['effect-aangetoond'] } },
  { id: 'd', values: { thema: ['taal'], provincie: [], bewijsniveau: ['effect-aangetoond'] } },
];

describe('matching and filtering', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(filterItems(items, { thema: ['taal'] }).map((i) => i.id)).toEqual(['a', 'b', 'd']);
    expect(filterItems(items, { thema: ['taal', 'werk'] }).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterItems(items, { thema: ['taal'], provincie: ['oost-vlaanderen'] }).map((i) => i.id)).toEqual(['a']);
    expect(
      filterItems(items, { thema: ['taal'], provincie: ['oost-vlaanderen'], bewijsniveau: ['effect-aangetoond'] }),
    ).toEqual([]);
  });

  it('treats an empty selection (or empty facet) as no filter', () => {
    expect(filterItems(items, {})).toHaveLength(items.length);
    expect(filterItems(items, { thema: [] })).toHaveLength(items.length);
  });

  it('an item without a value for a selected facet does not match', () => {
    expect(matches(items[3], { provincie: ['oost-vlaanderen'] })).toBe(false);
  });
});

describe('countFacets', () => {
  it('counts other facets against the full selection and a facet against the others only', () => {
    const counts = countFacets(items, { thema: ['taal'] }, ['thema', 'provincie']);
    // Own facet ignores its own selection: every item counts.
    expect(counts.thema).toEqual({ taal: 3, werk: 2 });
    // Other facet is restricted to taal items (a, b, d).
    expect(counts.provincie).toEqual({ 'oost-vlaanderen': 1, antwerpen: 1 });
  });

  it('each count equals the size of the result when that option is added', () => {
    const selection = { provincie: ['oost-vlaanderen'] };
    const counts = countFacets(items, selection, ['thema', 'bewijsniveau']);
    for (const key of ['thema', 'bewijsniveau']) {
      for (const [value, n] of Object.entries(counts[key])) {
        expect(filterItems(items, { ...selection, [key]: [value] })).toHaveLength(n);
      }
    }
  });
});

describe('URL state', () => {
  const allowed = { thema: ['taal', 'werk'], provincie: ['oost-vlaanderen', 'antwerpen'] };

  it('round-trips a selection through the query string', () => {
    const selection = { thema: ['werk', 'taal'], provincie: ['oost-vlaanderen'] };
    const query = selectionToQuery(selection, ['thema', 'provincie']);
    expect(query).toBe('?thema=taal&thema=werk&provincie=oost-vlaanderen');
    expect(parseSelection(query, allowed)).toEqual({ thema: ['taal', 'werk'], provincie: ['oost-vlaanderen'] });
  });

  it('drops unknown keys and values and accepts comma-separated values', () => {
    expect(parseSelection('?thema=taal,onbekend&x=1&provincie=<script>', allowed)).toEqual({ thema: ['taal'] });
  });

  it('writes nothing for an empty selection', () => {
    expect(selectionToQuery({}, ['thema'])).toBe('');
  });
});
