/**
 * Brotli siblings (`name.br`) for the search files every first search downloads: Pagefind's
 * script, its WebAssembly, its metadata and its index and filter chunks.
 *
 * Pagefind writes those files gzip-compressed and inflates them in the browser, so a host cannot
 * compress them any further. Pagefind also accepts the inflated bytes (they start with its
 * `pagefind_dcd` signature), which lets a host that serves precompressed files (nginx
 * `brotli_static`, Caddy `precompressed br`, `npm start`) send Brotli instead, with
 * `Content-Encoding: br`: 15 % fewer bytes for the WebAssembly, 13 % for the index chunks.
 * Fragments are left alone: one per page, they gain 5 %.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';
import { filesUnder } from '../shared/files.ts';

const brotli = promisify(brotliCompress);

/** Files worth a Brotli sibling, by path relative to the search bundle (dist/pagefind/). */
export const PRECOMPRESSED_SEARCH_FILES =
  /^(?:pagefind\.js|[^/]+\.(?:pagefind|pf_meta)|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/;

/** What Pagefind reads from one of its files: the file itself, or its content when it is gzip-compressed. */
export function searchFileContent(bytes: Uint8Array): Uint8Array {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/** The Brotli body a browser inflates back to what Pagefind reads: gzip is undone first, as Brotli cannot shrink it. */
export async function brotliBody(bytes: Uint8Array, quality: number = constants.BROTLI_MAX_QUALITY): Promise<Buffer> {
  const plain = searchFileContent(bytes);
  return brotli(plain, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
  });
}

/**
 * Every first search loads the script, the WebAssembly and the metadata: they get the smallest
 * output. Index and filter chunks grow in number with the site; quality 10 is three times faster
 * than 11 for 4-6 % more bytes (measured on this site's chunks), which keeps a 10,000-practice
 * build within its time budget.
 */
export const brotliQualityFor = (path: string): number =>
  /\.pf_(?:index|filter)$/.test(path) ? 10 : constants.BROTLI_MAX_QUALITY;

export interface PrecompressReport {
  files: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** Writes `name.br` beside every file of the search bundle `bundleDir` that matches PRECOMPRESSED_SEARCH_FILES. */
export async function writeBrotliSiblings(bundleDir: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytesBefore: 0, bytesAfter: 0 };
  // Node's zlib pool runs these in parallel; each job holds one file.
  const jobs = filesUnder(bundleDir)
    .filter((f) => PRECOMPRESSED_SEARCH_FILES.test(f))
    .map(async (f) => {
      const path = join(bundleDir, f);
      const bytes = await readFile(path);
      const body = await brotliBody(bytes, brotliQualityFor(f));
      await writeFile(`${path}.br`, body);
      report.files += 1;
      report.bytesBefore += bytes.length;
      report.bytesAfter += body.length;
    });
  await Promise.all(jobs);
  return report;
}
