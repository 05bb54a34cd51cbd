import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubStore, REVIEW_LABEL, StoreConfigError } from '../../../src/lib/submission/github-store.ts';
import { PersonalDataRefused } from '../../../src/lib/submission/store.ts';
import { fakeGitHub } from '../../support/fake-github.ts';

type Fake = Awaited<ReturnType<typeof fakeGitHub>>;
let fake: Fake;
beforeEach(async () => {
  fake = await fakeGitHub();
});
afterEach(() => fake.close());

const submission = (over: Partial<{ reference: string; slug: string; personalData: boolean }> = {}) => {
  const reference = over.reference ?? 'KB-2026-12-02-ab12cd';
  return {
    reference,
    slug: over.slug ?? 'taalcafe',
    title: 'Taalcafé',
    text: `---\ntitel: Taalcafé\ncuratie:\n  status: ingediend\n  referentie: ${reference}\n---\n`,
    personalData: over.personalData ?? false,
  };
};
const store = () => githubStore({ token: 'geheim', repo: 'vvsg/kennisbank', base: 'main', baseUrl: fake.baseUrl });

describe('githubStore', () => {
  it('creates a CMS branch, commits the file and opens a labelled pull request with the reference', async () => {
    const stored = await store().save(submission());
    expect(stored).toMatchObject({ duplicate: false, path: 'content/praktijken/taalcafe.mdx' });
    expect(fake.state.branches.get('cms/praktijken/taalcafe')).toBe('sha-main');
    expect(fake.state.files.get('cms/praktijken/taalcafe')!.get('content/praktijken/taalcafe.mdx')).toContain(
      'referentie: KB-2026-12-02-ab12cd',
    );
    expect(fake.state.files.get('main')!.size).toBe(0);
    const [pull] = fake.state.pulls;
    expect(pull).toMatchObject({ head: 'cms/praktijken/taalcafe', base: 'main', labels: [REVIEW_LABEL] });
    expect(pull.title).toContain('KB-2026-12-02-ab12cd');
    expect(stored.url).toBe(pull.html_url);
  });

  it('recognises the same submission sent twice and opens no second pull request', async () => {
    await store().save(submission());
    const again = await store().save(submission());
    expect(again.duplicate).toBe(true);
    expect(fake.state.pulls).toHaveLength(1);
  });

  it('gives another submission with the same name a name of its own', async () => {
    await store().save(submission());
    const other = await store().save(submission({ reference: 'KB-2026-12-02-0f0f0f' }));
    expect(other.path).toBe('content/praktijken/taalcafe-0f0f0f.mdx');
    expect(fake.state.pulls.map((p) => p.head)).toEqual(['cms/praktijken/taalcafe', 'cms/praktijken/taalcafe-0f0f0f']);
  });

  it('does not take the name of a practice already on the base branch', async () => {
    fake.state.files.get('main')!.set('content/praktijken/taalcafe.mdx', '---\ntitel: Ander\n---\n');
    const stored = await store().save(submission());
    expect(stored.path).toBe('content/praktijken/taalcafe-ab12cd.mdx');
  });

  it('writes no name or e-mail address into a public repository', async () => {
    fake.state.private = false;
    await expect(store().save(submission({ personalData: true }))).rejects.toBeInstanceOf(PersonalDataRefused);
    expect(fake.state.branches.size).toBe(1);
    // Without personal data a public repository is fine.
    expect((await store().save(submission())).duplicate).toBe(false);
  });

  it('refuses to start without its settings, and reports a wrong token as a failure', async () => {
    expect(() => githubStore({ token: '', repo: 'vvsg/kennisbank', base: 'main' })).toThrow(StoreConfigError);
    expect(() => githubStore({ token: 'x', repo: 'kennisbank', base: 'main' })).toThrow(StoreConfigError);
    const wrong = githubStore({ token: 'fout', repo: 'vvsg/kennisbank', base: 'main', baseUrl: fake.baseUrl });
    await expect(wrong.save(submission())).rejects.toThrow();
    expect(fake.state.pulls).toHaveLength(0);
  });
});
