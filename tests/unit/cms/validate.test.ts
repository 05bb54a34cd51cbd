/**
 * The CMS runs the build's checks before it saves: /admin/validate.js is bundled from cms/validate.ts.
 * The bundle is run here as the browser runs it (a fresh global, code generation from strings
 * forbidden, as under /admin/'s policy), and its verdict on an entry is compared with the build's
 * verdict on the same entry written to a file.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext, createContext } from 'node:vm';
import { parse, stringify } from 'yaml';
import { buildValidatorBundle } from '../../../cms/bundle.ts';
import type { EntryProblem, validateCmsEntry } from '../../../cms/validate.ts';
import { validateContentTree } from '../../../src/lib/content/validation.ts';

const FIXTURE = 'tests/fixtures/site/content';
const PRACTICE = 'praktijken/taalcafe-fixture.mdx';
type Data = Record<string, any>;

let dir: string;
let validate: typeof validateCmsEntry;
let bundle: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-validate-'));
  await buildValidatorBundle(join(dir, 'validate.js'));
  bundle = readFileSync(join(dir, 'validate.js'), 'utf8');
  const window: { KENNISBANK_VALIDATE?: typeof validateCmsEntry } = {};
  // A browser's globals beyond the language itself: the web platform's URL and text codecs.
  const context = createContext(
    { window, URL, TextEncoder, TextDecoder },
    { codeGeneration: { strings: false, wasm: false } },
  );
  expect(() => runInContext('new Function("return 1")', context)).toThrow(/Code generation from strings disallowed/);
  runInContext(bundle, context);
  validate = window.KENNISBANK_VALIDATE!;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function practice(): { data: Data; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(FIXTURE, PRACTICE), 'utf8'))!;
  return { data: parse(m[1]), body: m[2] };
}

/** What the build says about this practice, written as the fixture's file: field and message, no line. */
function buildVerdict(data: Data, body: string): EntryProblem[] {
  const root = mkdtempSync(join(dir, 'tree-'));
  cpSync(FIXTURE, root, { recursive: true });
  writeFileSync(join(root, PRACTICE), `---\n${stringify(data)}---\n${body}`);
  return validateContentTree(root, root)
    .problems.filter((p) => p.file === PRACTICE)
    .map((p) => ({ field: p.field, message: p.message }));
}

/** What the CMS says about the same practice, as Decap hands it over (the body under "body"). */
const cmsVerdict = (data: Data, body: string) => validate('praktijken', { ...data, body }, 'taalcafe-fixture');
const sorted = (ps: EntryProblem[]) => [...ps].sort((a, b) => (a.field + a.message).localeCompare(b.field + b.message));

const BAD: [string, (d: Data) => void, string?][] = [
  ['without sources', (d) => (d.bronnen = [])],
  ['with an over-long summary', (d) => (d.samenvatting = 'x'.repeat(301))],
  ['with an over-long title', (d) => (d.titel = 'Taalcafé '.repeat(20))],
  ['with an e-mail address without consent', (d) => (d.contact = { ...d.contact, email: 'an@example.org' })],
  ['with a name without consent', (d) => (d.contact = { organisatie: 'Stad', rol: 'Dienst', naam: 'An Peeters' })],
  ['with an e-mail address hidden in another field', (d) => (d.partners = ['Vzw Taal, an.peeters@example.org'])],
  ['with an unknown theme value type', (d) => (d.themas = 'taal')],
  ['with an unknown level', (d) => (d.niveau = 'provinciaal')],
  ['foreign without country and transferability', (d) => Object.assign(d, { niveau: 'buitenland', gemeenten: [] })],
  ['published without evidence', (d) => delete d.bewijs],
  ['with a misspelt field', (d) => (d.doelgroep = ['nieuwkomers'])],
  ['with an import in the body', () => {}, "import fs from 'node:fs'\n\nTekst."],
  ['with a script element in the body', () => {}, 'Tekst.\n\n<script>alert(1)</script>\n'],
  ['with an expression in the body', () => {}, 'Tekst {process.env.HOME}.\n'],
  ['with a javascript: link in the body', () => {}, '[klik](javascript:alert(1))\n'],
  ['with an e-mail address in the body', () => {}, 'Mail naar an.peeters@example.org.\n'],
];

describe('the CMS refuses what the build refuses, in the same words', () => {
  it('accepts a valid practice, as the build does', () => {
    const { data, body } = practice();
    expect(buildVerdict(data, body)).toEqual([]);
    expect(cmsVerdict(data, body)).toEqual([]);
  });

  it.each(BAD)('a practice %s', (_what, change, newBody) => {
    const { data, body } = practice();
    change(data);
    const build = buildVerdict(data, newBody ?? body);
    expect(build.length, 'the build refuses it').toBeGreaterThan(0);
    expect(sorted(cmsVerdict(data, newBody ?? body))).toEqual(sorted(build));
  });

  it('names the problems of the fields and of the body in one pass', () => {
    const { data } = practice();
    data.bronnen = [];
    const body = "import fs from 'node:fs'\n\nTekst.";
    const build = buildVerdict(data, body);
    expect(build.map((p) => p.field).sort()).toEqual(['body', 'bronnen']);
    expect(sorted(cmsVerdict(data, body))).toEqual(sorted(build));
  });

  it('checks every record of a list file and names its place', () => {
    const themes = parse(readFileSync(join(FIXTURE, 'taxonomieen/themas.yaml'), 'utf8'));
    expect(validate('themas', themes)).toEqual([]);
    themes.themas[1].label = 'x'.repeat(500);
    themes.themas.push({ ...themes.themas[0] });
    const problems = validate('themas', themes);
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['themas[1].label', `themas[${themes.themas.length - 1}].id`]),
    );
    expect(problems.find((p) => p.field === 'themas[1].label')!.message).toMatch(/^themas\[1\]: label \(«.+»\): /);
  });

  it('refuses what is not an entry of a known collection', () => {
    expect(validate('bestaatniet', {})[0].message).toMatch(/Onbekende collectie/);
    expect(validate('praktijken', null)[0].message).toMatch(/geen velden/);
    expect(validate('themas', { themas: 'taal' })[0].message).toMatch(/Verwacht een lijst/);
    expect(validate('__proto__', {})[0].message).toMatch(/Onbekende collectie/);
  });

  it('is one classic script: no module syntax, no loader', () => {
    // It ran above in a context that forbids code generation from strings (zod's compiled parsers stay off).
    expect(bundle.startsWith('"use strict";(()=>{')).toBe(true);
    expect(bundle.trimEnd().endsWith('})();')).toBe(true);
  });
});
