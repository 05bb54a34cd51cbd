import { describe, it, expect } from 'vitest';
import { idMatchesNumber, goalInSamePlan, milestonesInOrder } from '../../../src/lib/content/rules.ts';
import { action, ms } from './support.ts';
import type { EntriesByCollection } from '../../../src/lib/content/validation.ts';
import type { CollectionName } from '../../../src/schemas/common.ts';

describe('cross-entry plan rules', () => {
  const entry = (file: string, data: any) => ({ record: { file, lineOf: () => 3 }, data });
  const entries = (
    actions: [string, any][],
    goals: [string, any][] = [['p-1', entry('g.yaml', { plan: 'p', nummer: 1 })]],
  ) =>
    new Map<CollectionName, Map<string, any>>([
      ['acties', new Map(actions)],
      ['plandoelen', new Map(goals)],
    ]) as EntriesByCollection;

  it('requires the file name to follow plan and number', () => {
    const problems = idMatchesNumber(entries([['p-2', entry('p-2.yaml', action({ nummer: 3 }))]]));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'p-2.yaml', field: 'nummer', message: expect.stringContaining('"p-3"') }),
    ]);
    expect(idMatchesNumber(entries([['p-1', entry('p-1.yaml', action())]]))).toEqual([]);
  });

  it('requires the goal to belong to the action’s plan', () => {
    const problems = goalInSamePlan(
      entries(
        [['p-1', entry('a.yaml', action({ doel: 'q-1' }))]],
        [['q-1', entry('q.yaml', { plan: 'q', nummer: 1 })]],
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ field: 'doel', message: expect.stringContaining('hoort bij plan "q"') }),
    ]);
  });

  it('requires milestones in date order', () => {
    const problems = milestonesInOrder(
      entries([
        [
          'p-1',
          entry('a.yaml', action({ mijlpalen: [ms('2023-01-01', 'lopend'), ms('2022-01-01', 'gepland')] as any })),
        ],
      ]),
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'mijlpalen[1].datum' })]);
  });
});
