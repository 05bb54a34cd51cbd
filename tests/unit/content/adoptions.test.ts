import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContentTree, formatProblems } from '../../../src/lib/content/validation.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

const BASE = 'praktijken/taalcafe-fixture.mdx';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-adoptions-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const adoptionBlock = (target: string, bron = '    bron: { titel: Testbron over de overname, sectie: Paragraaf 2 }') =>
  ['overgenomenVan:', `  - praktijk: ${target}`, '    wijze: aangepast', '    wijzigingen: Andere doelgroep dan het voorbeeld.', ...(bron ? [bron] : [])].join('\n');

/** Writes a copy of the fixture practice under a new id, with an adoption block in its front matter. */
function practiceAdopting(id: string, block: string) {
  const text = readFileSync(join(root, BASE), 'utf8').replace(/^---\n/, `---\n${block}\n`);
  writeFileSync(join(root, 'praktijken', `${id}.mdx`), text);
}

const lineOf = (id: string, needle: string) =>
  readFileSync(join(root, 'praktijken', `${id}.mdx`), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('adoption relation (overgenomenVan)', () => {
  it('accepts an adoption of an existing, published practice with its source', () => {
    practiceAdopting('overname-a', adoptionBlock('taalcafe-fixture'));
    const { problems, entries } = validateContentTree(root);
    expect(formatProblems(problems)).toBe('');
    expect(entries.get('praktijken')!.get('overname-a')!.data.overgenomenVan).toEqual([
      expect.objectContaining({ praktijk: 'taalcafe-fixture', wijze: 'aangepast' }),
    ]);
  });

  it('refuses a target that does not exist, naming file, line and field', () => {
    practiceAdopting('overname-a', adoptionBlock('bestaat-niet'));
    const { problems } = validateContentTree(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'overgenomenVan[0].praktijk', line: lineOf('overname-a', 'praktijk: bestaat-niet') });
    expect(problems[0].file).toMatch(/praktijken\/overname-a\.mdx$/);
    expect(problems[0].message).toContain('"bestaat-niet" bestaat niet');
  });

  it('refuses a practice that adopts itself', () => {
    practiceAdopting('overname-a', adoptionBlock('overname-a'));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['overgenomenVan[0].praktijk', lineOf('overname-a', 'praktijk: overname-a')]]);
    expect(problems[0].message).toMatch(/niet van zichzelf/);
  });

  it('refuses a cycle and names the chain', () => {
    practiceAdopting('overname-a', adoptionBlock('overname-b'));
    practiceAdopting('overname-b', adoptionBlock('overname-c'));
    practiceAdopting('overname-c', adoptionBlock('overname-a'));
    const { problems } = validateContentTree(root);
    expect(problems).toHaveLength(3);
    const a = problems.find((p) => p.file.endsWith('overname-a.mdx'))!;
    expect(a.field).toBe('overgenomenVan[0].praktijk');
    expect(a.message).toContain('overname-a → overname-b → overname-c → overname-a');
  });

  it('refuses an adoption without a source', () => {
    practiceAdopting('overname-a', adoptionBlock('taalcafe-fixture', ''));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['overgenomenVan[0].bron']);
    expect(problems[0].line).toBe(lineOf('overname-a', 'overgenomenVan:') + 1);
    expect(problems[0].message).toMatch(/Bron van de overname is vereist/);
  });

  it('refuses a source that does not say where (no section, no web address)', () => {
    practiceAdopting('overname-a', adoptionBlock('taalcafe-fixture', '    bron: { titel: Alleen een titel }'));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['overgenomenVan[0].bron.sectie']);
    expect(problems[0].message).toMatch(/sectie of een webadres/);
  });

  it('refuses a published practice whose origin has no page yet', () => {
    practiceAdopting('overname-a', adoptionBlock('ingediend-fixture'));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['overgenomenVan[0].praktijk']);
    expect(problems[0].message).toMatch(/"ingediend-fixture" is nog niet gepubliceerd/);
  });
});

describe('adoption of an example outside the knowledge base', () => {
  const outside = (extra: string) =>
    ['overgenomenVan:', '  - voorbeeld: { naam: Een gelijkaardige survey, land: Nederland }', ...(extra ? [extra] : []), '    wijze: overgenomen', '    wijzigingen: De bron noemt geen wijzigingen.', '    bron: { titel: Testbron, sectie: Antwoord }'].join('\n');

  it('accepts an example described by name and country', () => {
    practiceAdopting('overname-a', outside(''));
    expect(formatProblems(validateContentTree(root).problems)).toBe('');
  });

  it('refuses a fiche and a described example at once', () => {
    practiceAdopting('overname-a', outside('    praktijk: taalcafe-fixture'));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['overgenomenVan[0].voorbeeld']);
    expect(problems[0].message).toMatch(/niet allebei/);
  });

  it('refuses an adoption that names no example at all', () => {
    practiceAdopting('overname-a', adoptionBlock('x').replace('  - praktijk: x\n    wijze', '  - wijze'));
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['overgenomenVan[0].praktijk']);
    expect(problems[0].message).toMatch(/Kies de oorspronkelijke praktijk/);
  });
});
