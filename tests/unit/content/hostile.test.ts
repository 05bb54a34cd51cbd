/**
 * Hostile and careless input for the content check: every case must come back as problems naming
 * the file, the real line and the field, never as a crash and never as silent acceptance.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { validateContentTree, formatProblems, type Problem } from '../../../src/lib/content/validation.ts';
import { CONTENT_LIMITS } from '../../../src/lib/content/limits.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

const PRACTICE = 'praktijken/taalcafe-fixture.mdx';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-hostile-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(root, file), text);
const edit = (file: string, from: string, to: string) => {
  const text = read(file);
  expect(text).toContain(from);
  write(file, text.replace(from, to));
};
const lineOf = (file: string, needle: string) => read(file).split('\n').findIndex((l) => l.includes(needle)) + 1;
const check = () => validateContentTree(root, root).problems;
const about = (problems: Problem[], file: string) => problems.filter((p) => p.file === file);
/** The check ran, found this file wrong, and each problem names file, a real line and a field (or the body). */
function refused(file: string, field?: string | RegExp): Problem[] {
  let problems: Problem[] = [];
  expect(() => (problems = check())).not.toThrow();
  const own = about(problems, file);
  expect(own.length, formatProblems(problems) || 'no problem').toBeGreaterThan(0);
  for (const p of own) {
    expect(p.line, formatProblems([p])).toBeGreaterThan(0);
    expect(p.line!).toBeLessThanOrEqual(read(file).split('\n').length);
    expect(typeof p.field).toBe('string');
  }
  if (field !== undefined) expect(own.map((p) => p.field), formatProblems(own)).toContainEqual(typeof field === 'string' ? field : expect.stringMatching(field));
  return own;
}

describe('prototype-member names', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('reports the key %s as an unknown field, at top level and nested', (key) => {
    edit(PRACTICE, 'status: lopend', `status: lopend\n${key}: 1\nperiode2: 1`);
    edit(PRACTICE, '  organisatie: Stad Sint-Niklaas', `  organisatie: Stad Sint-Niklaas\n  ${key}: x`);
    const own = refused(PRACTICE);
    expect(own.map((p) => p.field)).toEqual(expect.arrayContaining([key, `contact.${key}`]));
    expect(own.find((p) => p.field === key)!.line).toBe(lineOf(PRACTICE, `${key}: 1`));
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'isPrototypeOf'])('refuses a component named %s and an attribute named so', (name) => {
    edit(PRACTICE, 'Een testpraktijk voor de build-test.', `Een testpraktijk.\n\n<${name} />\n\n<Kader titel="x" ${name}="y">tekst</Kader>`);
    const own = refused(PRACTICE, 'body');
    expect(own.map((p) => p.line)).toEqual([lineOf(PRACTICE, `<${name} />`), lineOf(PRACTICE, `${name}="y"`)]);
  });

  it('reports a list item keyed __proto__ in a taxonomy file', () => {
    edit('taxonomieen/themas.yaml', '  - id: taal', '  - __proto__: { id: x }\n    id: taal');
    refused('taxonomieen/themas.yaml', '__proto__');
  });
});

