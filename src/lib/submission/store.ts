/**
 * Where a checked submission goes. Locally (`npm start`) a file in content/praktijken/ (fs-store.ts);
 * in production a branch and pull request on GitHub (github-store.ts). Both recognise a submission
 * sent twice by its reference and pick another file name when the title's name is taken.
 */
import type { Prepared } from './entry.ts';

export interface Stored {
  /** The same submission had been received before: nothing new was written. */
  duplicate: boolean;
  /** The file path in the repository, e.g. "content/praktijken/taalcafe.mdx". */
  path: string;
  /** Where a curator finds it (a pull request's address), when there is one. */
  url?: string;
}

export interface SubmissionStore {
  save(submission: Prepared): Promise<Stored>;
}

/** The file names to try for a submission: its title's name, then that name with the reference's hash. */
export function candidateNames(submission: Prepared): string[] {
  const hash = submission.reference.slice(-6);
  return [submission.slug, `${submission.slug}-${hash}`];
}

/** Whether a stored file's text is this submission (its reference in the front matter). */
export const isSameSubmission = (text: string, reference: string) =>
  new RegExp(`^\\s*referentie: ["']?${reference}["']?\\s*$`, 'm').test(text);

/**
 * Thrown by a store that cannot keep personal data out of public view (a public repository): the
 * submitter is asked to send the practice without name and e-mail address instead.
 */
export class PersonalDataRefused extends Error {}

export const PERSONAL_DATA_REFUSED =
  'Je naam en e-mailadres kunnen we op dit moment niet afgeschermd bewaren. Laat ze leeg en vermeld je organisatie: de curator neemt dan contact op via je dienst';
