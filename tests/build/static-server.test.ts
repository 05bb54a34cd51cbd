/** The static server used by npm start and the browser tests: the site's headers, nothing outside the site. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../src/lib/static-server.ts';
import { headersFile } from '../../src/lib/csp.ts';

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
  server = await serveStatic(root, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(parent, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (no client-side normalisation). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  it('sends the public CSP and hardening headers on pages and on the 404 page', async () => {
    for (const path of ['/', '/bestaat-niet/']) {
      const res = await get(path);
      expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
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

  it.each(['/_headers', '/%5Fheaders', '/../geheim.txt', '/%2e%2e/geheim.txt', '/..%2fgeheim.txt', '/admin/..%2f..%2fgeheim.txt'])('does not serve %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('buiten de site');
    expect(res.body).not.toContain('Content-Security-Policy');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const status = await new Promise<number>((ok) => request({ host: '127.0.0.1', port, path: '/', method: 'POST' }, (res) => ok(res.statusCode!)).end());
    expect(status).toBe(405);
  });
});
