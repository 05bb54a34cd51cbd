/** Listing a folder tree as relative, forward-slash paths. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '../../../src/lib/shared/files.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-files-'));
  mkdirSync(join(root, 'praktijken', 'a'), { recursive: true });
  mkdirSync(join(root, 'leeg'));
  writeFileSync(join(root, 'index.html'), '');
  writeFileSync(join(root, 'praktijken', 'a', 'index.html'), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file, at any depth, relative to the folder; folders themselves are not listed', () => {
    expect(filesUnder(root).sort()).toEqual(['index.html', 'praktijken/a/index.html']);
  });
});
