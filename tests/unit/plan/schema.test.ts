/**
 * The plan schemas refuse what the issue lists as bad input, and the content check reports it with
 * file, line and field: a figure without a source, a sub-KPI with an unknown unit, an achieved figure
 * for a year marked "not published", a participant municipality that does not exist, a budget that
 * is not a whole number of euro, and facts from an action page without that page as source.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateContentTree, formatProblems } from '../../../src/lib/content/validation.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

const ACTION = 'acties/plan-samenleven-5.yaml';
const PLAN = 'plannen/plan-samenleven.yaml';
type Data = Record<string, any>;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-plan-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function edit(file: string, change: (d: Data) => void) {
  const path = join(root, file);
  const data = parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, stringify(data));
}
const kpi = (eenheid: string) => ({ eenheid, maximum: 150, bijdragePerKpi: 210, bron: { titel: 'Aanvraagformulier' } });
const who = (gemeente: string) => ({
  gemeente,
  toelichting: 'De bron noemt deze gemeente.',
  bron: { titel: 'Nieuwsbericht' },
});

const BAD: [string, string, (d: Data) => void, string, RegExp][] = [
  ['a year’s figures without a source', ACTION, (d) => delete d.jaren[0].bron, 'jaren[0].bron', /vereist/],
  [
    'a KPI without a source',
    ACTION,
    (d) => (d.kpis = [{ eenheid: 'jongeren', maximum: 1, bijdragePerKpi: 2 }]),
    'kpis[0].bron',
    /vereist/,
  ],
  [
    'a count of participants without a source',
    PLAN,
    (d) =>
      (d.jaren = [
        { projectjaar: '2022-23', tellingen: [{ aantal: 104, wat: 'lokale besturen' }], bron: { titel: 'Bron' } },
      ]),
    'jaren[0].tellingen[0].bron',
    /vereist/,
  ],
  [
    'a sub-KPI whose unit is unknown',
    ACTION,
    (d) => (d.kpis = [kpi('jongeren'), kpi('?')]),
    'kpis[1].eenheid',
    /Eenheid onbekend/,
  ],
  [
    'a sub-KPI without a unit',
    ACTION,
    (d) => (d.kpis = [{ ...kpi('x'), eenheid: undefined }]),
    'kpis[0].eenheid',
    /vereist/,
  ],
  [
    'an achieved figure for a year marked not published',
    ACTION,
    (d) => (d.jaren[0].behaaldNietGepubliceerd = 'Eindrapportage oktober 2025'),
    'jaren[0].kpiBehaald',
    /niet gepubliceerd.*behaald cijfer/,
  ],
  ['a budget in euro and cent', ACTION, (d) => (d.jaren[0].budget = 475000.5), 'jaren[0].budget', /geheel aantal euro/],
  [
    'a plan budget in euro and cent',
    PLAN,
    (d) => (d.jaren = [{ projectjaar: '2022-23', budget: 14136359.25, bron: { titel: 'Bron' } }]),
    'jaren[0].budget',
    /geheel aantal euro/,
  ],
  ['a budget written as text', ACTION, (d) => (d.jaren[0].budget = '€475.000'), 'jaren[0].budget', /bedrag in euro/],
  [
    'a contribution per KPI in cent',
    ACTION,
    (d) => (d.kpis = [{ ...kpi('jongeren'), bijdragePerKpi: 60.5 }]),
    'kpis[0].bijdragePerKpi',
    /geheel aantal euro/,
  ],
  [
    'a target group without the action page as source',
    ACTION,
    (d) => (d.doelgroep = 'Jongeren'),
    'doelgroep',
    /zonder bron: vul "actiepagina" in/,
  ],
  [
    'a mentor without a source',
    ACTION,
    (d) => (d.mentorbestuur = { naam: 'Sportdienst' }),
    'mentorbestuur.bron',
    /vereist/,
  ],
  [
    'a milestone of the plan with an impossible date',
    PLAN,
    (d) => (d.mijlpalen = [{ datum: '2025-13', titel: 'x', tekst: 'x', bron: { titel: 'Bron' } }]),
    'mijlpalen[0].datum',
    /JJJJ-MM-DD/,
  ],
];

describe('refused plan content', () => {
  it.each(BAD)('%s', (_what, file, change, field, message) => {
    edit(file, change);
    const { problems } = validateContentTree(root, root);
    const hit = problems.find((p) => p.file === file && p.field === field);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.line, 'line').toBeGreaterThan(0);
    expect(hit!.message).toMatch(message);
  });

  it.each([
    [
      'an action participant',
      ACTION,
      (d: Data) => (d.deelnemers = [who('44021'), who('99999')]),
      'deelnemers[1].gemeente',
    ],
    ['a plan participant', PLAN, (d: Data) => (d.deelnemers = [who('12345')]), 'deelnemers[0].gemeente'],
    [
      'a mentor municipality',
      ACTION,
      (d: Data) => (d.mentorbestuur = { naam: 'Stad', gemeente: '11111', bron: { titel: 'Actiepagina' } }),
      'mentorbestuur.gemeente',
    ],
  ])('refuses %s that does not exist, naming file, line and field', (_what, file, change, field) => {
    edit(file, change);
    const { problems } = validateContentTree(root, root);
    const hit = problems.find((p) => p.file === file && p.field === field);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.line).toBeGreaterThan(0);
    expect(hit!.message).toMatch(/gemeente "\d{5}" bestaat niet/);
  });

  it('accepts the same content when it is right', () => {
    edit(ACTION, (d) => {
      d.kpis = [kpi('jongeren van buitenlandse herkomst'), kpi('personen met een handicap')];
      d.deelnemers = [who('44021')];
      d.doelgroep = 'Jongeren';
      d.actiepagina = { titel: 'Actiepagina' };
      d.jaren.push({
        projectjaar: '2024-25',
        kpiToegezegd: 83050,
        behaaldNietGepubliceerd: 'Eindrapportage oktober 2025',
        bron: { titel: 'Cijferpagina' },
      });
    });
    edit(
      PLAN,
      (d) =>
        (d.mijlpalen = [
          { datum: '2025-10', titel: 'Eindrapportage', tekst: 'Aangekondigd.', bron: { titel: 'Cijferpagina' } },
          { datum: 2026, titel: 'Vervolg', tekst: 'Sociaal cohesieplan.', bron: { titel: 'Evaluatie' } },
        ]),
    );
    expect(formatProblems(validateContentTree(root, root).problems)).toBe('');
  });
});
