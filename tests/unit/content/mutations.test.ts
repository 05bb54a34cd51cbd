/**
 * Mutation test: real entries are broken in every way the schema allows us to derive (missing
 * required fields, wrong types, oversized text, impossible dates, unknown values and references,
 * unknown fields) plus malformed files and duplicate ids. Every variant must be refused with a
 * problem that names the file and the field; none may pass silently.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateContentTree } from '../../../src/lib/content/validation.ts';
import { exportPlanCsv, parsePlanCsv } from '../../../src/lib/plan/csv.ts';
import { parseCsvRecords, toCsv, CsvError } from '../../../src/lib/shared/csv.ts';
import type { Action } from '../../../src/schemas/plan.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import { objectFields, unwrap, type AnySchema } from '../../../src/lib/content/schema-walk.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-mut-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Target {
  name: string;
  file: string;
  collection: keyof typeof contentTypes;
  read(text: string): { data: any; write(data: any): string };
}
const yamlFile = (text: string) => ({ data: parse(text), write: (d: any) => stringify(d) });
const mdxFile = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(m[1]), write: (d: any) => `---\n${stringify(d)}---\n${m[2]}` };
};
const listItem = (key: string, index: number) => (text: string) => {
  const doc = (text.trim().startsWith('{') ? JSON.parse(text) : parse(text)) as any;
  return { data: doc[key][index], write: (d: any) => { doc[key][index] = d; return JSON.stringify(doc, null, 1); } };
};
const TARGETS: Target[] = [
  { name: 'practice', file: 'praktijken/taalcafe-fixture.mdx', collection: 'praktijken', read: mdxFile },
  { name: 'action', file: 'acties/plan-samenleven-5.yaml', collection: 'acties', read: yamlFile },
  { name: 'plan', file: 'plannen/plan-samenleven.yaml', collection: 'plannen', read: yamlFile },
  { name: 'indicator', file: 'indicatoren/herkomst-buiten-eu.yaml', collection: 'indicatoren', read: yamlFile },
  { name: 'theme', file: 'taxonomieen/themas.yaml', collection: 'themas', read: listItem('themas', 0) },
  { name: 'policy goal', file: 'taxonomieen/beleidsdoelen.yaml', collection: 'beleidsdoelen', read: listItem('beleidsdoelen', 1) },
  { name: 'municipality', file: 'gemeenten/gemeenten-2025.json', collection: 'gemeenten', read: listItem('gemeenten', 0) },
];

interface Variant {
  target: Target;
  path: string;
  label: string;
  mutate(data: any): void;
}

function set(obj: any, path: string[], value: unknown) {
  const last = path.at(-1)!;
  const parent = path.slice(0, -1).reduce((o, k) => (o[k] ??= {}), obj);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

function variantsFor(target: Target): Variant[] {
  const out: Variant[] = [];
  const walk = (schema: AnySchema, prefix: string[], depth: number) => {
    for (const [name, field] of objectFields(schema)) {
      const path = [...prefix, name];
      const u = unwrap(field);
      const key = path.join('.');
      const add = (label: string, value: unknown) => out.push({ target, path: key, label: `${key}: ${label}`, mutate: (d) => set(d, path, value) });
      if (!u.optional && !u.hasDefault && u.def.type !== 'boolean') add('missing', undefined);
      if (u.meta.ref) add('unknown reference', 'bestaat-niet-99');
      switch (u.def.type) {
        case 'string':
          add('number instead of text', 42);
          if (u.def.format === 'date') {
            add('impossible date', '2022-13-45');
            add('date out of range', '1800-01-01');
          } else if (!u.meta.ref) add('oversized', 'x'.repeat(5000));
          break;
        case 'number':
          add('text instead of number', 'veel');
          add('negative or out of range', -99999);
          break;
        case 'boolean':
          add('text instead of boolean', 'misschien');
          break;
        case 'enum':
          add('value not allowed', 'onbekende-waarde');
          break;
        case 'array':
          add('text instead of list', 'geen lijst');
          if (unwrap(u.def.element).meta.ref) add('unknown reference in list', ['bestaat-niet-99']);
          break;
        case 'object':
          add('text instead of object', 'geen object');
          if (depth < 1) walk(field, path, depth + 1);
          break;
      }
    }
    out.push({ target, path: [...prefix, 'onbekendVeld'].join('.'), label: `${prefix.join('.')} unknown field`, mutate: (d) => set(d, [...prefix, 'onbekendVeld'], 1) });
  };
  walk(contentTypes[target.collection].schema, [], 0);
  return out;
}

const VARIANTS = TARGETS.flatMap(variantsFor);

function run(target: Target, text: string) {
  const dir = mkdtempSync(join(root, 'v-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, target.file), text);
  const result = validateContentTree(dir, dir);
  rmSync(dir, { recursive: true, force: true });
  return result.problems;
}

/**
 * Real entries from content/, in a copy of the real tree (without the large data folders the
 * validator does not read; the 2019-2024 municipality list and merger table, referenced by nothing
 * else, are emptied to keep each run fast).
 */
