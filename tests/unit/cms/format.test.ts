/** Each content file's serialisation, bound to the CMS config and the CMS's own save hook. */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialisationFor, canonicalText, serialiseFor, serialisationProblem } from '../../../cms/format.ts';
import { parseCmsFile } from '../../../src/lib/content/cms-format.ts';

describe('serialisationFor', () => {
  it('knows every kind of content file, and no file outside the collections', () => {
    expect(serialisationFor('content/praktijken/x.mdx')).toMatchObject({
      collection: 'praktijken',
      format: 'frontmatter',
    });
    expect(serialisationFor('content/paginas/over.md')).toMatchObject({ collection: 'paginas', format: 'frontmatter' });
    expect(serialisationFor('content/acties/a.yaml')).toMatchObject({ collection: 'acties', format: 'yaml' });
    expect(serialisationFor('content/taxonomieen/themas.yaml')).toMatchObject({ collection: 'themas', format: 'yaml' });
    expect(serialisationFor('content/gemeenten/gemeenten-2025.json')).toMatchObject({ format: 'json' });
    expect(serialisationFor('content/indicatorwaarden/x.json')).toMatchObject({ format: 'data-json' });
    expect(serialisationFor('content/praktijken/x.yaml')).toBeUndefined();
    expect(serialisationFor('content/praktijken/sub/x.mdx')).toBeUndefined();
    expect(serialisationFor('content/taxonomieen/onbekend.yaml')).toBeUndefined();
    expect(serialisationFor('src/x.yaml')).toBeUndefined();
  });

  it('sorts a practice by the form order, body last', () => {
    const order = serialisationFor('content/praktijken/x.mdx')!.fieldOrder;
    expect(order[0]).toBe('titel');
    expect(order.at(-1)).toBe('body');
    expect(order).toContain('curatie');
  });

  it('imported collections carry no save hook (the CMS refuses to save them)', () => {
    expect(serialisationFor('content/gemeenten/fusies-2025.json')!.saveHook).toBeUndefined();
    expect(serialisationFor('content/acties/a.yaml')!.saveHook).toBeTypeOf('function');
  });
});

describe('the CMS save hook (cms/admin-init.js, run in a sandbox)', () => {
  it('leaves out empty optional fields and keeps empty required ones for the check to name', () => {
    const text = '---\ntitel: ""\nacties: []\npartners: []\nthemas: [a]\n---\nTekst\n';
    const out = canonicalText('content/praktijken/x.mdx', text);
    expect(out).not.toMatch(/^acties:/m);
    expect(out).not.toMatch(/^partners:/m);
    expect(out).toMatch(/^titel: ""$/m);
    expect(out).toMatch(/^themas:\n {2}- a$/m);
  });

  it('leaves an imported list untouched apart from the layout', () => {
    const data = { gemeenten: [{ nis: '11001', naam: 'Aartselaar', naamFr: '' }] };
    const out = serialiseFor('content/gemeenten/gemeenten-2025.json', data);
    expect(JSON.parse(out)).toEqual(data);
    expect(out).toBe(JSON.stringify(data, null, 2) + '\n');
  });
});

describe('serialisationProblem', () => {
  it('names the file, the first differing line and the command that fixes it', () => {
    const text = 'titel: "Een actie"\nnummer: 1\n';
    const problem = serialisationProblem('content/acties/a.yaml', text);
    expect(problem).toMatch(/^content\/acties\/a\.yaml:1 — /);
    expect(problem).toContain('"titel: \\"Een actie\\""');
    expect(problem).toContain('npm run format:content');
    expect(serialisationProblem('content/acties/a.yaml', canonicalText('content/acties/a.yaml', text))).toBeUndefined();
  });

  it('says which file cannot be read instead of throwing a bare parser error', () => {
    expect(() => canonicalText('content/acties/a.yaml', 'titel: [\n')).toThrow(
      /^content\/acties\/a\.yaml: onleesbaar als yaml/,
    );
    expect(() => canonicalText('content/onbekend/a.yaml', 'a: 1\n')).toThrow(
      /content\/onbekend\/a\.yaml: geen bekende opslagvorm/,
    );
  });
});

describe('npm run format:content', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['tools/format-content.ts', ...args], { encoding: 'utf8' });

  it('rewrites non-canonical files into the CMS serialisation, and --check then finds nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-format-'));
    mkdirSync(join(dir, 'acties'));
    mkdirSync(join(dir, 'praktijken'));
    mkdirSync(join(dir, 'indicatorwaarden'));
    const action = 'samenvatting: "Kort"\ntitel: \'Een actie\'\nthemas: [a, b]\n';
    writeFileSync(join(dir, 'acties', 'a.yaml'), action);
    writeFileSync(join(dir, 'praktijken', 'p.mdx'), '---\nacties: []\ntitel: "P"\n---\n\nTekst *blijft* zo.');
    writeFileSync(join(dir, 'indicatorwaarden', 'x.json'), '{ "indicator": "x", "rijen": [ {"a": 1} ] }');

    const before = run('--check', dir);
    expect(before.status).toBe(1);
    expect(before.stdout).toMatch(/acties\/a\.yaml:1 — .*npm run format:content/);
    expect(before.stdout).toContain('3 niet in de opslagvorm');

    const fix = run(dir);
    expect(fix.status).toBe(0);
    expect(fix.stdout).toContain('3 herschreven');
    const fixedAction = readFileSync(join(dir, 'acties', 'a.yaml'), 'utf8');
    expect(fixedAction.indexOf('titel: Een actie')).toBeLessThan(fixedAction.indexOf('samenvatting: Kort'));
    expect(fixedAction).toContain('themas:\n  - a\n  - b\n');
    expect(parseCmsFile(fixedAction, 'yaml')).toEqual(parseCmsFile(action, 'yaml'));
    expect(readFileSync(join(dir, 'praktijken', 'p.mdx'), 'utf8')).toBe('---\ntitel: P\n---\n\nTekst *blijft* zo.\n');
    expect(readFileSync(join(dir, 'indicatorwaarden', 'x.json'), 'utf8')).toBe(
      '{"indicator":"x","rijen":[\n{"a":1}\n]}\n',
    );

    const after = run('--check', dir);
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('3 bestanden nagekeken: 0 niet in de opslagvorm');
  });

  it('stops with the file name on a file it cannot read or place', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-format-'));
    mkdirSync(join(dir, 'acties'));
    writeFileSync(join(dir, 'acties', 'kapot.yaml'), 'titel: [\n');
    writeFileSync(join(dir, 'los.txt'), 'x');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/acties/kapot.yaml: onleesbaar als yaml');
    expect(result.stderr).toContain('content/los.txt: geen bekende opslagvorm');
    expect(readFileSync(join(dir, 'acties', 'kapot.yaml'), 'utf8')).toBe('titel: [\n');
  });
});