describe('nesting, aliases and size', () => {
  it(`refuses data nested deeper than ${CONTENT_LIMITS.depth} levels, stating the limit`, () => {
    edit(PRACTICE, 'status: lopend', `status: lopend\npartners: ${'['.repeat(40)}x${']'.repeat(40)}`);
    const own = refused(PRACTICE);
    expect(own[0].message).toContain(`${CONTENT_LIMITS.depth} niveaus`);
  });

  it.each([
    ['blockquotes', `${'>'.repeat(5000)} diep`],
    ['lists', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')],
    ['components', `${'<Kader titel="x">\n'.repeat(40)}tekst\n${'</Kader>\n'.repeat(40)}`],
    ['quotes in lists', Array.from({ length: 30 }, (_, i) => `${'> '.repeat(i)}- niveau ${i}`).join('\n')],
  ])('refuses a body of deeply nested %s with the limit, without overflowing', (_what, body) => {
    edit(PRACTICE, 'Een testpraktijk voor de build-test.', body);
    const own = refused(PRACTICE, 'body');
    expect(own[0].message).toContain(`${CONTENT_LIMITS.depth} niveaus`);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    write('acties/plan-samenleven-5.yaml', `${bomb}\n${read('acties/plan-samenleven-5.yaml')}`);
    const own = refused('acties/plan-samenleven-5.yaml', '');
    expect(own[0].message).toMatch(/aliassen.*100/);
  });

  it('refuses front matter and a body over the stated size, naming the limit', () => {
    edit(PRACTICE, 'Een testpraktijk voor de build-test.', 'Lang. '.repeat(CONTENT_LIMITS.bodyBytes / 5));
    const [body] = refused(PRACTICE, 'body');
    expect(body.message).toContain(`${CONTENT_LIMITS.bodyBytes / 1024} kB`);
    expect(body.line).toBe(lineOf(PRACTICE, '## Wat is het?') - 1);
    cpSync(join(FIXTURE, PRACTICE), join(root, PRACTICE));
    edit(PRACTICE, 'status: lopend', `status: lopend\n# ${'x'.repeat(CONTENT_LIMITS.frontMatterBytes)}`);
    expect(refused(PRACTICE)[0].message).toContain(`${CONTENT_LIMITS.frontMatterBytes / 1024} kB`);
  });

  it('refuses a file that is not UTF-8, naming it', () => {
    writeFileSync(join(root, 'plannen/plan-samenleven.yaml'), Buffer.concat([Buffer.from('titel: Caf'), Buffer.from([0xe9]), readFileSync(join(FIXTURE, 'plannen/plan-samenleven.yaml'))]));
    expect(refused('plannen/plan-samenleven.yaml')[0].message).toMatch(/UTF-8/);
  });
});

describe('YAML syntax errors on their real line', () => {
  it.each([
    ['an unclosed flow list', 'themas: [taal]', 'themas: [taal'],
    ['a bad indentation', '  structureel: true', '    structureel: true\n   x: 1'],
    ['a duplicate key', 'status: lopend', 'status: lopend\nstatus: gestopt'],
    ['a tab as indentation', '  structureel: true', '\tstructureel: true'],
  ])('reports %s where it is', (_what, from, to) => {
    edit(PRACTICE, from, to);
    const line = lineOf(PRACTICE, to.split('\n').at(-1)!.trim());
    const own = refused(PRACTICE);
    expect(own.map((p) => p.line).some((l) => Math.abs(l! - line) <= 1), `${formatProblems(own)}\nexpected near line ${line}`).toBe(true);
    expect(own.every((p) => p.line !== 2) || line <= 3).toBe(true);
  });

  it('reports an error in a YAML data file on its line', () => {
    edit('plannen/plan-samenleven.yaml', '\n', '\nkapot: [\n');
    expect(refused('plannen/plan-samenleven.yaml').map((p) => p.line)).toContainEqual(expect.any(Number));
  });
});

describe('reserved ids', () => {
  it.each([
    ['plannen/recent.yaml', 'plannen/plan-samenleven.yaml'],
    ['plannen/acties.yaml', 'plannen/plan-samenleven.yaml'],
    ['praktijken/provincie.mdx', PRACTICE],
    ['praktijken/pagina.mdx', PRACTICE],
  ])('refuses %s by name', (file, from) => {
    copyFileSync(join(root, from), join(root, file));
    const own = refused(file);
    const id = file.split('/')[1].split('.')[0];
    expect(own.map((p) => p.message)).toContainEqual(expect.stringContaining(`"${id}" is voorbehouden`));
  });
});

describe('characters that break exports or spoof text', () => {
  it.each([
    ['a bell in the title', 'titel: Taalcafé (fixture)', 'titel: "Taalcafé\\u0007 (fixture)"', 'titel', 'U+0007'],
    ['a right-to-left override in the title', 'titel: Taalcafé (fixture)', 'titel: "Taalcafé \u202egpj.exe"', 'titel', 'U+202E'],
    ['an isolate in a partner', 'status: lopend', 'status: lopend\npartners: ["VZW \\u2067x\\u2069"]', 'partners[0]', 'U+2067'],
    ['a form feed in the summary', 'samenvatting: Een testpraktijk waarin vrijwilligers en nieuwkomers wekelijks Nederlands oefenen.', 'samenvatting: "\\fEen testpraktijk."', 'samenvatting', 'U+000C'],
    ['a tab at the start of a source title', '  - titel: Testbron', '  - titel: "\\t=HYPERLINK(1)"', 'bronnen[0].titel', 'U+0009'],
    ['a C1 control in alt text', '    alt: Testbeeld van een oranje cirkel op een kleurverloop', '    alt: "\\u0085Testbeeld"', 'afbeeldingen[0].alt', 'U+0085'],
  ])('refuses %s with file, line and field', (_what, from, to, field, codePoint) => {
    edit(PRACTICE, from, to);
    const own = refused(PRACTICE, field);
    expect(own.find((p) => p.field === field)!.message).toContain(codePoint);
  });

  it('refuses a bidi override in a list file and in a body, on its line', () => {
    const themes = read('taxonomieen/themas.yaml');
    const label = /label: (.*)/.exec(themes)![1];
    edit('taxonomieen/themas.yaml', `label: ${label}`, `label: "${label}\u202e"`);
    refused('taxonomieen/themas.yaml', 'label');
    edit(PRACTICE, 'Een testpraktijk voor de build-test.', 'Regel een.\n\nRegel \u202etwee.');
    expect(refused(PRACTICE, 'body').find((p) => p.field === 'body')!.line).toBe(lineOf(PRACTICE, 'Regel \u202e'));
  });
});

describe('personal data without consent', () => {
  it.each([
    ['summary', 'samenvatting: Een testpraktijk', 'samenvatting: Mail jan.peeters@sint-niklaas.be, een testpraktijk', 'samenvatting'],
    ['partners', 'status: lopend', 'status: lopend\npartners: ["VZW De Brug (an@debrug.be)"]', 'partners[0]'],
    ['the role', '  rol: dienst samenleven', '  rol: dienst samenleven, 0478 12 34 56', 'contact.rol'],
    ['a zero-width space after the @', 'samenvatting: Een testpraktijk', 'samenvatting: Mail jan@\u200bgent.be, een testpraktijk', 'samenvatting'],
    ['an IDN domain', 'samenvatting: Een testpraktijk', 'samenvatting: Mail jan@stad-gënt.be, een testpraktijk', 'samenvatting'],
    ['a full-width @', 'samenvatting: Een testpraktijk', 'samenvatting: Mail jan＠gent.be, een testpraktijk', 'samenvatting'],
    ['a result', '  - tekst: 12 vrijwilligers', '  - tekst: Bel +32 9 266 55 00 voor cijfers', 'resultaten[1].tekst'],
  ])('refuses an e-mail address or phone number in %s', (_what, from, to, field) => {
    edit(PRACTICE, from, to);
    const own = refused(PRACTICE, field);
    expect(own.find((p) => p.field === field)!.message).toMatch(/Persoonsgegevens/);
    expect(own.find((p) => p.field === field)!.line).toBe(lineOf(PRACTICE, to.split('\n').at(-1)!.trim()));
  });

  it.each([
    ['a quote attribution', '<Citaat bron="Jan, jan@gent.be">Het werkt.</Citaat>'],
    ['inline code', 'Schrijf naar `an@gent.be`.'],
    ['a code block', '```\nan@gent.be\n```'],
    ['a link title', '[site](https://gent.be "mail an@gent.be")'],
    ['a percent-encoded mailto', '[mail](mailto:an%40gent.be)'],
    ['an entity-encoded address', 'Mail an&#64;gent.be.'],
    ['a zero-width joiner in the domain', 'Mail an@gent\u200d.be.'],
    ['a written-out at', 'Mail an (at) gent (punt) be.'],
    ['a phone number in a figure', '<Cijfer waarde="1" label="bel 09 266 55 00" bron="x" />'],
    ['a footnote', 'Zie noot.[^1]\n\n[^1]: Info bij an@gent.be.'],
  ])('refuses personal data in the body: %s', (_what, body) => {
    edit(PRACTICE, 'Een testpraktijk voor de build-test.', `Eerst.\n\n${body}`);
    const own = refused(PRACTICE, 'body');
    expect(own.map((p) => p.message)).toContainEqual(expect.stringMatching(/Persoonsgegevens/));
    expect(own[0].line).toBeGreaterThan(lineOf(PRACTICE, 'Eerst.'));
  });

  it('allows them with a recorded consent, but not a consent dated in the future', () => {
    edit(PRACTICE, 'samenvatting: Een testpraktijk', 'samenvatting: Mail an@gent.be, een testpraktijk');
    edit(PRACTICE, '  rol: dienst samenleven', '  rol: dienst samenleven\n  toestemming: "2024-02-01"');
    expect(formatProblems(about(check(), PRACTICE))).toBe('');
    const future = `${new Date().getUTCFullYear() + 1}-01-01`;
    edit(PRACTICE, 'toestemming: "2024-02-01"', `toestemming: "${future}"`);
    const own = refused(PRACTICE, 'contact.toestemming');
    expect(own.find((p) => p.field === 'contact.toestemming')!.message).toMatch(/toekomst/);
    expect(own.map((p) => p.field)).toContain('samenvatting');
  });
});

describe('pages', () => {
  it.each(['<div>verborgen</div>', '<!-- commentaar -->', '<script>alert(1)</script>', '[x](javascript:alert(1))', '![beeld](/media/x.jpg)'])('refuses %j in a page like in a practice', (html) => {
    edit('paginas/over.md', '## Wat is de kennisbank?', `## Wat is de kennisbank?\n\n${html}`);
    const own = refused('paginas/over.md', 'body');
    expect(own[0].line).toBe(lineOf('paginas/over.md', html.slice(0, 8)));
  });
});

describe('uploaded images', () => {
  const image = (name: string) => join(root, 'media', name);
  const practiceUses = (name: string) => edit(PRACTICE, 'src: /media/taalcafe-fixture.jpg', `src: /media/${name}`);

  it('refuses a file that is not the image its name claims, naming the practice, the field and the file', async () => {
    writeFileSync(image('nep.jpg'), '<html><script>alert(1)</script></html>');
    practiceUses('nep.jpg');
    const [p] = refused(PRACTICE, 'afbeeldingen[0].src');
    expect(p.message).toMatch(/\/media\/nep\.jpg is geen afbeelding/);
    expect(p.line).toBe(lineOf(PRACTICE, 'src: /media/nep.jpg'));
  });

  it('refuses a PNG named .jpg and an SVG named .png', async () => {
    await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } }).png().toFile(image('echt-png.jpg'));
    practiceUses('echt-png.jpg');
    expect(refused(PRACTICE, 'afbeeldingen[0].src')[0].message).toMatch(/geen jpg-bestand maar een png/);
    writeFileSync(image('tekening.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>');
    edit(PRACTICE, 'src: /media/echt-png.jpg', 'src: /media/tekening.png');
    expect(refused(PRACTICE, 'afbeeldingen[0].src')[0].message).toMatch(/SVG wordt niet aanvaard/);
  });

  it(`refuses a decompression bomb over ${CONTENT_LIMITS.imagePixels / 1e6} megapixel, naming the practice and the file`, async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: 'white' } }).png().toBuffer();
    png.writeUInt32BE(30000, 16);
    png.writeUInt32BE(30000, 20);
    writeFileSync(image('bom.png'), png);
    practiceUses('bom.png');
    const [p] = refused(PRACTICE, 'afbeeldingen[0].src');
    expect(p.message).toContain('/media/bom.png is 30000 × 30000 pixels');
    expect(p.message).toContain(`${CONTENT_LIMITS.imagePixels / 1e6} megapixel`);
  });

  it('refuses an SVG or HTML file in the media folder even when no practice uses it', () => {
    writeFileSync(image('logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(image('pagina.html'), '<script>alert(1)</script>');
    const problems = check();
    expect(problems.map((p) => p.file)).toEqual(expect.arrayContaining(['media/logo.svg', 'media/pagina.html']));
    expect(problems.find((p) => p.file === 'media/logo.svg')!.message).toMatch(/SVG kan code bevatten/);
  });
});

describe('symbolic links', () => {
  it('refuses links that lead outside the repository, and keeps links within it', async () => {
    const { symlinkSync, mkdirSync } = await import('node:fs');
    const { linksOutside } = await import('../../../src/lib/content/files.ts');
    const outside = mkdtempSync(join(tmpdir(), 'kb-outside-'));
    try {
      writeFileSync(join(outside, 'passwd'), 'geheim');
      mkdirSync(join(root, 'repo'));
      symlinkSync(join(outside, 'passwd'), join(root, 'media', 'foto.jpg.lnk'));
      symlinkSync(outside, join(root, 'paginas', 'elders'));
      symlinkSync(join(root, 'media', 'taalcafe-fixture.jpg'), join(root, 'media', 'zelfde.jpg'));
      symlinkSync(join(root, 'nergens'), join(root, 'media', 'kapot.jpg'));
      const problems = linksOutside(root, join(root, 'repo'), root);
      expect(problems.map((p) => p.file).sort()).toEqual(['media/foto.jpg.lnk', 'media/kapot.jpg', 'paginas/elders']);
      for (const p of problems) expect(p.message).toMatch(/buiten de repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
