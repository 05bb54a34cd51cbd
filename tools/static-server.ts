/**
 * A small static file server for the built site, as a static host or CDN serves it: directory
 * index files, the site's 404 page, and the response headers listed in `_headers`, combined as
 * Cloudflare Pages combines them (src/lib/hosting/headers-file.ts), so local runs and browser tests see
 * the same headers as production.
 *
 * It is hardened as a host would be: a malformed request gets 400 and the server keeps running,
 * a redirect never leaves the site (no "//host" locations), dotfiles are not served, and neither is
 * anything a symbolic link leads to outside the site's folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
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

/** Thrown for a request path that cannot be a file of the site (bad encoding, a NUL byte). */
class BadRequest extends Error {}

/** The real path of `path` when it exists inside `root` (symbolic links resolved), else undefined. */
function inside(root: string, path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const real = realpathSync(path);
  const realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep) ? real : undefined;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequest('onleesbare procent-codering');
  }
  if (decoded.includes('\0')) throw new BadRequest('NUL-teken in het pad');
  // Dotfiles and dot-folders (.env, .git/) are never content; static hosts do not serve them either.
  if (decoded.split(/[/\\]/).some((segment) => segment.startsWith('.') && segment.length > 0)) return undefined;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  // The host configuration is not content: static hosts do not serve it either.
  if (candidate === join(root, '_headers')) return undefined;
  const file = inside(root, candidate);
  if (file && statSync(file).isFile()) return file;
  return inside(root, join(candidate, 'index.html'));
}

function reply(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** A handler for POST requests to one path (the submission form under npm start). */
export type PostRoutes = Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;

export function serveStatic(dir: string, port: number, host = '127.0.0.1', post: PostRoutes = {}): Promise<Server> {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      // Parsed as sent first (new URL throws on "//[" or "http://["), then as a path of this site:
      // a request for "//host/x" is the path "/host/x", not another host.
      new URL(req.url ?? '', 'http://localhost');
      if (!req.url?.startsWith('/')) throw new BadRequest('geen pad');
      url = new URL(req.url.replace(/^\/+/, '/'), 'http://localhost');
    } catch {
      reply(res, 400, 'Ongeldig verzoek');
      return;
    }
    const route = Object.hasOwn(post, url.pathname) ? post[url.pathname] : undefined;
    if (route && req.method === 'POST') {
      route(req, res).catch((err) => {
        console.error(`static-server: ${req.url}: ${(err as Error).message}`);
        if (!res.headersSent) reply(res, 500, 'Serverfout');
        else res.destroy();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: route ? 'POST' : 'GET, HEAD' }).end();
      return;
    }
    // "//x" and "/.//x" are one path for the file system; as a redirect target "//x" would be another host.
    const pathname = url.pathname.replace(/\/{2,}/g, '/');
    // Directory URLs without a trailing slash redirect, as static hosts do: always to a path on this site.
    const target = join(root, pathname);
    if (
      !pathname.endsWith('/') &&
      !extname(pathname) &&
      inside(root, join(target, 'index.html')) &&
      !pathname.split('/').some((s) => s.startsWith('.'))
    ) {
      res.writeHead(301, { location: `/${pathname.replace(/^\/+/, '')}/${url.search}` }).end();
      return;
    }
    let file: string | undefined;
    try {
      file = resolveFile(root, pathname);
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
      reply(res, 400, `Ongeldig verzoek: ${err.message}`);
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = join(root, '404.html');
    }
    for (const [name, value] of headersForPath(rules, pathname)) res.setHeader(name, value);
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
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file removed mid-response (a rebuild) ends that response, not the server.
    const stream = createReadStream(precompressed ? `${file}.br` : file).on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      // Whatever goes wrong with one request, the server keeps serving the others.
      if (!res.headersSent) reply(res, 500, 'Serverfout');
      else res.destroy();
      console.error(`static-server: ${req.url}: ${(err as Error).message}`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
