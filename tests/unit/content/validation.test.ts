import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContentTree, formatProblems, newValidationCache, type ValidationCache } from '../../../src/lib/content/validation.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-content-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, from: string, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('validateContentTree', () => {
  it('accepts the fixture site and reads every collection', () => {
    const { problems, entries } = validateContentTree(root);
    expect(formatProblems(problems)).toBe('');
    expect(entries.get('gemeenten')!.size).toBe(JSON.parse(readFileSync(join(FIXTURE, 'gemeenten/gemeenten-2025.json'), 'utf8')).gemeenten.length);
    expect(entries.get('praktijken')!.has('taalcafe-fixture')).toBe(true);
  });

  it('names file, line, field and the missing id for a misspelt municipality code', () => {
    edit('praktijken/taalcafe-fixture.mdx', 'gemeenten: ["46021"]', 'gemeenten: ["46012"]');
    const { problems } = validateContentTree(root);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p.file).toMatch(/praktijken\/taalcafe-fixture\.mdx$/);
    expect(p.field).toBe('gemeenten[0]');
    const expectedLine = readFileSync(join(root, 'praktijken/taalcafe-fixture.mdx'), 'utf8').split('\n').findIndex((l) => l.startsWith('gemeenten:')) + 1;
    expect(p.line).toBe(expectedLine);
    expect(p.message).toContain('"46012" bestaat niet');
    expect(p.message).toContain('gemeenten-2025.json');
  });

  it('reports references to themes, goals and actions that do not exist', () => {
    edit('praktijken/taalcafe-fixture.mdx', 'themas: [taal]', 'themas: [tall]');
    edit('praktijken/taalcafe-fixture.mdx', 'beleidsdoelen: [bn2019-od2.2]', 'beleidsdoelen: [bn2019-od9.9]');
    edit('praktijken/taalcafe-fixture.mdx', 'acties: [plan-samenleven-5]', 'acties: [plan-samenleven-55]');
    const fields = validateContentTree(root).problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^themas\[0\]: .*thema "tall" bestaat niet/),
        expect.stringMatching(/^beleidsdoelen\[0\]: .*beleidsdoel "bn2019-od9.9" bestaat niet/),
        expect.stringMatching(/^acties\[0\]: .*actie "plan-samenleven-55" bestaat niet/),
      ]),
    );
  });

  it('reports a practice image that is not in the media folder, with file, line and field', () => {
    edit('praktijken/taalcafe-fixture.mdx', 'src: /media/taalcafe-fixture.jpg', 'src: /media/taalcafe-fixtuur.jpg');
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => [p.file.replace(/^.*\/praktijken\//, 'praktijken/'), p.field])).toEqual([['praktijken/taalcafe-fixture.mdx', 'afbeeldingen[0].src']]);
    const expectedLine = readFileSync(join(root, 'praktijken/taalcafe-fixture.mdx'), 'utf8').split('\n').findIndex((l) => l.includes('taalcafe-fixtuur.jpg')) + 1;
    expect(problems[0].line).toBe(expectedLine);
    expect(problems[0].message).toContain('/media/taalcafe-fixtuur.jpg bestaat niet');
    expect(problems[0].message).toContain(join(root, 'media'));
  });

  it('reports a misspelt field name instead of dropping it', () => {
    edit('praktijken/taalcafe-fixture.mdx', 'doelgroepen: [nieuwkomers]', 'doelgroepen: [nieuwkomers]\ndoelgroep: [kinderen]');
    const { problems } = validateContentTree(root);
    expect(problems.map((p) => p.field)).toEqual(['doelgroep']);
    expect(problems[0].message).toMatch(/Onbekend veld "doelgroep"/);
  });

  it('fails on a malformed JSON data file, naming file and line', () => {
    const file = join(root, 'gemeenten/gemeenten-2025.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"nis": "46021",', '"nis": "46021"'));
    const { problems } = validateContentTree(root);
    const json = problems.find((p) => p.file.endsWith('gemeenten-2025.json'));
    expect(json?.message).toMatch(/Onleesbare JSON/);
    expect(json?.line).toBeGreaterThan(1);
  });

  it('fails on malformed YAML with its line', () => {
    writeFileSync(join(root, 'plannen/plan-samenleven.yaml'), 'titel: "open\nkorteTitel: x\n');
    const { problems } = validateContentTree(root);
    expect(problems.some((p) => p.file.endsWith('plan-samenleven.yaml') && /Onleesbare YAML/.test(p.message))).toBe(true);
  });

  it('reports duplicate ids in list files', () => {
    edit('taxonomieen/themas.yaml', '  - id: samenleven', '  - id: taal');
    const { problems } = validateContentTree(root);
    expect(problems.find((p) => /Dubbele id "taal"/.test(p.message))?.file).toMatch(/themas\.yaml$/);
  });

  it('reports a file whose name cannot be a web address', () => {
    cpSync(join(root, 'plannen/plan-samenleven.yaml'), join(root, 'plannen/Plan Samenleven.yaml'));
    const { problems } = validateContentTree(root);
    expect(problems.some((p) => p.file.endsWith('Plan Samenleven.yaml') && /Bestandsnaam/.test(p.message))).toBe(true);
  });
});

describe('validateContentTree with a cache (the rebuild loop of npm start)', () => {
  const check = (cache?: ValidationCache) => {
    const { problems, entries } = validateContentTree(root, process.cwd(), cache);
    const data = [...entries].map(([name, byId]) => [name, [...byId].map(([id, e]) => [id, e.data])]);
    return { problems, data };
  };

  it('reports what a check without a cache reports, after each of a series of edits', () => {
    const cache = newValidationCache();
    expect(check(cache)).toEqual(check());
    // A field error, then a broken reference (found by the whole-tree pass), then the fix.
    edit('praktijken/taalcafe-fixture.mdx', 'gemeenten: ["46021"]', 'gemeenten: ["46012"]');
    const broken = check(cache);
    expect(broken.problems.map((p) => p.field)).toEqual(['gemeenten[0]']);
    expect(broken).toEqual(check());
    edit('praktijken/taalcafe-fixture.mdx', 'gemeenten: ["46012"]', 'gemeenten: ["46021"]');
    expect(check(cache)).toEqual(check());
    expect(check(cache).problems).toEqual([]);
  });

  it('sees an edit that keeps the file size, and a file removed or added', () => {
    const cache = newValidationCache();
    const file = 'praktijken/taalcafe-fixture.mdx';
    const text = readFileSync(join(root, file), 'utf8');
    const title = /^titel: (.*)$/m.exec(text)![1];
    check(cache);
    // Same length, other bytes: a size or time stamp would not tell.
    edit(file, `titel: ${title}`, `titel: ${title.slice(0, -1)}X`);
    const titleOf = () => (check(cache).data.find(([n]) => n === 'praktijken')![1] as [string, any][]).find(([id]) => id === 'taalcafe-fixture')![1].titel;
    expect(titleOf()).toBe(`${title.slice(0, -1)}X`);
    writeFileSync(join(root, 'praktijken/kopie.mdx'), text.replace(/^titel: .*$/m, `titel: ${'y'.repeat(200)}`));
    expect(check(cache).problems.map((p) => [p.file.endsWith('kopie.mdx'), p.field])).toEqual([[true, 'titel']]);
    rmSync(join(root, 'praktijken/kopie.mdx'));
    expect(check(cache).problems).toEqual([]);
  });
});