const REAL = 'content';
const realPractice = readdirSync(join(REAL, 'praktijken')).filter((f) => /status: gepubliceerd/.test(readFileSync(join(REAL, 'praktijken', f), 'utf8'))).sort()[0];
const realAction = readdirSync(join(REAL, 'acties')).filter((f) => f.startsWith('plan-samenleven-')).sort()[0];
const realIndicator = readdirSync(join(REAL, 'indicatoren')).sort()[0];
const REAL_TARGETS: Target[] = [
  { name: 'real practice', file: `praktijken/${realPractice}`, collection: 'praktijken', read: mdxFile },
  { name: 'real action', file: `acties/${realAction}`, collection: 'acties', read: yamlFile },
  { name: 'real indicator', file: `indicatoren/${realIndicator}`, collection: 'indicatoren', read: yamlFile },
  { name: 'real policy goal', file: 'taxonomieen/beleidsdoelen.yaml', collection: 'beleidsdoelen', read: listItem('beleidsdoelen', 3) },
];
// Validating the real tree takes a few hundred milliseconds, so each real entry gets one variant of
// each kind (the full sweep over every field runs on the fixture entries above).
const REAL_KINDS = [/unknown reference/, /: missing$/, /number instead of text|text instead of (number|list)/, /oversized/, /unknown field/];
const REAL_VARIANTS = REAL_TARGETS.flatMap((t) => {
  const all = variantsFor(t);
  return REAL_KINDS.map((kind) => all.find((v) => kind.test(v.label))).filter((v): v is Variant => Boolean(v));
});

let realBase: string;
beforeAll(() => {
  realBase = mkdtempSync(join(root, 'real-'));
  for (const d of readdirSync(REAL)) if (!['indicatorwaarden', 'geo'].includes(d)) cpSync(join(REAL, d), join(realBase, d), { recursive: true });
  writeFileSync(join(realBase, 'gemeenten/gemeenten-2019-2024.json'), '{"gemeenten": []}');
  writeFileSync(join(realBase, 'gemeenten/fusies-2025.json'), '{"fusies": []}');
});

/** The real tree with one file replaced; everything else is a symlink to the shared copy. */
function runReal(target: Target, text: string) {
  const dir = mkdtempSync(join(root, 'rv-'));
  const [folder, name] = target.file.split('/');
  for (const d of readdirSync(realBase)) if (d !== folder) symlinkSync(resolve(realBase, d), join(dir, d));
  mkdirSync(join(dir, folder));
  for (const f of readdirSync(join(realBase, folder))) if (f !== name) symlinkSync(resolve(realBase, folder, f), join(dir, folder, f));
  writeFileSync(join(dir, target.file), text);
  const result = validateContentTree(dir, dir);
  rmSync(dir, { recursive: true, force: true });
  return result.problems;
}

/** The mutated file is named, and a problem names the mutated field (in its field path or message). */
function expectNamed(problems: { file: string; field: string; message: string }[], v: Variant) {
  expect(problems.length, 'no problem reported').toBeGreaterThan(0);
  const naming = problems.filter((p) => p.file === v.target.file && (p.field.replace(/\[\d+\]/g, '').startsWith(v.path.split('.')[0]) || p.field === ''));
  expect(naming.length, JSON.stringify(problems)).toBeGreaterThan(0);
  expect(naming.some((p) => p.field.replace(/\[\d+\]/g, '').startsWith(v.path) || p.message.includes(v.path.split('.').at(-1)!)), JSON.stringify(naming)).toBe(true);
}

