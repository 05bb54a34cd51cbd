/** The static server used by npm start and the browser tests: the site's headers, nothing outside the site. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request, type Server } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../tools/static-server.ts';
import { headersFile } from '../../src/lib/hosting/csp.ts';

const SEARCH_CHUNK = Buffer.from('pagefind_dcd' + 'woord '.repeat(500));
let parent: string;
let server: Server;
let port: number;
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'kb-serve-'));
  const root = join(parent, 'site');
  mkdirSync(join(root, 'admin'), { recursive: true });
  writeFileSync(join(parent, 'geheim.txt'), 'buiten de site');
  writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>t</title>');
  writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>404</title>');
  writeFileSync(join(root, 'admin', 'index.html'), '<!DOCTYPE html><title>admin</title>');
  writeFileSync(join(root, '_headers'), headersFile());
  mkdirSync(join(root, 'praktijken'));
  writeFileSync(join(root, 'praktijken', 'index.html'), '<!DOCTYPE html><title>praktijken</title>');
  writeFileSync(join(root, '.env'), 'GEHEIM=buiten de site');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), 'buiten de site');
  mkdirSync(join(parent, 'elders'));
  writeFileSync(join(parent, 'elders', 'index.html'), 'buiten de site');
  symlinkSync(join(parent, 'geheim.txt'), join(root, 'link.txt'));
  symlinkSync(join(parent, 'elders'), join(root, 'uitweg'));
  symlinkSync(join(root, 'index.html'), join(root, 'binnen.html'));
  mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(root, 'pagefind', 'index', 'nl-be_a.pf_index'), gzipSync(SEARCH_CHUNK));
  writeFileSync(join(root, 'pagefind', 'index', 'nl-be_a.pf_index.br'), brotliCompressSync(SEARCH_CHUNK));
  server = await serveStatic(root, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(parent, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (no client-side normalisation). */
function getBytes(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function get(path: string) {
  const res = await getBytes(path);
  return { ...res, body: res.bytes.toString('utf8') };
}

describe('static server', () => {
  it('sends the public CSP and hardening headers on pages and on the 404 page', async () => {
    for (const path of ['/', '/bestaat-niet/']) {
      const res = await get(path);
      expect(res.headers['content-security-policy']).toMatch(
        /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBeDefined();
      expect(res.headers['permissions-policy']).toBeDefined();
    }
    expect((await get('/bestaat-niet/')).status).toBe(404);
  });

  it('gives /admin/ its own policy', async () => {
    const res = await get('/admin/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("'unsafe-eval'");
    expect(res.headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
  });

  it.each([
    '/_headers',
    '/%5Fheaders',
    '/../geheim.txt',
    '/%2e%2e/geheim.txt',
    '/..%2fgeheim.txt',
    '/admin/..%2f..%2fgeheim.txt',
  ])('does not serve %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('buiten de site');
    expect(res.body).not.toContain('Content-Security-Policy');
  });

  it('sends the Brotli sibling of a search file to browsers that accept it, the gzip original to others', async () => {
    const brotli = await getBytes('/pagefind/index/nl-be_a.pf_index', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(brotli.bytes).equals(SEARCH_CHUNK)).toBe(true);
    const original = await getBytes('/pagefind/index/nl-be_a.pf_index', { 'accept-encoding': 'gzip' });
    expect(original.headers['content-encoding']).toBeUndefined();
    expect(original.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(original.bytes).equals(SEARCH_CHUNK)).toBe(true);
  });

  it('gzips pages on the fly when there is no Brotli sibling', async () => {
    const res = await getBytes('/', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.bytes).toString()).toContain('<title>t</title>');
  });

  /** A request line exactly as written, over a plain socket: no client library cleans it up first. */
  function raw(path: string): Promise<string> {
    return new Promise((ok, fail) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.end(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => (text += d.toString('latin1')));
      socket.on('end', () => ok(text));
      socket.on('error', fail);
    });
  }

  it.each(['//[', '/%', '/%E0%A4%A', '/praktijken/%00', 'http://[', '//[::1', '/%ZZ'])(
    'answers 400 to the malformed request %j and keeps serving',
    async (path) => {
      expect(await raw(path)).toMatch(/^HTTP\/1\.1 400 /);
      expect((await get('/')).status).toBe(200);
    },
  );

  it.each(['/.//praktijken', '//praktijken', '///praktijken', '/.//.//praktijken', '//evil.example/../praktijken'])(
    'redirects %j only to a path on this site',
    async (path) => {
      const response = await raw(path);
      const location = /\r\nlocation: ([^\r]*)/i.exec(response)?.[1];
      if (location !== undefined) {
        expect(location).toMatch(/^\/[^/\\]/);
        expect(new URL(location, 'http://127.0.0.1').host).toBe('127.0.0.1');
      }
      expect(response).toMatch(/^HTTP\/1\.1 (301|404) /);
    },
  );

  it.each([
    '/.env',
    '/.git/config',
    '/%2eenv',
    '/praktijken/../.env',
    '/link.txt',
    '/uitweg/',
    '/uitweg/index.html',
    '/uitweg',
  ])('serves no dotfile and follows no link out of the site: %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('buiten de site');
  });

  it('follows a symbolic link that stays inside the site', async () => {
    const res = await get('/binnen.html');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>t</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const status = await new Promise<number>((ok) =>
      request({ host: '127.0.0.1', port, path: '/', method: 'POST' }, (res) => ok(res.statusCode!)).end(),
    );
    expect(status).toBe(405);
  });
});
