/** The guards of the fast path: which changes it takes, and pages that would refer to missing files. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetsMissing, fastPathRefusal } from '../../../tools/fast/renderer.ts';

describe('fastPathRefusal', () => {
  it('takes changes to practices only', () => {
    expect(fastPathRefusal(['praktijken/a.mdx', 'praktijken/b.mdx'])).toBeUndefined();
    expect(fastPathRefusal([])).toBeUndefined();
  });

  it('refuses media, other collections and stray files, naming them', () => {
    for (const file of [
      'media/foto.jpg',
      'acties/a5.yaml',
      'taxonomieen/themas.yaml',
      'praktijken/notitie.txt',
      'praktijkenx/a.mdx',
    ]) {
      expect(fastPathRefusal(['praktijken/a.mdx', file])).toContain(file);
    }
  });
});

describe('assetsMissing', () => {
  let live: string;
  beforeAll(() => {
    live = mkdtempSync(join(tmpdir(), 'kb-fast-'));
    mkdirSync(join(live, '_astro'));
    writeFileSync(join(live, '_astro', 'Base.abc.css'), '');
    writeFileSync(join(live, '_astro', 'foto.x_1.avif'), '');
  });
  afterAll(() => rmSync(live, { recursive: true, force: true }));

  it('finds nothing missing when every referenced build file exists', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.abc.css"><source srcset="/_astro/foto.x_1.avif 400w, /_astro/foto.x_1.avif 800w">';
    expect(assetsMissing(html, live)).toEqual([]);
  });

  it('names an image size or script the online build does not have', () => {
    const html =
      '<img src="/_astro/foto.x_2.webp" srcset="/_astro/foto.x_1.avif 400w"><script src="/_astro/nieuw.js"></script>';
    expect(assetsMissing(html, live)).toEqual(['/_astro/foto.x_2.webp', '/_astro/nieuw.js']);
  });
});
