/** The CMS forms are derived from the schemas: prove every field is there, fitting and equally strict. */
import { describe, it, expect } from 'vitest';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  buildCmsConfig,
  localCmsPort,
  DEFAULT_CMS_PORT,
  IMPORTED_NOTE,
  READONLY_WIDGET,
  type DecapField,
} from '../../../cms/config.ts';
import { contentTypes, collectionNames } from '../../../src/schemas/index.ts';
import { unwrap, objectFields, type AnySchema } from '../../../src/lib/content/schema-walk.ts';
import { validateContentTree, formatProblems } from '../../../src/lib/content/validation.ts';
import type { z } from 'astro/zod';
import { FIXTURE_CONTENT } from '../../support/fixture.ts';

const production = buildCmsConfig({ local: false }) as any;
const local = buildCmsConfig({ local: true }) as any;

function fieldsOf(name: string): DecapField[] {
  const c = production.collections.find((x: any) => x.name === name);
  return c.files ? c.files[0].fields[0].fields : c.fields.filter((f: DecapField) => f.name !== 'body');
}

/** Walks schema and Decap fields side by side and returns every mismatch as a sentence. */
function compare(schema: AnySchema, fields: DecapField[], path: string, insideOptional = false): string[] {
  const out: string[] = [];
  const shape = objectFields(schema);
  expect(
    fields.map((f) => f.name),
    `${path}: same fields in the same order`,
  ).toEqual(shape.map(([n]) => n));
  for (const [name, fieldSchema] of shape) {
    const f = fields.find((x) => x.name === name)!;
    const u = unwrap(fieldSchema);
    const at = `${path}.${name}`;
    // Inside an optional object the form requires nothing; the build checks the fields once the object is filled.
    const required = !insideOptional && !u.optional && !u.hasDefault && u.def.type !== 'boolean';
    if (Boolean(f.required) !== required) out.push(`${at}: required ${f.required}, schema ${required}`);
    if (f.label !== (u.meta.title ?? name)) out.push(`${at}: label "${f.label}"`);
    const t = u.meta.ref ? 'ref' : u.def.type;
    const expected: Record<string, string[]> = {
      ref: ['relation'],
      string: ['string', 'text', 'datetime', 'image'],
      number: ['number'],
      boolean: ['boolean'],
      enum: ['select'],
      object: ['object'],
      array: ['list', 'relation'],
    };
    if (!expected[t]?.includes(f.widget)) out.push(`${at}: widget ${f.widget} for ${t}`);
    if (u.meta.ref && f.collection !== u.meta.ref) out.push(`${at}: relation to ${f.collection}, schema ${u.meta.ref}`);
    if (t === 'string' && u.def.type === 'string' && u.def.format === 'date' && f.widget !== 'datetime')
      out.push(`${at}: date without date widget`);
    if (t === 'enum' && u.def.type === 'enum') {
      const values = (f.options as { value: string }[]).map((o) => o.value);
      if (JSON.stringify(values) !== JSON.stringify(Object.values(u.def.entries))) out.push(`${at}: options ${values}`);
    }
    if (t === 'object') out.push(...compare(fieldSchema, f.fields as DecapField[], at, insideOptional || u.optional));
    if (t === 'array' && u.def.type === 'array') {
      const el = unwrap(u.def.element);
      if (el.meta.ref) {
        if (f.widget !== 'relation' || !f.multiple || f.collection !== el.meta.ref)
          out.push(`${at}: list of references needs a multiple relation to ${el.meta.ref}`);
      } else if (el.def.type === 'object') out.push(...compare(u.def.element, f.fields as DecapField[], `${at}[]`));
      else if (!f.field) out.push(`${at}: list of values without a field`);
    }
  }
  return out;
}

