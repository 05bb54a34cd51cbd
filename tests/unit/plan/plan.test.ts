import { describe, it, expect } from 'vitest';
import { actionSchema, type Action } from '../../../src/schemas/plan.ts';
import { currentStatus, progress, statusCounts, yearTotals } from '../../../src/lib/plan/rollup.ts';
import { exportPlanCsv, parsePlanCsv } from '../../../src/lib/plan/csv.ts';
import { CsvError } from '../../../src/lib/shared/csv.ts';
import { idMatchesNumber, goalInSamePlan, milestonesInOrder } from '../../../src/lib/content/rules.ts';

const source = { titel: 'Testbron' };
const ms = (datum: string, status: string) => ({ datum, status, tekst: 'Iets gebeurde.', bron: source });
const action = (over: Partial<Action> = {}): Action =>
  actionSchema.parse({
    plan: 'p',
    doel: 'p-1',
    nummer: 1,
    titel: 'Actie',
    samenvatting: 'Samenvatting.',
    verantwoordelijke: { minister: 'Minister', agentschap: 'Agentschap' },
    mijlpalen: [ms('2022-04-01', 'lopend')],
    bronnen: [source],
    ...over,
  });

describe('roll-up', () => {
  it('takes the status of the latest milestone, whatever the order in the file', () => {
    expect(currentStatus({ mijlpalen: [ms('2024-01-01', 'gerealiseerd'), ms('2022-01-01', 'lopend')] as any })).toBe('gerealiseerd');
  });

  it('counts statuses and computes progress without stopped actions in the denominator', () => {
    const actions = [
      action({ mijlpalen: [ms('2022-01-01', 'gerealiseerd')] as any }),
      action({ mijlpalen: [ms('2022-01-01', 'lopend')] as any }),
      action({ mijlpalen: [ms('2022-01-01', 'stopgezet')] as any }),
      action({ mijlpalen: [ms('2022-01-01', 'gerealiseerd')] as any }),
    ];
    expect(statusCounts(actions)).toMatchObject({ gerealiseerd: 2, lopend: 1, stopgezet: 1, gepland: 0 });
    expect(progress(actions)).toEqual({ realised: 2, counted: 3, share: 2 / 3 });
    expect(progress([]).share).toBeUndefined();
  });

  it('sums KPIs per project year only over actions that published both figures', () => {
    const y = (projectjaar: string, kpiToegezegd?: number, kpiBehaald?: number) => ({ projectjaar, kpiToegezegd, kpiBehaald, gemeenten: [], bron: source });
    const totals = yearTotals([action({ jaren: [y('2022-23', 100, 150), y('2023-24', 10)] as any }), action({ jaren: [y('2022-23', 50, 25)] as any })]);
    expect(totals).toEqual([
      { projectjaar: '2022-23', kpiToegezegd: 150, kpiBehaald: 175, actions: 2, realisation: 175 / 150 },
      { projectjaar: '2023-24', kpiToegezegd: 0, kpiBehaald: 0, actions: 0, realisation: undefined },
    ]);
  });
});

