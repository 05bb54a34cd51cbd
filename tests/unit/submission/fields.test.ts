import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { submissionForm, formControls, NOT_ASKED, LIST_ROWS, MANY_ROWS } from '../../../src/lib/submission/fields.ts';
import { submissionSchema, CURATOR_FIELDS } from '../../../src/schemas/practice.ts';
import { objectFields, unwrap, schemaAt } from '../../../src/lib/content/schema-walk.ts';
import { REFS } from './support.ts';

const { practice, submitter } = submissionForm(REFS);
const controls = formControls(practice);
const top = new Set(controls.map((c) => String(c.path[0])));

describe('the form derived from the submitter schema', () => {
  it('asks every field of submissionSchema except the ones it names, and no curator field', () => {
    for (const [key] of objectFields(submissionSchema)) expect(top.has(key) || NOT_ASKED.has(key), key).toBe(true);
    for (const field of [...CURATOR_FIELDS, 'curatie', 'afbeeldingen', 'overgenomenVan'])
      expect(top.has(field), field).toBe(false);
    for (const name of NOT_ASKED)
      expect(
        controls.some((c) => c.name === name),
        name,
      ).toBe(false);
  });

  it("takes each control's label and hint from the schema's metadata", () => {
    for (const c of controls) {
      const schema = schemaAt(submissionSchema, c.path)!;
      expect(c.label, c.name).toBe(unwrap(schema).meta.title);
      const description = unwrap(schema).meta.description;
      if (description) expect(c.hint, c.name).toContain(description);
    }
  });

  it('gives the length the schema accepts: at the limit passes, one more is refused', () => {
    const limited = controls.filter((c) => c.maxLength && c.control !== 'lines');
    expect(limited.length).toBeGreaterThan(5);
    for (const c of limited) {
      const schema = schemaAt(submissionSchema, c.path)!;
      expect(z.safeParse(schema, 'a'.repeat(c.maxLength!)).success, c.name).toBe(true);
      expect(z.safeParse(schema, 'a'.repeat(c.maxLength! + 1)).success, c.name).toBe(false);
      expect(c.hint, c.name).toContain(String(c.maxLength));
    }
  });

  it("offers the enum values the schema allows, with the schema's Dutch labels", () => {
    const niveau = controls.find((c) => c.name === 'niveau')!;
    const schema = schemaAt(submissionSchema, ['niveau'])!;
    for (const o of niveau.options!) {
      expect(z.safeParse(schema, o.value).success).toBe(true);
      expect(o.label).toBe((unwrap(schema).meta.labels as Record<string, string>)[o.value]);
    }
    expect(z.safeParse(schema, 'galactisch').success).toBe(false);
  });

  it('marks required what the schema requires and optional what it does not', () => {
    const byName = new Map(controls.map((c) => [c.name, c]));
    expect(byName.get('titel')!.required).toBe(true);
    expect(byName.get('themas')!.required).toBe(true);
    expect(byName.get('land')!.required).toBe(false);
    expect(byName.get('periode.start')!.required).toBe(false);
  });

  it('offers list rows for sources and results, and a few selects for a long reference list', () => {
    expect(controls.filter((c) => /^bronnen\.\d+\.titel$/.test(c.name))).toHaveLength(LIST_ROWS);
    const gemeenten = controls.find((c) => c.name === 'gemeenten')!;
    expect(gemeenten.rows).toBe(MANY_ROWS);
    expect(gemeenten.itemLabel).toBe('Gemeente');
    expect(controls.find((c) => c.name === 'themas')!.rows).toBeUndefined();
  });

  it("asks the submitter's own contact separately, never the consent date itself", () => {
    expect(submitter.map((c) => c.name)).toEqual(['indiener.naam', 'indiener.email', 'indiener.organisatie']);
  });
});
