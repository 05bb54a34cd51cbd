/**
 * The production store: each submission becomes a branch `cms/praktijken/<name>` with the practice
 * file, and a pull request labelled `decap-cms/pending_review` into the branch the CMS edits. Decap's
 * editorial workflow lists exactly such pull requests (open, head branch `cms/<collection>/<slug>`, a
 * `decap-cms/` label: decap-cms-backend-github API.ts, listUnpublishedBranches), so the submission
 * appears in the CMS's "In review" column; merging it there puts it in content/praktijken/.
 *
 * The file keeps the submitter's name and e-mail address for the curator (curatie.indiener) only in a
 * private repository; into a public one the store writes no personal data (PersonalDataRefused: the
 * form asks to send it without them).
 */
import { Octokit } from '@octokit/rest';
import { PRACTICE_DIR } from './entry.ts';
import { candidateNames, isSameSubmission, PersonalDataRefused, type SubmissionStore } from './store.ts';

export interface GitHubConfig {
  token: string;
  /** "owner/name". */
  repo: string;
  /** The branch the CMS edits and the site is built from. */
  base: string;
  /** API address; a test points it at a local fake. */
  baseUrl?: string;
}

export class StoreConfigError extends Error {}

export const REVIEW_LABEL = 'decap-cms/pending_review';
const branchOf = (name: string) => `cms/praktijken/${name}`;

const status = (err: unknown) => (err as { status?: number }).status;

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(data: string): string {
  const binary = atob(data.replace(/\s/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function githubStore(config: GitHubConfig): SubmissionStore {
  const [owner, repo] = config.repo.split('/');
  if (!owner || !repo || !config.token || !config.base)
    throw new StoreConfigError('GITHUB_TOKEN, GITHUB_REPO (eigenaar/naam) en GITHUB_BRANCH moeten ingesteld zijn');
  const octokit = new Octokit({
    auth: config.token,
    baseUrl: config.baseUrl,
    userAgent: 'kennisbank-samenleven-inzending',
    // Octokit logs every 404 as an error, also the expected "no such file yet"; a real failure is thrown,
    // and the handler logs it once with the submission's reference.
    log: { debug: () => undefined, info: () => undefined, warn: console.warn, error: () => undefined },
  });

  async function fileOn(ref: string, path: string): Promise<string | undefined> {
    try {
      const { data } = await octokit.repos.getContent({ owner, repo, path, ref });
      return !Array.isArray(data) && data.type === 'file' ? fromBase64(data.content) : '';
    } catch (err) {
      if (status(err) === 404) return undefined;
      throw err;
    }
  }

  async function existingPull(branch: string) {
    const { data } = await octokit.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'all' });
    return data[0]?.html_url;
  }

  return {
    async save(submission) {
      const { data: meta } = await octokit.repos.get({ owner, repo });
      // In a public repository every branch and file is readable by anyone: no name or address goes there.
      if (!meta.private && submission.personalData) throw new PersonalDataRefused(`${config.repo} is publiek`);
      const { data: baseRef } = await octokit.git.getRef({ owner, repo, ref: `heads/${config.base}` });
      for (const name of candidateNames(submission)) {
        const path = `${PRACTICE_DIR}/${name}.mdx`;
        const branch = branchOf(name);
        const onBase = await fileOn(config.base, path);
        if (onBase !== undefined) {
          if (isSameSubmission(onBase, submission.reference)) return { duplicate: true, path };
          continue;
        }
        try {
          await octokit.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: baseRef.object.sha });
        } catch (err) {
          // 422: the branch exists. The same submission (sent twice), or another practice with this name.
          if (status(err) !== 422) throw err;
          const onBranch = await fileOn(branch, path);
          if (onBranch !== undefined && isSameSubmission(onBranch, submission.reference))
            return { duplicate: true, path, url: await existingPull(branch) };
          continue;
        }
        await octokit.repos.createOrUpdateFileContents({
          owner,
          repo,
          path,
          branch,
          message: `Inzending ${submission.reference}: ${submission.title}`,
          content: base64(submission.text),
        });
        const { data: pull } = await octokit.pulls.create({
          owner,
          repo,
          base: config.base,
          head: branch,
          title: `Inzending ${submission.reference}: ${submission.title}`,
          body: [
            `Ingediend via het formulier «Praktijk delen» (referentie ${submission.reference}).`,
            '',
            `Het bestand \`${path}\` heeft curatiestatus «ingediend». Open de inzending in het CMS (tab Workflow, kolom «In review»), vul de velden van de curator in en zet de status op «in review» of «gepubliceerd».`,
            'De contactgegevens van de indiener staan in het bestand onder `curatie.indiener`; ze komen niet op de site.',
          ].join('\n'),
        });
        await octokit.issues.addLabels({ owner, repo, issue_number: pull.number, labels: [REVIEW_LABEL] });
        return { duplicate: false, path, url: pull.html_url };
      }
      throw new Error(`Geen vrije bestandsnaam voor ${submission.slug} (${submission.reference})`);
    },
  };
}
