/**
 * The fast path of npm start (tools/fast/) against the full build: a page it renders after an edit is
 * byte for byte the page a full build of the edited content writes; the pages it leaves alone are the
 * ones its dependency rule leaves to the full build (other fiches' related practices); a practice taken
 * back to review leaves the site at once; an edit of a submission shows nowhere.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, buildLog, workFolder } from '../support/build.ts';
import { filesUnder } from '../../src/lib/shared/files.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../support/fixture.ts';

const PUBLISHED = 'praktijken/taalcafe-fixture.mdx';
const SUBMITTED = 'praktijken/ingediend-fixture.mdx';
const original = readFileSync(join(FIXTURE, PUBLISHED), 'utf8');
const submitted = readFileSync(join(FIXTURE, SUBMITTED), 'utf8');

const swap = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture changed: "${from}" not found`);
  return text.replace(from, to);
};
// Step 0: a curator edits title, themes and text of a published practice.
const edited = swap(
  swap(
    swap(original, 'titel: Taalcafé (fixture)', 'titel: Taalcafé Sint-Niklaas (fixture)'),
    'themas: [taal]',
    'themas: [taal, samenleven]',
  ),
  '\n---\n',
  '\n---\n\nEen nieuwe zin van de curator.\n',
);
// Step 1: takes it back to review. Step 2: edits the submission (which has no page).
const inReview = swap(edited, 'status: gepubliceerd', 'status: in-review');
const submissionEdit = swap(
  submitted,
  'titel: Onbevestigde praktijk (fixture)',
  'titel: Geheime titel van een inzending',
);
const STEPS = [
  { files: { [PUBLISHED]: edited } },
  { files: { [PUBLISHED]: inReview } },
  { files: { [SUBMITTED]: submissionEdit } },
];

let work: string;
let steps: { step: number; ms: number; written: string[]; removed: string[] }[];
let fullDist: string;
let firstDist: string;

const html = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html'));
const pageOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

beforeAll(() => {
  work = workFolder('fast-render');
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  writeFileSync(join(work, 'steps.json'), JSON.stringify(STEPS));
  firstDist = join(work, 'dist');
  const run = spawnSync(process.execPath, ['tests/support/fast-driver.ts', work, join(work, 'steps.json')], {
    env: {
      ...process.env,
      KENNISBANK_CONTENT: content,
      OUT_DIR: firstDist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`fast driver failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  steps = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{"step"'))
    .map((l) => JSON.parse(l));
  // The full build of the content after step 0, to compare with.
  const full = join(work, 'full');
  cpSync(FIXTURE, join(full, 'content'), { recursive: true });
  writeFileSync(join(full, 'content', PUBLISHED), edited);
  const build = buildSite(join(full, 'content'), full);
  if (build.status !== 0) throw new Error(buildLog(build));
  fullDist = build.dist;
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fast path after an edit of a published practice', () => {
  it('renders the fiche, the lists and the counts that show it', () => {
    expect(steps.map((s) => s.step)).toEqual([0, 1, 2]);
    expect(steps[0].written).toEqual(
      expect.arrayContaining([
        '/praktijken/taalcafe-fixture/',
        '/praktijken/',
        '/themas/taal/',
        '/themas/samenleven/',
        '/',
      ]),
    );
    expect(steps[0].removed).toEqual([]);
  });

  it('writes each page byte for byte as the full build of the same content does', () => {
    for (const page of steps[0].written) {
      const fast = readFileSync(join(work, 'step-0', page, 'index.html'), 'utf8');
      const full = readFileSync(join(fullDist, page, 'index.html'), 'utf8');
      expect(fast, page).toBe(full);
    }
    expect(readFileSync(join(work, 'step-0', 'praktijken/taalcafe-fixture/index.html'), 'utf8')).toContain(
      'Een nieuwe zin van de curator.',
    );
  });

  it('leaves to the full build only pages outside its rule: no list, count or fiche of this practice', () => {
    const changed = html(fullDist).filter((f) => {
      const before = join(firstDist, f);
      return !existsSync(before) || readFileSync(before, 'utf8') !== readFileSync(join(fullDist, f), 'utf8');
    });
    const missed = changed.map(pageOf).filter((p) => !steps[0].written.includes(p));
    // Other practices' fiches show this one among related practices; search, feeds and exports are not HTML pages.
    expect(missed.filter((p) => !/^\/praktijken\/(?!taalcafe-fixture\/)[a-z0-9-]+\/$/.test(p))).toEqual([]);
  });
});

describe('fast path and unpublished practices', () => {
  it('takes a practice sent back to review off the site at once, from its page and every list', () => {
    expect(steps[1].removed).toEqual(['/praktijken/taalcafe-fixture/']);
    const live = join(work, 'live');
    expect(existsSync(join(live, 'praktijken/taalcafe-fixture/index.html'))).toBe(false);
    for (const page of steps[1].written) {
      expect(readFileSync(join(live, page, 'index.html'), 'utf8'), page).not.toContain('/praktijken/taalcafe-fixture/');
    }
    expect(steps[1].written).toEqual(expect.arrayContaining(['/praktijken/', '/themas/taal/', '/']));
  });

  it('an edited submission updates only the count of submissions and appears on no page', () => {
    expect(steps[2].written).toEqual(['/inventaris/']);
    expect(steps[2].removed).toEqual([]);
    const live = join(work, 'live');
    for (const file of html(live))
      expect(readFileSync(join(live, file), 'utf8'), file).not.toContain('Geheime titel van een inzending');
  });
});
