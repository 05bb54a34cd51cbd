/**
 * The local store (`npm start`): writes the practice file into content/praktijken/, where the watcher
 * picks it up. A file is created exclusively (flag "wx"), so two requests never overwrite each other
 * or an existing practice.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PRACTICE_DIR } from './entry.ts';
import { candidateNames, isSameSubmission, type SubmissionStore } from './store.ts';

export function fsStore(repoRoot: string): SubmissionStore {
  return {
    async save(submission) {
      mkdirSync(join(repoRoot, PRACTICE_DIR), { recursive: true });
      for (const name of candidateNames(submission)) {
        const path = `${PRACTICE_DIR}/${name}.mdx`;
        try {
          writeFileSync(join(repoRoot, path), submission.text, { flag: 'wx' });
          return { duplicate: false, path };
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
          if (isSameSubmission(readFileSync(join(repoRoot, path), 'utf8'), submission.reference))
            return { duplicate: true, path };
        }
      }
      throw new Error(`Geen vrije bestandsnaam voor ${submission.slug} (${submission.reference})`);
    },
  };
}
