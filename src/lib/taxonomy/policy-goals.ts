/** Policy goals as a reader meets them: grouped by the policy note that set them, in the note's own order. */
import { POLICY_NOTES, type PolicyGoal } from '../../schemas/taxonomy.ts';

export type PolicyNote = PolicyGoal['nota'];

export interface PolicyNoteGoals {
  note: PolicyNote;
  /** The note's full name, e.g. "Beleidsnota 2019-2024 Gelijke Kansen, Integratie en Inburgering". */
  label: string;
  goals: PolicyGoal[];
}

/** Compares goal numbers part by part as numbers: "1.2" < "2.2" < "2.10". */
export function compareGoalNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The year a note starts, from its key ("bn2019" → 2019), so the newest note comes first. */
const startYear = (note: PolicyNote) => Number(note.replace(/\D/g, ''));

/**
 * Groups goals by policy note, newest note first, each group in goal-number order. Two notes both have a
 * goal 2.2, so a number alone does not say which goal is meant: the group names its note.
 */
export function goalsByPolicyNote(goals: readonly PolicyGoal[]): PolicyNoteGoals[] {
  const notes = [...new Set(goals.map((g) => g.nota))].sort((a, b) => startYear(b) - startYear(a));
  return notes.map((note) => ({
    note,
    label: POLICY_NOTES[note],
    goals: goals.filter((g) => g.nota === note).sort((a, b) => compareGoalNumbers(a.nummer, b.nummer)),
  }));
}
