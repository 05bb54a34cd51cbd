/**
 * The character rule and the personal-data detector applied to every string of an entry's data,
 * whatever its schema: a new free-text field is covered without anyone remembering to add it.
 */
import { formatPath, type ContentRecord, type Problem } from './problem.ts';
import { forbiddenCharacter, describeForbidden } from './characters.ts';
import { findPersonalData, describePersonalData } from './personal-data.ts';

/** Fields whose personal data the contact schema itself governs (allowed with consent, refused without). */
const CONTACT_FIELDS = new Set([
  'contact.naam',
  'contact.email',
  'contact.toestemming',
  // The submitter's own name and address, kept for the curator only (src/schemas/submission.ts).
  'curatie.indiener.naam',
  'curatie.indiener.email',
]);

/** Today as YYYY-MM-DD, the upper bound for a consent date. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Whether the raw data records a consent date that is not in the future. */
export function recordsConsent(data: unknown): boolean {
  const contact = data && typeof data === 'object' ? (data as { contact?: unknown }).contact : undefined;
  const date = contact && typeof contact === 'object' ? (contact as { toestemming?: unknown }).toestemming : undefined;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today();
}

/** @param describe - names a field for the message, as the validator does ("contact.rol («Contact › Rol»)"). */
export function fieldTextProblems(record: ContentRecord, consent: boolean, describe: (path: (string | number)[]) => string = formatPath): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, (string | number)[]][] = [[record.data, []]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stack.push([item, [...path, key]]);
    if (typeof value !== 'string') continue;
    const field = formatPath(path);
    const at = (message: string) => problems.push({ file: record.file, line: record.lineOf(path), field, message: `${describe(path)}: ${message}` });
    const character = forbiddenCharacter(value);
    if (character) at(describeForbidden(character));
    const personal = consent || CONTACT_FIELDS.has(field) ? undefined : findPersonalData(value);
    if (personal) at(describePersonalData(personal));
  }
  return problems.reverse();
}
