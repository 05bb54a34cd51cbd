/** The npm start rebuild loop: snapshot, setting aside refused entries, swapping folders, status. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { swapIn, takeSnapshot, writeStatus, STATUS_PATH } from '../../../tools/build-loop.ts';
import { FIXTURE_CONTENT } from '../../support/fixture.ts';

let work: string;
const practice = (root: string) => join(root, 'praktijken', 'taalcafe-fixture.mdx');
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-loop-'));
  cpSync(FIXTURE_CONTENT, join(work, 'content'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('takeSnapshot', () => {
  it('copies a valid tree unchanged and refuses nothing', () => {
    const { refused, remaining } = takeSnapshot(join(work, 'content'), join(work, 'snap'), undefined, work);
    expect([refused, remaining]).toEqual([[], []]);
    expect(readFileSync(practice(join(work, 'snap')), 'utf8')).toBe(
      readFileSync(practice(join(work, 'content')), 'utf8'),
    );
  });

  it('keeps the published version of a refused entry and names the file under content/', () => {
    const good = join(work, 'good');
    takeSnapshot(join(work, 'content'), good, undefined, work);
    const published = readFileSync(practice(good), 'utf8');
    writeFileSync(practice(join(work, 'content')), published.replace(/^titel: .*$/m, `titel: ${'x'.repeat(200)}`));
    const { refused, remaining } = takeSnapshot(join(work, 'content'), join(work, 'snap'), good, work);
    expect(remaining).toEqual([]);
    expect(refused.map((p) => [p.file, p.field])).toEqual([['content/praktijken/taalcafe-fixture.mdx', 'titel']]);
    expect(refused[0].message).toContain('Maximaal 120 tekens');
    expect(readFileSync(practice(join(work, 'snap')), 'utf8')).toBe(published);
    // The curator's file itself is left as saved.
    expect(readFileSync(practice(join(work, 'content')), 'utf8')).toContain('x'.repeat(200));
  });

  it('leaves out a new entry that is refused, so the others still publish', () => {
    const bad = join(work, 'content', 'praktijken', 'nieuw.mdx');
    writeFileSync(bad, '---\ntitel: Nieuw\n---\n');
    const { refused, remaining } = takeSnapshot(join(work, 'content'), join(work, 'snap'), undefined, work);
    expect(remaining).toEqual([]);
    expect(new Set(refused.map((p) => p.file))).toEqual(new Set(['content/praktijken/nieuw.mdx']));
    expect(existsSync(join(work, 'snap', 'praktijken', 'nieuw.mdx'))).toBe(false);
    expect(existsSync(practice(join(work, 'snap')))).toBe(true);
  });
});

describe('swapIn and writeStatus', () => {
  it('replaces the live folder by the new one and keeps nothing of the old', () => {
    mkdirSync(join(work, 'live', 'admin'), { recursive: true });
    writeFileSync(join(work, 'live', 'old.html'), 'old');
    mkdirSync(join(work, 'next', 'admin'), { recursive: true });
    writeFileSync(join(work, 'next', 'new.html'), 'new');
    swapIn(join(work, 'next'), join(work, 'live'));
    expect(existsSync(join(work, 'live', 'new.html'))).toBe(true);
    expect(existsSync(join(work, 'live', 'old.html'))).toBe(false);
    expect(existsSync(join(work, 'next'))).toBe(false);
    writeStatus(join(work, 'live'), { state: 'klaar', at: '2026-12-01T00:00:00Z', ms: 1200, refused: [] });
    expect(JSON.parse(readFileSync(join(work, 'live', STATUS_PATH), 'utf8'))).toMatchObject({
      state: 'klaar',
      ms: 1200,
    });
  });
});