describe('plan CSV', () => {
  const existing = new Map([
    ['p-5', action({ nummer: 5, jaren: [{ projectjaar: '2022-23', kpiToegezegd: 68429, kpiBehaald: 118178, gemeenten: [], bron: { titel: 'Bron, met komma', sectie: 'Actie 5' } }] as any })],
    ['p-7', action({ nummer: 7 })],
  ]);
  const header = 'actie,projectjaar,budget,lokale_besturen,kpi_toegezegd,kpi_behaald,gemeenten,bron_titel,bron_sectie,bron_url\n';

  it('round-trips: importing the export changes nothing', () => {
    const csv = exportPlanCsv([...existing].map(([id, data]) => ({ id, data })));
    const { updates } = parsePlanCsv(csv, existing);
    expect(updates.get('p-5')).toEqual(existing.get('p-5')!.jaren);
    expect(exportPlanCsv([...existing].map(([id, data]) => ({ id, data: { jaren: updates.get(id) ?? data.jaren } })))).toBe(csv);
  });

  it('adds a new project year and keeps the others', () => {
    const { updates } = parsePlanCsv(header + 'p-5,2023-24,,,70000,80000,46021 44021,Nieuwe bron,,https://example.org/r\n', existing);
    expect(updates.get('p-5')!.map((y) => y.projectjaar)).toEqual(['2022-23', '2023-24']);
    expect(updates.get('p-5')![1]).toMatchObject({ kpiToegezegd: 70000, kpiBehaald: 80000, gemeenten: ['46021', '44021'], bron: { titel: 'Nieuwe bron', url: 'https://example.org/r' } });
  });

  it.each([
    ['p-9,2023-24,,,1,1,,Bron,,', 2, /actie "p-9" bestaat niet/],
    ['p-5,2023-24,1.000,,1,1,,Bron,,', 2, /budget: "1.000" is geen geheel getal/],
    ['p-5,2023-24,,,"1,5",1,,Bron,,', 2, /kpi_toegezegd: "1,5" is geen geheel getal/],
    ['p-5,2023-25,,,1,1,,Bron,,', 2, /projectjaar/],
    ['p-5,2023-24,,,-5,1,,Bron,,', 2, /kpiToegezegd/],
    ['p-5,2023-24,,,1,1,,,,', 2, /bron/],
    ['p-5,2023-24,,,1,1,,Bron,,ftp://x', 2, /bron\.url/],
    ['p-5,2023-24,,,1,1,,Bron,,\np-5,2023-24,,,2,2,,Bron,,', 3, /twee keer/],
    ['p-5,2023-24,,,1,1,,Bron', 2, /velden/],
  ])('rejects a bad row with its line number: %j', (rows, line, message) => {
    try {
      parsePlanCsv(header + rows + '\n', existing);
      expect.unreachable('accepted a bad row');
    } catch (err) {
      expect(err).toBeInstanceOf(CsvError);
      expect((err as CsvError).line).toBe(line);
      expect((err as Error).message).toMatch(message);
    }
  });
});

describe('cross-entry plan rules', () => {
  const entry = (file: string, data: any) => ({ record: { file, lineOf: () => 3 }, data });
  const entries = (actions: [string, any][], goals: [string, any][] = [['p-1', entry('g.yaml', { plan: 'p', nummer: 1 })]]) =>
    new Map<string, Map<string, any>>([
      ['acties', new Map(actions)],
      ['plandoelen', new Map(goals)],
    ]);

  it('requires the file name to follow plan and number', () => {
    const problems = idMatchesNumber(entries([['p-2', entry('p-2.yaml', action({ nummer: 3 }))]]));
    expect(problems).toEqual([expect.objectContaining({ file: 'p-2.yaml', field: 'nummer', message: expect.stringContaining('"p-3"') })]);
    expect(idMatchesNumber(entries([['p-1', entry('p-1.yaml', action())]]))).toEqual([]);
  });

  it('requires the goal to belong to the action’s plan', () => {
    const problems = goalInSamePlan(entries([['p-1', entry('a.yaml', action({ doel: 'q-1' }))]], [['q-1', entry('q.yaml', { plan: 'q', nummer: 1 })]]));
    expect(problems).toEqual([expect.objectContaining({ field: 'doel', message: expect.stringContaining('hoort bij plan "q"') })]);
  });

  it('requires milestones in date order', () => {
    const problems = milestonesInOrder(entries([['p-1', entry('a.yaml', action({ mijlpalen: [ms('2023-01-01', 'lopend'), ms('2022-01-01', 'gepland')] as any }))]]));
    expect(problems).toEqual([expect.objectContaining({ field: 'mijlpalen[1].datum' })]);
  });
});
