/**
 * The curator fields (evidence and the three criteria) are optional while a practice is "ingediend"
 * and required, field by field and with a message that says why, from "in-review" on. The submitter's
 * part of the schema is the practice without them.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateContentTree, formatProblems } from '../../../src/lib/content/validation.ts';
import { objectFields, unwrap } from '../../../src/lib/content/schema-walk.ts';
import {
  practiceSchema,
  submissionSchema,
  curatorFieldsSchema,
  CURATOR_FIELDS,
  CURATOR_HINT,
  SUBMISSION_OMITTED_FIELDS,
  hasCuratorFields,
  missingCuratorFields,
} from '../../../src/schemas/practice.ts';
import { buildCmsConfig, type DecapField } from '../../../cms/config.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

const SUBMITTED = 'praktijken/ingediend-fixture.mdx';
const PUBLISHED = 'praktijken/taalcafe-fixture.mdx';
/** Every leaf of the curator fields, as data paths. */
const LEAVES = [
  'bewijs.niveau',
  'bewijs.datum',
  'bewijs.basis',
  'criteria.werkt.oordeel',
  'criteria.werkt.toelichting',
  'criteria.klaarVoorGebruik.oordeel',
  'criteria.klaarVoorGebruik.toelichting',
  'criteria.groteReikwijdte.oordeel',
  'criteria.groteReikwijdte.toelichting',
];

type Data = Record<string, any>;
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-curator-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function read(file: string): { data: Data; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(FIXTURE, file), 'utf8'))!;
  return { data: parse(m[1]), body: m[2] };
}
function edit(file: string, change: (d: Data) => void) {
  const { data, body } = read(file);
  change(data);
  writeFileSync(join(root, file), `---\n${stringify(data)}---\n${body}`);
}
const problemsOf = (file: string) => validateContentTree(root, root).problems.filter((p) => p.file === file);

describe('curator fields by curation status', () => {
  it('a submitted practice without evidence and criteria is accepted', () => {
    edit(SUBMITTED, (d) => {
      delete d.bewijs;
      delete d.criteria;
    });
    expect(formatProblems(problemsOf(SUBMITTED))).toBe('');
  });

  it('a submitted practice with the curator fields partly filled in is accepted', () => {
    edit(SUBMITTED, (d) => {
      d.bewijs = { niveau: 'idee' };
      d.criteria = { werkt: { oordeel: 'deels' } };
    });
    expect(formatProblems(problemsOf(SUBMITTED))).toBe('');
  });

  it('what a submitter does fill in is still checked', () => {
    edit(SUBMITTED, (d) => {
      d.bewijs = { niveau: 'zeker', basis: 'x'.repeat(301) };
    });
    const fields = problemsOf(SUBMITTED).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['bewijs.niveau', 'bewijs.basis']));
    expect(problemsOf(SUBMITTED).find((p) => p.field === 'bewijs.basis')!.message).toMatch(/Maximaal 300 tekens/);
  });

  it('in review without them: every missing field is named, with its label, line and the reason', () => {
    edit(SUBMITTED, (d) => {
      delete d.bewijs;
      delete d.criteria;
      d.curatie.status = 'in-review';
    });
    const problems = problemsOf(SUBMITTED);
    expect(problems.map((p) => p.field).sort()).toEqual([...LEAVES].sort());
    for (const p of problems) {
      expect(p.message).toMatch(/Verplicht vanaf curatiestatus «In review»/);
      expect(p.line).toBeGreaterThan(0);
    }
    expect(problems.find((p) => p.field === 'bewijs.niveau')!.message).toMatch(/^bewijs\.niveau \(«Bewijs › Bewijsniveau»\): /);
    expect(problems.find((p) => p.field === 'criteria.werkt.oordeel')!.message).toContain('«Criteria VVSG › Bewezen werkzaam › Oordeel»');
  });

  it('a published practice missing one explanation is refused at that field only', () => {
    edit(PUBLISHED, (d) => delete d.criteria.groteReikwijdte.toelichting);
    const problems = problemsOf(PUBLISHED);
    expect(problems.map((p) => p.field)).toEqual(['criteria.groteReikwijdte.toelichting']);
  });

  it.each(['in-review', 'gepubliceerd', 'gearchiveerd'])('status %s requires the evidence level', (status) => {
    const { data } = read(PUBLISHED);
    data.curatie.status = status;
    delete data.bewijs.niveau;
    const result = practiceSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('bewijs.niveau');
  });

  it('missingCuratorFields lists the empty leaves; hasCuratorFields narrows only complete practices', () => {
    const { data } = read(PUBLISHED);
    const parsed = practiceSchema.parse(data);
    expect(missingCuratorFields(parsed)).toEqual([]);
    expect(hasCuratorFields(parsed)).toBe(true);
    const submitted = practiceSchema.parse({ ...data, bewijs: undefined, criteria: { werkt: { oordeel: 'voldaan' } }, curatie: { status: 'ingediend', ingediendOp: '2026-01-05' } });
    expect(hasCuratorFields(submitted)).toBe(false);
    expect(missingCuratorFields(submitted).map((p) => p.join('.'))).toEqual(LEAVES.filter((l) => l !== 'criteria.werkt.oordeel'));
  });

  it('the complete shape of the curator fields is the strict schema', () => {
    expect(Object.keys(curatorFieldsSchema.shape)).toEqual([...CURATOR_FIELDS]);
    expect(curatorFieldsSchema.safeParse({ bewijs: { niveau: 'idee' }, criteria: {} }).success).toBe(false);
    expect(curatorFieldsSchema.safeParse(read(PUBLISHED).data).success).toBe(true);
  });
});

