/**
 * The submission handler under `npm start`: adapts Node's request and response to the handler's
 * web-standard ones, reads the form and confirmation pages from the site that is online, and writes
 * accepted submissions into content/praktijken/ (the watcher then rebuilds; status "ingediend" is
 * not published).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { handleSubmission } from '../src/lib/submission/handler.ts';
import { fsStore } from '../src/lib/submission/fs-store.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../src/lib/submission/rate-limit.ts';
import type { RateLimiter } from '../src/lib/submission/rate-limit.ts';

export { ACTION_PATH } from '../src/lib/submission/handler.ts';

export function submissionRoute(
  siteDir: string,
  repoRoot: string,
  limiter: RateLimiter = createRateLimiter(DEFAULT_RATE_LIMIT),
) {
  const store = fsStore(repoRoot);
  const loadPage = async (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  return async (req: IncomingMessage, res: ServerResponse) => {
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])) as [
        string,
        string,
      ][],
      body: req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit);
    const response = await handleSubmission(request, req.socket.remoteAddress ?? 'lokaal', {
      loadPage,
      store,
      limiter,
      log: (m) => console.error(m),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    // A body left unread (413) would keep the connection busy: drop it.
    if (!req.complete) req.destroy();
  };
}