describe('mutation test on real entries', () => {
  it('the real entries are valid before mutation', () => {
    for (const t of REAL_TARGETS) expect(runReal(t, readFileSync(join(REAL, t.file), 'utf8')), t.file).toEqual([]);
  });

  it.each(REAL_VARIANTS.map((v) => [`${v.target.name} ${v.label}`, v] as const))('refuses %s, naming file and field', (_label, v) => {
    const file = v.target.read(readFileSync(join(REAL, v.target.file), 'utf8'));
    const data = structuredClone(file.data);
    v.mutate(data);
    expectNamed(runReal(v.target, file.write(data)), v);
  });
});

describe('mutation test', () => {
  it('generates at least 200 invalid variants of real entries', () => {
    expect(VARIANTS.length + REAL_VARIANTS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(VARIANTS.map((v) => [`${v.target.name} ${v.label}`, v] as const))('refuses %s, naming file and field', (_label, v) => {
    const original = readFileSync(join(FIXTURE, v.target.file), 'utf8');
    const file = v.target.read(original);
    const data = structuredClone(file.data);
    v.mutate(data);
    expectNamed(run(v.target, file.write(data)), v);
  });

  it.each([
    ['malformed YAML', 'plannen/plan-samenleven.yaml', 'titel: "open\nkorteTitel: x\n', /Onleesbare YAML/],
    ['malformed JSON', 'gemeenten/gemeenten-2025.json', '{"gemeenten": [ {"nis": "46021",} ]}', /Onleesbare JSON/],
    ['list file without its key', 'taxonomieen/themas.yaml', '- id: taal\n  label: Taal\n', /sleutel "themas:"/],
    ['front matter missing', 'praktijken/taalcafe-fixture.mdx', 'Alleen tekst.\n', /Front matter ontbreekt/],
    ['front matter malformed', 'praktijken/taalcafe-fixture.mdx', '---\ntitel: [open\n---\n', /Onleesbare YAML/],
    ['empty YAML entry', 'acties/plan-samenleven-5.yaml', '', /vereist/],
  ])('refuses a file with %s', (_name, file, text, message) => {
    const problems = run({ name: file, file, collection: 'plannen', read: yamlFile }, text);
    expect(problems.some((p) => p.file === file && message.test(p.message)), JSON.stringify(problems)).toBe(true);
  });

  it('refuses duplicate ids in a list file and across two files', () => {
    const themes = readFileSync(join(FIXTURE, 'taxonomieen/themas.yaml'), 'utf8').replace('- id: samenleven', '- id: taal');
    expect(run({ name: 't', file: 'taxonomieen/themas.yaml', collection: 'themas', read: yamlFile }, themes).some((p) => /Dubbele id "taal"/.test(p.message))).toBe(true);
  });

  it('refuses personal contact data without consent', () => {
    const file = mdxFile(readFileSync(join(FIXTURE, 'praktijken/taalcafe-fixture.mdx'), 'utf8'));
    const data = structuredClone(file.data);
    data.contact.naam = 'Jan Janssens';
    data.contact.email = 'jan@example.org';
    data.contact.rol = 'coördinator (jan@example.org)';
    const problems = run(TARGETS[0], file.write(data));
    expect(problems.map((p) => p.field).sort()).toEqual(['contact.email', 'contact.naam', 'contact.rol']);
  });
});

/**
 * The plan figures importer (npm run import:plan) on the real actions' own export: every row is
 * broken in each way a spreadsheet can break it. Each variant must be refused with the row's line
 * and the column (or the field it fills); the import writes nothing then.
 */
describe('mutation test on the plan CSV import', () => {
  const actions = new Map<string, Action>();
  for (const [id, { data }] of validateContentTree(REAL).entries.get('acties')!) actions.set(id, data as Action);
  const csv = exportPlanCsv([...actions].map(([id, data]) => ({ id, data })));
  const [header, ...rows] = parseCsvRecords(csv);
  const columns = header.fields;
  const withRow = (index: number, fields: string[] | string) =>
    [toCsv(columns, []).trimEnd(), ...rows.map((r, i) => (i === index ? (typeof fields === 'string' ? fields : toCsv(columns, [Object.fromEntries(columns.map((c, j) => [c, fields[j]]))]).split('\n')[1]) : toCsv(columns, [Object.fromEntries(columns.map((c, j) => [c, r.fields[j]]))]).split('\n')[1]))].join('\n') + '\n';
  const set = (index: number, column: string, value: string) => rows[index].fields.map((v, j) => (columns[j] === column ? value : v));
  // What a message may call a column: its CSV name or the action field it fills.
  const names: Record<string, RegExp> = {
    actie: /actie/,
    projectjaar: /projectjaar/,
    budget: /budget/,
    lokale_besturen: /lokale_besturen|lokaleBesturen/,
    kpi_toegezegd: /kpi_toegezegd|kpiToegezegd/,
    kpi_behaald: /kpi_behaald|kpiBehaald/,
    gemeenten: /gemeenten/,
    bron_titel: /bron_titel|bron\.titel|bron/,
    bron_url: /bron_url|bron\.url/,
  };
  const variants: [string, number, string, RegExp][] = [];
  rows.slice(0, 6).forEach((row, i) => {
    const at = (label: string, fields: string[] | string, name: RegExp) => variants.push([`row ${i + 1}: ${label}`, i, withRow(i, fields), name]);
    at('unknown action', set(i, 'actie', 'plan-samenleven-999'), names.actie);
    at('project year written in full', set(i, 'projectjaar', '2022-2023'), names.projectjaar);
    at('project year not consecutive', set(i, 'projectjaar', '2022-24'), names.projectjaar);
    for (const column of ['budget', 'lokale_besturen', 'kpi_toegezegd', 'kpi_behaald']) {
      at(`${column} with a thousands separator`, set(i, column, '1.000'), names[column]);
      at(`${column} as words`, set(i, column, 'veel'), names[column]);
    }
    at('negative KPI', set(i, 'kpi_behaald', '-5'), names.kpi_behaald);
    at('municipality not a NIS code', set(i, 'gemeenten', 'Gent'), names.gemeenten);
    at('source title empty', set(i, 'bron_titel', ''), names.bron_titel);
    at('source URL with another scheme', set(i, 'bron_url', 'javascript:alert(1)'), names.bron_url);
    at('a field missing', row.fields.slice(0, -1).join(','), /velden/);
    at('a field too many', toCsv(columns, [Object.fromEntries(columns.map((c, j) => [c, row.fields[j]]))]).split('\n')[1] + ',extra', /velden/);
    at('a quote inside a field', set(i, 'bron_titel', 'x').map((v, j) => (columns[j] === 'actie' ? `${v}"x` : v)).join(','), /aanhalingsteken/);
  });

  it('has real rows to break', () => expect(rows.length).toBeGreaterThan(0));

  it.each(variants)('refuses %s with its line and column', (_label, index, text, name) => {
    let error: unknown;
    try {
      parsePlanCsv(text, actions);
    } catch (err) {
      error = err;
    }
    expect(error, 'accepted').toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(index + 2);
    expect((error as Error).message).toMatch(name);
  });

  it('refuses duplicate rows, a missing column and an unclosed quote', () => {
    const expectLine = (text: string, line: number, message: RegExp) => {
      expect(() => parsePlanCsv(text, actions)).toThrow(message);
      try {
        parsePlanCsv(text, actions);
      } catch (err) {
        expect((err as CsvError).line).toBe(line);
      }
    };
    const lines = csv.trimEnd().split('\n');
    expectLine([...lines, lines[1]].join('\n') + '\n', lines.length + 1, /twee keer/);
    expectLine(csv.replace('bron_titel', 'bron'), 1, /bron_titel/);
    expectLine(csv.trimEnd() + '\n"open,,,,,,,,,\n', lines.length + 1, /niet afgesloten/);
  });
});