describe('submission schema: the submitter part', () => {
  const practiceKeys = objectFields(practiceSchema).map(([k]) => k);

  it('has every practice field except the curator fields, the curation block and images, in the same order', () => {
    const keys = objectFields(submissionSchema).map(([k]) => k);
    expect(keys).toEqual(practiceKeys.filter((k) => !(SUBMISSION_OMITTED_FIELDS as readonly string[]).includes(k)));
    for (const k of [...CURATOR_FIELDS, 'curatie', 'afbeeldingen']) expect(keys).not.toContain(k);
    // Same field schemas, so the same labels, limits and messages.
    const titel = unwrap(objectFields(submissionSchema).find(([k]) => k === 'titel')![1]);
    expect(titel.meta.title).toBe('Titel');
  });

  it('accepts what a municipality knows and refuses what the build refuses', () => {
    const { data } = read(PUBLISHED);
    for (const k of SUBMISSION_OMITTED_FIELDS) delete data[k];
    expect(submissionSchema.safeParse(data).success).toBe(true);
    const bad = submissionSchema.safeParse({ ...data, samenvatting: 'x'.repeat(301), bronnen: [] });
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['bronnen', 'samenvatting']);
  });

  it('keeps the rules between fields: a foreign practice needs its country and transferability', () => {
    const { data } = read(PUBLISHED);
    const result = submissionSchema.safeParse({ ...data, niveau: 'buitenland', gemeenten: [] });
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['land', 'overdraagbaarheid']);
  });
});

describe('curator fields in the CMS', () => {
  const fields = (buildCmsConfig({ local: false }) as any).collections.find((c: any) => c.name === 'praktijken')
    .fields as DecapField[];
  const leaves = (f: DecapField): DecapField[] => (f.fields ? (f.fields as DecapField[]).flatMap(leaves) : [f]);

  it.each(CURATOR_FIELDS)('%s: no field required in the form, each hint says from which status it is', (name) => {
    const field = fields.find((f) => f.name === name)!;
    for (const leaf of leaves(field)) {
      expect(leaf.required, leaf.name).toBe(false);
      expect(leaf.hint, leaf.name).toContain(CURATOR_HINT);
    }
  });

  it('other fields do not carry the curator hint', () => {
    const others = fields.filter((f) => !(CURATOR_FIELDS as readonly string[]).includes(f.name)).flatMap(leaves);
    expect(others.filter((f) => String(f.hint ?? '').includes(CURATOR_HINT))).toEqual([]);
  });
});
