/**
 * Measures what a visitor's first search costs: bytes transferred for Pagefind's files (script,
 * WebAssembly, index chunks, fragments) and the time until results show. Used by the e2e budget
 * test (bytes) and by the benchmark (bytes and time).
 */
import type { Page } from 'playwright-core';

/** The example of the search issue first, then a single common word, a word with many forms and a two-word query. */
export const BUDGET_QUERIES = ['oefenkansen nederlands', 'taal', 'gemeente', 'actie 5'] as const;

/** The search issue's budget for a first search on the real site. */
export const FIRST_SEARCH_BUDGET_BYTES = 100 * 1024;

export interface FirstSearch {
  /** Compressed response bodies, as transferred. */
  bytes: number;
  headerBytes: number;
  requests: number;
  milliseconds: number;
  results: number;
}

export async function measureFirstSearch(page: Page, baseUrl: string, query: string): Promise<FirstSearch> {
  let bytes = 0;
  let headerBytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    requests++;
    // Bytes on the wire: compressed bodies, with the response headers counted apart.
    pending.push(
      request
        .sizes()
        .then((s) => {
          bytes += s.responseBodySize;
          headerBytes += s.responseHeadersSize;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(new URL('/zoeken/', baseUrl).href);
  const started = Date.now();
  await page.fill('#zoek-q', query);
  await page.waitForFunction(() => document.querySelectorAll('#zoek-resultaten li').length > 0, undefined, {
    timeout: 30_000,
  });
  const milliseconds = Date.now() - started;
  await Promise.all(pending);
  const results = await page.locator('#zoek-resultaten li').count();
  return { bytes, headerBytes, requests, milliseconds, results };
}
