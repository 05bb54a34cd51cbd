/** Every page type under the site's CSP: no violation, no request to another origin, search still works. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, url, openPage } from './support/browser.ts';
import { checkLinks } from '../../src/lib/link-check.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const firstPractice = readdirSync('dist/praktijken', { withFileTypes: true }).find((e) => e.isDirectory() && !['provincie'].includes(e.name))!.name;
const PAGES = ['/', '/praktijken/', `/praktijken/${firstPractice}/`, '/themas/', '/plan/', '/plan/plan-samenleven/', '/plan/acties/plan-samenleven-5/', '/over/', '/data/', '/bestaat-niet/', '/zoeken/?q=taal', '/gemeenten/', '/gemeenten/46021/', '/indicatoren/'];

describe('content security policy and third parties', () => {
  it.each(PAGES)('%s: no CSP violation, only own-origin requests', async (path) => {
    const page = await openPage(browser);
    const origin = new URL(url('/')).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== origin && !['data:', 'blob:'].includes(u.protocol)) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/bestaat-niet/' ? 404 : 200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    if (path.startsWith('/zoeken/')) await page.waitForFunction(() => document.querySelectorAll('#zoek-resultaten li').length > 0, undefined, { timeout: 15_000 });
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('links', () => {
  it('the built site has no broken internal links or anchors', () => {
    const { pages, links, broken } = checkLinks('dist', { skip: /^\/admin\// });
    expect(pages).toBeGreaterThan(50);
    expect(links).toBeGreaterThan(pages);
    expect(broken.map((b) => `${b.page} → ${b.target}: ${b.reason}`)).toEqual([]);
  });
});

describe('the CMS backend', () => {
  it('the production /admin/ configuration never enables the local backend', async () => {
    const config = (await import('node:fs')).readFileSync('dist/admin/config.js', 'utf8');
    expect(config).toContain('KENNISBANK_CMS_CONFIG');
    expect(config).not.toContain('local_backend');
    expect(config).toContain('"publish_mode":"editorial_workflow"');
  });

  it('decap-server, started as npm start starts it, listens on 127.0.0.1 only', async () => {
    const { spawn } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const port = 18000 + Math.floor(Math.random() * 1000);
    const child = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], { env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs' } });
    try {
      await new Promise<void>((ok, fail) => {
        const t = setTimeout(() => fail(new Error('decap-server did not start')), 20_000);
        child.stdout!.on('data', (d) => String(d).includes('listening') && (clearTimeout(t), ok()));
      });
      // /proc/net/tcp lists listening sockets (state 0A) as hex address:port; 0100007F is 127.0.0.1.
      const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
      const listening = [...readFileSync('/proc/net/tcp', 'utf8').split('\n'), ...readFileSync('/proc/net/tcp6', 'utf8').split('\n')]
        .map((l) => l.trim().split(/\s+/))
        .filter((c) => c[3] === '0A' && c[1]?.endsWith(`:${hexPort}`))
        .map((c) => c[1].split(':')[0]);
      expect(listening).toEqual(['0100007F']);
    } finally {
      child.kill();
    }
  });
});