describe('CMS config derived from the schemas', () => {
  const editable = collectionNames.filter((name) => !(contentTypes[name] as { imported?: boolean }).imported);
  const imported = collectionNames.filter((name) => !editable.includes(name));

  it.each(editable)(
    '%s: every schema field is editable with a fitting widget, equally required, same values',
    (name) => {
      expect(compare(contentTypes[name].schema, fieldsOf(name), name)).toEqual([]);
    },
  );

  it.each(imported)('%s (imported): shown as a read-only table of its name and id, never as inputs', (name) => {
    const collection = production.collections.find((c: any) => c.name === name);
    const [list] = collection.files[0].fields;
    expect(list.widget).toBe(READONLY_WIDGET);
    expect(list.fields).toBeUndefined();
    const source = contentTypes[name].source as { idField: string };
    expect(list.columns.map((c: { name: string }) => c.name)).toEqual([contentTypes[name].titleField, source.idField]);
    expect(collection.description).toBe(IMPORTED_NOTE);
  });

  it('labels each item of a list of plain values with the list\'s label, not "waarde"', () => {
    const partners = fieldsOf('praktijken').find((f) => f.name === 'partners')!;
    expect((partners.field as DecapField).label).toBe(partners.label);
  });

  it('the local backend and the admin policy use the port npm start chose', () => {
    expect(localCmsPort({ KENNISBANK_CMS_LOCAL: '1', KENNISBANK_CMS_PORT: '9123' })).toBe(9123);
    expect(localCmsPort({ KENNISBANK_CMS_LOCAL: '1' })).toBe(DEFAULT_CMS_PORT);
    expect(localCmsPort({ KENNISBANK_CMS_PORT: '9123' })).toBeUndefined();
    expect(buildCmsConfig({ local: true, localPort: 9123 }).local_backend).toEqual({
      url: 'http://127.0.0.1:9123/api/v1',
    });
  });

  it('has one collection per content type; imported ones cannot be created or deleted', () => {
    expect(production.collections.map((c: any) => c.name)).toEqual(collectionNames);
    const gemeenten = production.collections.find((c: any) => c.name === 'gemeenten');
    expect(gemeenten.files[0].file).toBe('content/gemeenten/gemeenten-2025.json');
    const praktijken = production.collections.find((c: any) => c.name === 'praktijken');
    expect(praktijken).toMatchObject({
      folder: 'content/praktijken',
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
    });
  });

  it('lets editors pick a municipality by name and stores its NIS code', () => {
    const gemeenten = fieldsOf('praktijken').find((f) => f.name === 'gemeenten')!;
    expect(gemeenten).toMatchObject({
      widget: 'relation',
      multiple: true,
      collection: 'gemeenten',
      file: 'gemeenten',
      value_field: 'gemeenten.*.nis',
    });
    expect(gemeenten.search_fields).toContain('gemeenten.*.naam');
  });

  it.each(collectionNames)('%s: entries are named by a required text field of their own schema', (name) => {
    const field = objectFields(contentTypes[name].schema).find(([n]) => n === contentTypes[name].titleField);
    expect(field, `titleField "${contentTypes[name].titleField}"`).toBeDefined();
    const { def, optional, hasDefault } = unwrap(field![1]);
    expect([def.type, optional, hasDefault]).toEqual(['string', false, false]);
  });

  it("relation pickers show the target collection's title field, for list and folder collections", () => {
    const themas = fieldsOf('praktijken').find((f) => f.name === 'themas')!;
    expect(themas).toMatchObject({ collection: 'themas', display_fields: ['themas.*.label'] });
    // A code people look for is shown after the name: "Sint-Niklaas 46021", "... bn2019-od2.2".
    const gemeenten = fieldsOf('praktijken').find((f) => f.name === 'gemeenten')!;
    expect(gemeenten).toMatchObject({
      collection: 'gemeenten',
      display_fields: ['gemeenten.*.naam', 'gemeenten.*.nis'],
    });
    const goals = fieldsOf('praktijken').find((f) => f.name === 'beleidsdoelen')!;
    expect(goals).toMatchObject({
      collection: 'beleidsdoelen',
      display_fields: ['beleidsdoelen.*.titel', 'beleidsdoelen.*.id'],
    });
    const acties = fieldsOf('praktijken').find((f) => f.name === 'acties')!;
    expect(acties).toMatchObject({ collection: 'acties', value_field: '{{slug}}', display_fields: ['titel'] });
  });

  it("asks for results with a date in the schema's format, and for an https address of the contact service", () => {
    const fields = fieldsOf('praktijken');
    const results = fields.find((f) => f.name === 'resultaten')!;
    const date = (results.fields as DecapField[]).find((f) => f.name === 'datum')!;
    expect(date).toMatchObject({ widget: 'string', required: true });
    const pattern = new RegExp((date.pattern as string[])[0]);
    expect(['2023', '2023-05', '2023-05-14'].every((d) => pattern.test(d))).toBe(true);
    expect(['mei 2023', '2023-5', '2023-13'].some((d) => pattern.test(d))).toBe(false);
    const contact = (fields.find((f) => f.name === 'contact')!.fields as DecapField[]).find((f) => f.name === 'url')!;
    expect(new RegExp((contact.pattern as string[])[0]).test('http://www.gent.be/')).toBe(false);
    expect(new RegExp((contact.pattern as string[])[0]).test('https://www.gent.be/')).toBe(true);
    const source = (
      (fields.find((f) => f.name === 'bronnen')!.fields as DecapField[]).find((f) => f.name === 'url')!
        .pattern as string[]
    )[0];
    expect(new RegExp(source).test('http://www.ringtv.be/')).toBe(true);
  });

  it('offers only the allowed components in the body editor: no image or code button', () => {
    for (const name of collectionNames) {
      const body = (production.collections.find((c: { name: string }) => c.name === name).fields ?? []).find(
        (f: DecapField) => f.name === 'body',
      );
      if (body) expect(body.editor_components, name).toEqual(['Kader', 'Citaat', 'Cijfer']);
    }
  });

  it('enables the local backend only for local use, with the editorial workflow in production', () => {
    expect(production.local_backend).toBeUndefined();
    expect(production.publish_mode).toBe('editorial_workflow');
    expect(production.backend).toMatchObject({ name: 'github' });
    expect(buildCmsConfig({ local: false, backend: 'gitlab' }).backend).toMatchObject({ name: 'gitlab' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.locale).toBe('nl');
  });
});

describe('an entry as the CMS saves it', () => {
  it('validates against the schema and the content checks', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-cms-'));
    try {
      cpSync(FIXTURE_CONTENT, root, { recursive: true });
      // Decap writes front matter as YAML with the field order of the config and dates as strings.
      const data = {
        titel: 'Taalwandeling',
        samenvatting: 'Wandelingen waarop nieuwkomers en buurtbewoners Nederlands oefenen.',
        niveau: 'lokaal',
        gemeenten: ['46021'],
        themas: ['taal'],
        doelgroepen: ['nieuwkomers'],
        beleidsdoelen: [],
        acties: [],
        periode: { start: 2024, structureel: false },
        status: 'lopend',
        partners: [],
        financiering: { bronnen: [], kostenklasse: 'onbekend' },
        resultaten: [],
        succesfactoren: [],
        uitdagingen: [],
        bewijs: { niveau: 'idee', datum: '2026-11-23', basis: 'Ingediend via het CMS' },
        criteria: {
          werkt: { oordeel: 'niet-aangetoond', toelichting: 'Nog te beoordelen.' },
          klaarVoorGebruik: { oordeel: 'niet-aangetoond', toelichting: 'Nog te beoordelen.' },
          groteReikwijdte: { oordeel: 'niet-aangetoond', toelichting: 'Nog te beoordelen.' },
        },
        curatie: { status: 'ingediend', ingediendOp: '2026-11-23' },
        bronnen: [{ titel: 'Aanvraagformulier van de gemeente' }],
        afbeeldingen: [{ src: `${production.public_folder}/taalwandeling.jpg`, alt: 'Een groep wandelaars' }],
      };
      // Decap stores an upload in media_folder (relative to the repository) and writes public_folder/<name> in the entry.
      expect(production.media_folder).toMatch(/^content\//);
      const uploads = join(root, production.media_folder.replace(/^content\//, ''));
      mkdirSync(uploads, { recursive: true });
      copyFileSync(join(FIXTURE_CONTENT, 'media/taalcafe-fixture.jpg'), join(uploads, 'taalwandeling.jpg'));
      const names = fieldsOf('praktijken').map((f) => f.name);
      expect(Object.keys(data).every((k) => names.includes(k))).toBe(true);
      writeFileSync(
        join(root, 'praktijken', 'taalwandeling.mdx'),
        `---\n${stringify(data)}---\n\nWe wandelen elke week.\n`,
      );
      const { problems, entries } = validateContentTree(root);
      expect(formatProblems(problems)).toBe('');
      expect(entries.get('praktijken')!.has('taalwandeling')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('limits the form checks before saving', () => {
  it('refuses an over-long title or summary with the message the build gives', () => {
    for (const name of ['titel', 'samenvatting']) {
      const field = fieldsOf('praktijken').find((f) => f.name === name)!;
      const [pattern, message] = field.pattern as [string, string];
      const schema = unwrap(objectFields(contentTypes.praktijken.schema).find(([n]) => n === name)![1]);
      const max = (schema.def.checks as any[]).map((c) => c._zod.def).find((c) => c.check === 'max_length')
        .maximum as number;
      expect(new RegExp(pattern).test('a'.repeat(max)), name).toBe(true);
      expect(new RegExp(pattern).test('a'.repeat(max + 1)), name).toBe(false);
      const built = (contentTypes.praktijken.schema as z.ZodType).safeParse({ [name]: 'a'.repeat(max + 1) });
      const issue = built.error!.issues.find((i) => i.path.join('.') === name)!;
      expect(issue.message).toBe(message);
    }
  });
});
