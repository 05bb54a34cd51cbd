import { describe, it, expect } from 'vitest';
import { Map as ImmutableMap } from 'immutable';
import {
  parseCmsFile,
  serialiseCmsFile,
  dataJson,
  firstDifference,
  CmsFormatError,
  type SerialisationSpec,
} from '../../../src/lib/content/cms-format.ts';

const yaml = (fieldOrder: string[], saveHook?: SerialisationSpec['saveHook']): SerialisationSpec => ({
  format: 'yaml',
  fieldOrder,
  ...(saveHook ? { saveHook } : {}),
});
const canonical = (text: string, spec: SerialisationSpec) => serialiseCmsFile(parseCmsFile(text, spec.format), spec);

describe('YAML as Decap writes it (yaml 1.10.2 defaults)', () => {
  it('drops needless quotes, turns flow lists into block lists and sorts top-level keys by the form', () => {
    const input = 'b: "twee"\na: [x, "y"]\n';
    expect(canonical(input, yaml(['a', 'b']))).toBe('a:\n  - x\n  - y\nb: twee\n');
  });

  it('keeps quotes where a plain scalar would read as another type or break the syntax', () => {
    const input = 'a: "41002"\nb: "ja: nee"\nc: "true"\nd: "- lijst"\n';
    expect(canonical(input, yaml(['a', 'b', 'c', 'd']))).toBe('a: "41002"\nb: "ja: nee"\nc: "true"\nd: "- lijst"\n');
  });

  it('folds a long plain string at 80 columns, and reading it back gives the same text', () => {
    const words = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ');
    const out = canonical(`t: ${words}\n`, yaml(['t']));
    expect(out.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(out.split('\n').length).toBeGreaterThan(3);
    expect(parseCmsFile(out, 'yaml')).toEqual({ t: words });
  });

  it('leaves keys outside the form where the sort puts them, and nested keys in the order read', () => {
    const out = canonical('z: 1\nb:\n  y: 1\n  x: 2\na: 3\n', yaml(['a', 'b']));
    expect(out).toBe('z: 1\na: 3\nb:\n  y: 1\n  x: 2\n');
  });

  it('orders an object of more than eight keys as the editor state (an Immutable hashed map) holds it', () => {
    const keys = ['titel', 'samenvatting', 'niveau', 'gemeenten', 'themas', 'doelgroepen', 'beleidsdoelen', 'acties', 'periode'];
    const nested = Object.fromEntries(keys.map((k, i) => [k, i]));
    const out = serialiseCmsFile({ n: nested }, yaml(['n']));
    const order = [...out.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(order).toHaveLength(9);
    expect(order).not.toEqual(keys);
    expect(order).toEqual(Object.keys(ImmutableMap(nested).toJS()));
  });

  it('runs the save hook on the editor data before writing', () => {
    const hook = (data: ReturnType<typeof ImmutableMap>) => (data as ImmutableMap<string, unknown>).delete('leeg');
    expect(serialiseCmsFile({ a: 1, leeg: '' }, yaml(['a', 'leeg'], hook as never))).toBe('a: 1\n');
  });

  it('leaves out fields a script set to undefined (nothing read from a file is undefined), keeps null', () => {
    const data = { a: 1, b: undefined, c: [{ d: undefined, e: null }] };
    const out = serialiseCmsFile(data, yaml(['a', 'b', 'c']));
    expect(out).not.toMatch(/\bb\b|\bd\b/);
    expect(parseCmsFile(out, 'yaml')).toEqual({ a: 1, c: [{ e: null }] });
  });

  it('refuses YAML it cannot read, saying why', () => {
    expect(() => parseCmsFile('a: [1, 2\n', 'yaml')).toThrow(CmsFormatError);
    expect(() => parseCmsFile('a: 1\na: 2\n', 'yaml')).toThrow(/Map keys must be unique/);
  });
});

describe('front matter as Decap writes it', () => {
  const spec: SerialisationSpec = { format: 'frontmatter', fieldOrder: ['titel', 'themas', 'body'] };

  it('keeps the body byte for byte and writes the front matter between --- lines', () => {
    const body = '\n## Kop\n\nTekst met *nadruk*  \nen twee spaties.\n\n\n';
    const input = `---\nthemas: [a]\ntitel: "Taalcafé"\n---\n${body}`;
    expect(canonical(input, spec)).toBe(`---\ntitel: Taalcafé\nthemas:\n  - a\n---\n${body}`);
  });

  it('ends the file with one line break when the body has none, and writes no body when it is empty', () => {
    expect(canonical('---\ntitel: x\n---\nTekst', spec)).toBe('---\ntitel: x\n---\nTekst\n');
    expect(canonical('---\ntitel: x\n---\n', spec)).toBe('---\ntitel: x\n---\n');
    expect(parseCmsFile('---\ntitel: x\n---\n\n  \n', 'frontmatter')).toEqual({ titel: 'x' });
  });

  it('refuses a file without front matter', () => {
    expect(() => parseCmsFile('# Alleen tekst\n', 'frontmatter')).toThrow(/front matter/);
  });
});

describe('JSON as Decap writes it', () => {
  it('indents by two spaces and ends with a line break', () => {
    const spec: SerialisationSpec = { format: 'json', fieldOrder: ['lijst'] };
    expect(canonical('{"lijst":[{"a":1}]}', spec)).toBe('{\n  "lijst": [\n    {\n      "a": 1\n    }\n  ]\n}\n');
  });

  it('throws on broken JSON', () => {
    expect(() => parseCmsFile('{"a":', 'json')).toThrow(SyntaxError);
  });
});

describe('dataJson (files the CMS never opens)', () => {
  it('writes one record a line, empty lists and maps inline', () => {
    const text = dataJson({ indicator: 'x', leeg: [], rijen: [{ a: 1 }, { a: 2 }], paden: { '1': 'M0Z' } });
    expect(text).toBe('{"indicator":"x","leeg":[],"rijen":[\n{"a":1},\n{"a":2}\n],"paden":{\n"1":"M0Z"\n}}\n');
    expect(JSON.parse(text)).toEqual({ indicator: 'x', leeg: [], rijen: [{ a: 1 }, { a: 2 }], paden: { '1': 'M0Z' } });
  });
});

describe('firstDifference', () => {
  it('names the first differing line, also when one text is longer', () => {
    expect(firstDifference('a\nb\nc', 'a\nb\nc')).toBeUndefined();
    expect(firstDifference('a\nx\nc', 'a\nb\nc')).toEqual({ line: 2, actual: 'x', expected: 'b' });
    expect(firstDifference('a\n', 'a\nb\n')).toEqual({ line: 2, actual: '', expected: 'b' });
  });
});
