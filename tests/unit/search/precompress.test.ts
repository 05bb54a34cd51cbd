/** Brotli siblings for the search bundle: what the browser inflates must be what Pagefind reads. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import {
  brotliBody,
  brotliQualityFor,
  PRECOMPRESSED_SEARCH_FILES,
  writeBrotliSiblings,
} from '../../../src/lib/search/precompress.ts';

const payload = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('woord '.repeat(2000))]);

describe('brotliBody', () => {
  it('undoes gzip first, so the browser inflates to the signed bytes Pagefind accepts', async () => {
    const body = await brotliBody(gzipSync(payload));
    expect(brotliDecompressSync(body).equals(payload)).toBe(true);
    expect(body.length).toBeLessThan(gzipSync(payload).length);
  });

  it('compresses plain files as they are', async () => {
    const script = Buffer.from('export const x = 1;\n'.repeat(500));
    expect(brotliDecompressSync(await brotliBody(script)).equals(script)).toBe(true);
  });
});

describe('PRECOMPRESSED_SEARCH_FILES', () => {
  it.each([
    'pagefind.js',
    'wasm.nl-be.pagefind',
    'pagefind.nl-be_9671da8f.pf_meta',
    'index/nl-be_1f86855.pf_index',
    'filter/nl-be_10a32a1.pf_filter',
  ])('takes %s', (path) => {
    expect(PRECOMPRESSED_SEARCH_FILES.test(path)).toBe(true);
  });
  it.each([
    'fragment/nl-be_d9d2255.pf_fragment',
    'pagefind-ui.js',
    'index.html',
    'praktijken/pagefind.js',
    'index/nl-be_1f86855.pf_index.br',
  ])('leaves %s', (path) => {
    expect(PRECOMPRESSED_SEARCH_FILES.test(path)).toBe(false);
  });
});

describe('brotliQualityFor', () => {
  it('gives the files every first search loads the highest quality, the many chunks a faster one', () => {
    expect(brotliQualityFor('pagefind/wasm.nl-be.pagefind')).toBe(11);
    expect(brotliQualityFor('pagefind/pagefind.js')).toBe(11);
    expect(brotliQualityFor('pagefind/pagefind.nl-be_1.pf_meta')).toBe(11);
    expect(brotliQualityFor('pagefind/index/nl-be_1.pf_index')).toBe(10);
    expect(brotliQualityFor('pagefind/filter/nl-be_1.pf_filter')).toBe(10);
  });
});

describe('writeBrotliSiblings', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kb-br-'));
    mkdirSync(join(root, 'index'), { recursive: true });
    mkdirSync(join(root, 'fragment'), { recursive: true });
    writeFileSync(join(root, 'index', 'nl-be_a.pf_index'), gzipSync(payload));
    writeFileSync(join(root, 'fragment', 'nl-be_b.pf_fragment'), gzipSync(payload));
    writeFileSync(join(root, 'pagefind-ui.js'), 'export {};');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a sibling for matching files of the bundle only and reports the bytes', async () => {
    const report = await writeBrotliSiblings(root);
    expect(report.files).toBe(1);
    expect(report.bytesBefore).toBe(gzipSync(payload).length);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
    const sibling = join(root, 'index', 'nl-be_a.pf_index.br');
    expect(brotliDecompressSync(readFileSync(sibling)).equals(payload)).toBe(true);
    expect(existsSync(join(root, 'fragment', 'nl-be_b.pf_fragment.br'))).toBe(false);
    expect(existsSync(join(root, 'pagefind-ui.js.br'))).toBe(false);
  });
});
