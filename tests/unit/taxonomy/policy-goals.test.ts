/** Policy goals grouped by their policy note and sorted by number (the theme pages list them so). */
import { describe, it, expect } from 'vitest';
import { compareGoalNumbers, goalsByPolicyNote } from '../../../src/lib/taxonomy/policy-goals.ts';
import { POLICY_NOTES, type PolicyGoal } from '../../../src/schemas/taxonomy.ts';

const goal = (nota: PolicyGoal['nota'], nummer: string): PolicyGoal => ({
  id: `${nota}-od${nummer}`,
  nota,
  niveau: 'od',
  nummer,
  titel: `Doel ${nummer} van ${nota}`,
  bovenliggend: `${nota}-sd${nummer.split('.')[0]}`,
  bron: 'test',
});

describe('compareGoalNumbers', () => {
  it('orders numbers part by part as numbers, a strategic goal before its operational goals', () => {
    expect(['2.10', '1.2', '2.2', '2', '10.1'].sort(compareGoalNumbers)).toEqual(['1.2', '2', '2.2', '2.10', '10.1']);
    expect(compareGoalNumbers('2.2', '2.2')).toBe(0);
  });
});

describe('goalsByPolicyNote', () => {
  // The theme "Taal" lists its goals in this order in content/taxonomieen/themas.yaml.
  const taal = [
    goal('bn2019', '2.2'),
    goal('bn2019', '1.2'),
    goal('bn2014', '2.1'),
    goal('bn2014', '2.2'),
    goal('bn2014', '2.3'),
  ];

  it('names the note of each group, newest note first, goals in number order', () => {
    const groups = goalsByPolicyNote(taal);
    expect(groups.map((g) => [g.label, g.goals.map((x) => x.nummer)])).toEqual([
      [POLICY_NOTES.bn2019, ['1.2', '2.2']],
      [POLICY_NOTES.bn2014, ['2.1', '2.2', '2.3']],
    ]);
  });

  it('keeps every goal once and makes no group for a note without goals', () => {
    const groups = goalsByPolicyNote([goal('bn2014', '3.1')]);
    expect(groups.map((g) => g.note)).toEqual(['bn2014']);
    expect(goalsByPolicyNote(taal).flatMap((g) => g.goals)).toHaveLength(taal.length);
    expect(goalsByPolicyNote([])).toEqual([]);
  });
});
