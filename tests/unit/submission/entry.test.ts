import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { prepareSubmission, slugFrom, type Outcome } from '../../../src/lib/submission/entry.ts';
import { submissionForm } from '../../../src/lib/submission/fields.ts';
import { bodyOf, formValues } from '../../../src/lib/submission/parse.ts';
import { checkMdxBody } from '../../../src/lib/content/mdx-safety.ts';
import { validateEntry } from '../../../src/lib/content/validation.ts';
import { SUBMISSION_REFERENCE } from '../../../src/schemas/submission.ts';
import { canonicalText } from '../../../cms/format.ts';
import { REFS, VALID, replace } from './support.ts';

const form = submissionForm(REFS);
const offered = new Map(Object.entries(REFS).map(([k, v]) => [k, new Set((v ?? []).map((o) => o.value))]));
const options = { today: '2026-12-02', exists: (c: string, id: string) => Boolean(offered.get(c)?.has(id)) };
const submit = (pairs: [string, string][]) => prepareSubmission(form, formValues(pairs), options);

function problems(outcome: Outcome) {
  if (outcome.ok) throw new Error('verwacht een weigering');
  return outcome.problems;
}

function frontMatter(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('geen front matter');
  return { data: parseYaml(match[1]) as Record<string, any>, body: match[2] };
}

describe('prepareSubmission: a valid submission', () => {
  it('becomes a practice with status "ingediend", today, a reference and a safe name, which the build accepts', async () => {
    const outcome = await submit(VALID);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { submission } = outcome;
    expect(submission.reference).toMatch(SUBMISSION_REFERENCE);
    expect(submission.reference.startsWith('KB-2026-12-02-')).toBe(true);
    expect(submission.slug).toBe('taalcafe-in-de-bibliotheek');
    const { data, body } = frontMatter(submission.text);
    expect(data.curatie).toEqual({ status: 'ingediend', ingediendOp: '2026-12-02', referentie: submission.reference });
    expect(data.bronnen).toEqual([{ titel: 'Gemeente Zele, pagina Taalcafé', url: 'https://www.zele.be/taalcafe' }]);
    expect(body).toContain('Vrijwilligers en nieuwkomers');
    // The file as written passes the build's own check of one entry.
    const record = {
      collection: 'praktijken',
      id: submission.slug,
      file: 'x.mdx',
      data,
      body,
      lineOf: () => undefined,
    };
    expect(validateEntry('praktijken', record).problems).toEqual([]);
    // … and is already in the CMS's serialisation: opening and saving it in the CMS changes no byte.
    expect(canonicalText(`content/praktijken/${submission.slug}.mdx`, submission.text)).toBe(submission.text);
  });

  it('gives the same submission sent twice the same reference, and another submission another', async () => {
    const a = await submit(VALID);
    const b = await submit(VALID);
    const c = await submit(replace(VALID, 'titel', 'Taalcafé in het dienstencentrum'));
    if (!a.ok || !b.ok || !c.ok) throw new Error('verwacht aanvaard');
    expect(b.submission.reference).toBe(a.submission.reference);
    expect(c.submission.reference).not.toBe(a.submission.reference);
  });

  it('keeps name and e-mail address for the curator only with the consent box ticked', async () => {
    const pairs = [
      ...VALID,
      ['indiener.naam', 'An Peeters'],
      ['indiener.email', 'an@zele.be'],
      ['toestemming', 'ja'],
    ] as [string, string][];
    const outcome = await submit(pairs);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(frontMatter(outcome.submission.text).data.curatie.indiener).toEqual({
      naam: 'An Peeters',
      email: 'an@zele.be',
      toestemming: '2026-12-02',
    });
    expect(outcome.submission.personalData).toBe(true);
  });
});

describe('prepareSubmission: hostile and bad input is refused with the build’s messages', () => {
  it('refuses a script tag in the body with the body check’s own message', async () => {
    const pairs = replace(VALID, 'beschrijving', 'Hallo <script>alert(1)</script>');
    const expected = checkMdxBody(bodyOf(formValues(pairs))!, 'x', 1, { format: 'mdx' }).map((p) => p.message);
    expect(expected.length).toBeGreaterThan(0);
    const found = problems(await submit(pairs));
    expect(found.map((p) => p.message)).toEqual(expected);
    expect(found.every((p) => p.control === 'beschrijving')).toBe(true);
  });

  it.each([
    ['an MDX import', "import fs from 'node:fs'\n\nTekst"],
    ['an MDX expression', 'Kosten: {process.env.GITHUB_TOKEN}'],
    ['a javascript: link', '[klik](javascript:alert(1))'],
  ])('refuses %s in the body', async (_, text) => {
    const found = problems(await submit(replace(VALID, 'beschrijving', text)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.control === 'beschrijving')).toBe(true);
  });

  it('refuses an over-long title at the title, naming the limit, and keeps the rest unjudged', async () => {
    const found = problems(await submit(replace(VALID, 'titel', 'x'.repeat(121))));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ control: 'titel', label: 'Titel' });
    expect(found[0].message).toContain('120');
  });

  it('refuses a name or e-mail address without consent', async () => {
    const found = problems(await submit([...VALID, ['indiener.email', 'an@zele.be']]));
    expect(found.map((p) => p.control)).toEqual(['indiener.email']);
    expect(found[0].message).toMatch(/toestemming/);
  });

  it('refuses personal data typed into a public field, as the build does', async () => {
    const found = problems(
      await submit(replace(VALID, 'samenvatting', 'Meer info: an.peeters@zele.be of 052 44 44 44.')),
    );
    expect(found.some((p) => p.control === 'samenvatting')).toBe(true);
  });

  it('refuses a filled honeypot and nothing else is judged', async () => {
    const found = problems(await submit(replace(VALID, 'website', 'https://spam.example')));
    expect(found).toEqual([{ control: 'website', label: 'Laat leeg', message: 'Dit veld moet leeg blijven' }]);
  });

  it('refuses an id the form did not offer', async () => {
    const found = problems(await submit(replace(VALID, 'themas', 'bestaat-niet')));
    expect(found.map((p) => p.control)).toEqual(['themas']);
    expect(found[0].message).toContain('bestaat-niet');
  });

  it('asks for the required fields by their labels, linked to their controls', async () => {
    const found = problems(await submit([['titel', 'Alleen een titel']]));
    const controls = found.map((p) => p.control);
    for (const c of ['samenvatting', 'niveau', 'themas', 'doelgroepen', 'status', 'bronnen.0.titel'])
      expect(controls).toContain(c);
    expect(found.find((p) => p.control === 'bronnen.0.titel')!.label).toBe('Bronnen');
    expect(found.find((p) => p.control === 'samenvatting')!.message).toBe('Samenvatting is vereist.');
  });

  it('refuses control characters and bidi overrides in any field', async () => {
    const found = problems(await submit(replace(VALID, 'titel', 'Taal\u202Ecafé')));
    expect(found.map((p) => p.control)).toEqual(['titel']);
  });
});

describe('slugFrom', () => {
  it.each([
    ['Taalcafé in de bibliotheek', 'taalcafe-in-de-bibliotheek'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['   ', 'praktijk'],
    ['日本語', 'praktijk'],
  ])('%s → %s', (title, slug) => expect(slugFrom(title)).toBe(slug));

  it('cuts long titles at a word, at most 60 characters', () => {
    const slug = slugFrom('Een heel lange titel '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
