import { describe, it, expect } from 'vitest';
import {
  currentStatus,
  statusCounts,
  kpiRollup,
  realisation,
  reportingState,
  joinDutch,
} from '../../../src/lib/plan/rollup.ts';
import { action, ms, source } from './support.ts';

const y = (projectjaar: string, kpiToegezegd?: number, kpiBehaald?: number, extra: object = {}) => ({
  projectjaar,
  kpiToegezegd,
  kpiBehaald,
  gemeenten: [],
  budgetGepland: false,
  bron: source,
  ...extra,
});
const PLAN_YEARS = ['2022-23', '2023-24', '2024-25'];

describe('status', () => {
  it('takes the status of the latest milestone, whatever the order in the file', () => {
    expect(currentStatus({ mijlpalen: [ms('2024-01-01', 'gerealiseerd'), ms('2022-01-01', 'lopend')] as any })).toBe(
      'gerealiseerd',
    );
  });

  it('counts statuses, with zero for a status no action has', () => {
    const actions = [
      action({ mijlpalen: [ms('2022-01-01', 'afgelopen')] }),
      action({ mijlpalen: [ms('2022-01-01', 'lopend')] }),
      action({ mijlpalen: [ms('2022-01-01', 'afgelopen')] }),
    ];
    expect(statusCounts(actions)).toMatchObject({ afgelopen: 2, lopend: 1, gerealiseerd: 0 });
  });
});

describe('realisation', () => {
  it('is achieved over committed: 118,178 of 68,429 for action 5, year 1', () => {
    expect(realisation({ kpiToegezegd: 68429, kpiBehaald: 118178 })).toBeCloseTo(1.727, 3);
  });

  it.each([
    ['achieved not published', { kpiToegezegd: 83050 }],
    ['committed not published', { kpiBehaald: 10 }],
    ['nothing committed', { kpiToegezegd: 0, kpiBehaald: 0 }],
  ])('is unknown, not zero, when %s', (_, year) => {
    expect(realisation(year)).toBeUndefined();
  });
});

describe('KPI roll-up', () => {
  const plans = {
    id: 'a2',
    cijfereenheid: 'actieplannen',
    jaren: [
      y('2022-23', 16, 14),
      y('2023-24', 19, 18),
      y('2024-25', 19, undefined, { behaaldNietGepubliceerd: 'later' }),
    ],
  };
  const practice = {
    id: 'a5',
    cijfereenheid: 'oefenkansen',
    jaren: [y('2022-23', 68429, 118178), y('2024-25', 83050)],
  };

  it('counts only actions that published both figures, per year, and says how many reached their commitment', () => {
    const [year1, year2] = kpiRollup([plans, practice, { id: 'a9', jaren: [] }]);
    expect(year1.actions.map((a) => a.id)).toEqual(['a2', 'a5']);
    expect(year1.metCommitment).toBe(1);
    expect(year2.actions.map((a) => a.id)).toEqual(['a2']);
  });

  it('leaves out a year in which no action published both figures, instead of reporting 0', () => {
    expect(kpiRollup([plans, practice]).map((r) => r.projectjaar)).toEqual(['2022-23', '2023-24']);
  });

  it('never adds KPIs of different units, and sums them within one unit', () => {
    expect(kpiRollup([plans, practice])[0].sum).toBeUndefined();
    const other = { id: 'a16', cijfereenheid: 'actieplannen', jaren: [y('2022-23', 4, 5)] };
    expect(kpiRollup([plans, other])[0].sum).toEqual({
      toegezegd: 20,
      behaald: 19,
      share: 19 / 20,
      unit: 'actieplannen',
    });
  });
});

describe('reporting state in words', () => {
  it('names the years with results and the year whose result is not yet in', () => {
    const state = reportingState(
      {
        jaren: [
          y('2023-24', 19, 18),
          y('2022-23', 16, 14),
          y('2024-25', 19, undefined, { behaaldNietGepubliceerd: 'eindrapportage' }),
        ] as any,
      },
      PLAN_YEARS,
    );
    expect(state).toBe(
      'Resultaten gepubliceerd voor projectjaar 1 en 2; projectjaar 3: toezegging gepubliceerd, behaald cijfer nog niet opgenomen.',
    );
  });

  it('says so when nothing is published, and when another instrument funds the action', () => {
    expect(reportingState({ jaren: [] }, PLAN_YEARS)).toMatch(/^Geen cijfers per projectjaar/);
    expect(reportingState({ jaren: [], andereFinanciering: { toelichting: 'x' } }, PLAN_YEARS)).toMatch(
      /ander instrument/,
    );
  });

  it('joins Dutch lists', () => {
    expect([joinDutch([]), joinDutch(['1']), joinDutch(['1', '2']), joinDutch(['1', '2', '3'])]).toEqual([
      '',
      '1',
      '1 en 2',
      '1, 2 en 3',
    ]);
  });
});
