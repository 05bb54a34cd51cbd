/**
 * A small static file server for the built site, as a static host or CDN serves it: directory
 * index files, the site's 404 page, and the response headers listed in `_headers`, combined as
 * Cloudflare Pages combines them (src/lib/hosting/headers-file.ts), so local runs and browser tests see
 * the same headers as production.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../src/lib/hosting/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  // The host configuration is not content: static hosts do not serve it either.
  if (candidate === join(root, '_headers')) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // Directory URLs without a trailing slash redirect, as static hosts do.
    const target = join(root, url.pathname);
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(target, 'index.html'))) {
      res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
      return;
    }
    let file = resolveFile(root, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = join(root, '404.html');
    }
    for (const [name, value] of headersForPath(rules, url.pathname)) res.setHeader(name, value);
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    if (!existsSync(file)) {
      res.writeHead(404).end('Niet gevonden');
      return;
    }
    // A precompressed Brotli sibling wins, as with nginx brotli_static; other text is gzipped on
    // the fly as any static host or CDN does. Pagefind's own files are already gzip inside.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const hasBrotli = existsSync(`${file}.br`);
    const precompressed = hasBrotli && /\bbr\b/.test(accepts);
    const compressible = /\.(html|css|js|mjs|json|svg|xml|csv|txt|yml)$/.test(file);
    const gzip = !precompressed && compressible && /\bgzip\b/.test(accepts);
    if (precompressed) res.setHeader('content-encoding', 'br');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    if (compressible || hasBrotli) res.setHeader('vary', 'Accept-Encoding');
    res.writeHead(status);
    if (req.method === 'HEAD') res.end();
    else if (precompressed) createReadStream(`${file}.br`).pipe(res);
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
