/**
 * Rules that span several entries (beyond single references): a plan's numbering and the
 * consistency of an action with its goal. Each rule returns problems; the validator runs them all.
 */
import type { Problem } from './content-files.ts';
import type { ValidatedContent } from './content-validation.ts';

export type CrossEntryRule = (entries: ValidatedContent['entries']) => Problem[];

type Entries = ValidatedContent['entries'];

const problemAt = (entry: { record: { file: string; lineOf(p: (string | number)[]): number | undefined } }, path: (string | number)[], message: string): Problem => ({
  file: entry.record.file,
  line: entry.record.lineOf(path),
  field: path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join(''),
  message,
});

/** Goals and actions are named `<plan>-<nummer>`, so their web address follows their stable number. */
export const idMatchesNumber: CrossEntryRule = (entries: Entries) => {
  const problems: Problem[] = [];
  for (const collection of ['plandoelen', 'acties']) {
    for (const [id, entry] of entries.get(collection) ?? []) {
      const expected = `${entry.data.plan}-${entry.data.nummer}`;
      if (id !== expected) problems.push(problemAt(entry, ['nummer'], `De bestandsnaam moet "${expected}" zijn (plan en nummer), niet "${id}"`));
    }
  }
  return problems;
};

/** An action's goal belongs to the same plan. */
export const goalInSamePlan: CrossEntryRule = (entries: Entries) => {
  const goals = entries.get('plandoelen') ?? new Map();
  const problems: Problem[] = [];
  for (const entry of (entries.get('acties') ?? new Map()).values()) {
    const goal = goals.get(entry.data.doel);
    if (goal && goal.data.plan !== entry.data.plan) {
      problems.push(problemAt(entry, ['doel'], `Doel "${entry.data.doel}" hoort bij plan "${goal.data.plan}", niet bij "${entry.data.plan}"`));
    }
  }
  return problems;
};

/** Milestones are the status history, so they must be in date order. */
export const milestonesInOrder: CrossEntryRule = (entries: Entries) => {
  const problems: Problem[] = [];
  for (const entry of (entries.get('acties') ?? new Map()).values()) {
    const milestones: { datum: string }[] = entry.data.mijlpalen;
    milestones.forEach((m, i) => {
      if (i > 0 && m.datum < milestones[i - 1].datum) {
        problems.push(problemAt(entry, ['mijlpalen', i, 'datum'], `Mijlpalen staan in volgorde van datum: ${m.datum} komt vóór ${milestones[i - 1].datum}`));
      }
    });
  }
  return problems;
};

export const crossEntryRules: CrossEntryRule[] = [idMatchesNumber, goalInSamePlan, milestonesInOrder];
