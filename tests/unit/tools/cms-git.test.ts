/** npm run cms:git's throwaway clone: its own branch and author, no remote, and the source untouched. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLONE_MARKER, TRIAL_BRANCH, prepareClone } from '../../../tools/cms-git.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
let work: string;
let source: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-cmsgit-'));
  source = join(work, 'bron');
  mkdirSync(join(source, 'content'), { recursive: true });
  mkdirSync(join(source, 'node_modules'));
  writeFileSync(join(source, 'content', 'a.yaml'), 'titel: A\n');
  writeFileSync(join(source, '.gitignore'), 'node_modules\n');
  git(source, 'init', '--quiet', '--initial-branch', 'main');
  git(source, 'add', '.');
  git(source, '-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '--quiet', '-m', 'begin');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('prepareClone', () => {
  it("clones the last commit onto the trial branch, with the clone's own author and no remote", () => {
    const dir = join(work, 'kloon');
    expect(prepareClone(source, dir)).toEqual({ dir, created: true });
    expect(git(dir, 'branch', '--show-current')).toBe(TRIAL_BRANCH);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(git(source, 'rev-parse', 'HEAD'));
    expect(readFileSync(join(dir, 'content', 'a.yaml'), 'utf8')).toBe('titel: A\n');
    expect(git(dir, 'config', 'user.name')).toBe('Redactie (proef)');
    expect(git(dir, 'remote')).toBe('');
    expect(existsSync(join(dir, CLONE_MARKER))).toBe(true);
    // The marker lives in .git: nothing decap-server commits can carry it.
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
  });

  it('leaves the source as it was: no new branch, same checkout, no commit', () => {
    const before = [
      git(source, 'branch', '--list'),
      git(source, 'rev-parse', 'HEAD'),
      git(source, 'status', '--porcelain'),
    ];
    const dir = join(work, 'kloon');
    prepareClone(source, dir);
    // A commit in the clone, as decap-server makes on publishing, stays in the clone.
    writeFileSync(join(dir, 'content', 'b.yaml'), 'titel: B\n');
    git(dir, 'add', 'content');
    git(dir, 'commit', '--quiet', '-m', 'Create Goede praktijken “b”');
    expect([
      git(source, 'branch', '--list'),
      git(source, 'rev-parse', 'HEAD'),
      git(source, 'status', '--porcelain'),
    ]).toEqual(before);
  });

  it('keeps an existing clone and its drafts, and starts again only when asked', () => {
    const dir = join(work, 'kloon');
    prepareClone(source, dir);
    git(dir, 'branch', 'cms/praktijken/concept');
    expect(prepareClone(source, dir).created).toBe(false);
    expect(git(dir, 'branch', '--list', 'cms/*')).toContain('cms/praktijken/concept');
    expect(prepareClone(source, dir, { fresh: true }).created).toBe(true);
    expect(git(dir, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('replaces a folder that is not a trial clone instead of editing it', () => {
    const dir = join(work, 'kloon');
    mkdirSync(dir);
    writeFileSync(join(dir, 'oud.txt'), 'x');
    expect(prepareClone(source, dir).created).toBe(true);
    expect(existsSync(join(dir, 'oud.txt'))).toBe(false);
  });

  it("refuses a source that is no Git repository, with git's own message", () => {
    const plain = join(work, 'geen-repo');
    mkdirSync(plain);
    expect(() => prepareClone(plain, join(work, 'kloon2'))).toThrow(/not a git repository/i);
  });
});

describe('npm start in Git mode', () => {
  it('refuses to run outside a trial clone, so it never switches branches in your working copy', () => {
    const run = spawnSync(process.execPath, [join(process.cwd(), 'tools/start.ts'), '--no-build'], {
      cwd: source,
      env: { ...process.env, KENNISBANK_CMS_WORKFLOW: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('gebruik npm run cms:git');
  });
});
