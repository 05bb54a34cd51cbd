/**
 * The rebuild loop behind `npm start`, as functions the start script and the tests share:
 *
 * - a build reads one consistent snapshot of content/ (a copy taken at one moment), so a file saved
 *   twice within a second cannot be checked in one version and rendered in another;
 * - an entry the check refuses is set aside: the snapshot keeps its last published version (or leaves
 *   it out when it is new), so one bad entry never blocks the others;
 * - the site is built into a fresh folder and swapped in only when the build succeeded, so the site
 *   that was up stays up;
 * - the outcome is written as a status file the CMS polls (/admin/bouwstatus.json).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { validateContentTree, type Problem, type ValidationCache } from '../src/lib/content/validation.ts';

export interface BuildStatus {
  /** `bezig` while building, `klaar` when the new site is online, `mislukt` when the previous site stays. */
  state: 'bezig' | 'klaar' | 'mislukt';
  /** When this state began (ISO time). */
  at: string;
  /** Duration of the last build in milliseconds. */
  ms?: number;
  /** Entries the check refused: not published in this version, each with file, line, field and message. */
  refused: Problem[];
  /** Why the build failed, when it did (the build's own message). */
  error?: string;
  /**
   * With `klaar`: false when only the pages showing the change are online yet (the fast path of npm start)
   * and the full build (search, feeds, exports, related practices) still follows; true when it is done.
   */
  volledig?: boolean;
}

export const STATUS_PATH = 'admin/bouwstatus.json';

export function writeStatus(siteDir: string, status: BuildStatus): void {
  const file = join(siteDir, STATUS_PATH);
  if (!existsSync(dirname(file))) return;
  writeFileSync(`${file}.tmp`, JSON.stringify(status, null, 2));
  renameSync(`${file}.tmp`, file);
}

/** Rewrites the snapshot's paths in messages back to the file the curator edits under content/. */
export function inContent(problem: Problem, snapshot: string, cwd: string, content: string): Problem {
  const inSnapshot = relative(cwd, snapshot);
  const file = problem.file.startsWith(inSnapshot)
    ? join(relative(cwd, content), problem.file.slice(inSnapshot.length))
    : problem.file;
  return { ...problem, file };
}

/**
 * Copies `content` to `snapshot`, then sets aside every entry the check refuses: it is replaced by its
 * version in `lastGood` (the snapshot of the site now online) or removed when it has none. Repeats while
 * setting aside causes new problems (a reference to a removed entry), at most a few rounds. Returns the
 * refused problems (paths under content/) and what still fails, if anything. A `cache` kept between calls
 * makes the check parse only the files that changed since the last snapshot in the same folder.
 */
export function takeSnapshot(
  content: string,
  snapshot: string,
  lastGood: string | undefined,
  cwd = process.cwd(),
  cache?: ValidationCache,
): { refused: Problem[]; remaining: Problem[] } {
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(dirname(snapshot), { recursive: true });
  cpSync(content, snapshot, { recursive: true });
  const refused: Problem[] = [];
  const setAside = new Set<string>();
  for (let round = 0; round < 5; round++) {
    const { problems } = validateContentTree(snapshot, cwd, cache);
    if (!problems.length) return { refused, remaining: [] };
    const files = [...new Set(problems.map((p) => resolve(cwd, p.file)))];
    // A file already set aside that still fails cannot be helped by setting it aside again.
    const fresh = files.filter((f) => f.startsWith(resolve(snapshot) + '/') && !setAside.has(f));
    if (!fresh.length) return { refused, remaining: problems.map((p) => inContent(p, snapshot, cwd, content)) };
    for (const file of fresh) {
      setAside.add(file);
      const previous = lastGood ? join(lastGood, relative(snapshot, file)) : undefined;
      if (previous && existsSync(previous)) cpSync(previous, file);
      else rmSync(file, { force: true });
    }
    refused.push(
      ...problems.filter((p) => fresh.includes(resolve(cwd, p.file))).map((p) => inContent(p, snapshot, cwd, content)),
    );
  }
  return {
    refused,
    remaining: validateContentTree(snapshot, cwd, cache).problems.map((p) => inContent(p, snapshot, cwd, content)),
  };
}

/** Puts a finished build in place of the served folder: two renames, the old site removed afterwards. */
export function swapIn(next: string, live: string): void {
  const old = `${live}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(live)) renameSync(live, old);
  renameSync(next, live);
  rmSync(old, { recursive: true, force: true });
}
