/** Every page type under the site's CSP: no violation, no request to another origin, search still works. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, url, openPage } from './support/browser.ts';
import { checkLinks } from '../../tools/link-check.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const firstDir = (dir: string, except: string[] = []) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !except.includes(e.name))
    .map((e) => e.name)
    .sort()[0];
const firstPractice = firstDir('dist/praktijken', ['provincie']);
const PAGES = [
  '/',
  '/praktijken/',
  `/praktijken/${firstPractice}/`,
  '/themas/',
  '/plan/',
  '/plan/plan-samenleven/',
  '/plan/acties/plan-samenleven-5/',
  '/over/',
  '/data/',
  '/bestaat-niet/',
  '/zoeken/?q=taal',
  '/gemeenten/',
  '/gemeenten/46021/',
  '/indicatoren/',
  `/indicatoren/${firstDir('dist/indicatoren')}/`,
  `/themas/${firstDir('dist/themas')}/`,
  '/vergelijk/?g=46021&g=44021',
];

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
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/bestaat-niet/' ? 404 : 200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    if (path.startsWith('/zoeken/'))
      await page.waitForFunction(() => document.querySelectorAll('#zoek-resultaten li').length > 0, undefined, {
        timeout: 15_000,
      });
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('the CSP as a meta tag, for hosts without header support', () => {
  it('every public page carries it, equal to the header minus frame-ancestors', async () => {
    const { META_CSP, PUBLIC_CSP } = await import('../../src/lib/hosting/csp.ts');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === 'admin'
            ? []
            : walk(`${dir}/${e.name}`)
          : e.name.endsWith('.html')
            ? [`${dir}/${e.name}`]
            : [],
      );
    const { readFileSync } = await import('node:fs');
    const missing = walk('dist').filter(
      (f) => !readFileSync(f, 'utf8').includes(`<meta http-equiv="Content-Security-Policy" content="${META_CSP}">`),
    );
    expect(missing).toEqual([]);
    expect(PUBLIC_CSP.replace("; frame-ancestors 'none'", '')).toBe(META_CSP);
  });

  // Serves the site without the CSP header, and optionally without the meta tag, then injects an inline script.
  const injectedRuns = async (stripMeta: boolean) => {
    const page = await openPage(browser);
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      const body = (await response.body()).toString('utf8');
      await route.fulfill({
        response,
        headers,
        body: stripMeta ? body.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '') : body,
      });
    });
    const response = await page.goto(url('/'), { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as { __injected?: boolean }).__injected === true;
    });
    // A request still in the handler when the page closes would reject on a disposed response.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
    return ran;
  };

  it('blocks an injected inline script even when the host sends no CSP header', async () => {
    expect(await injectedRuns(false)).toBe(false);
    // Control: without header and meta tag the same script runs, so the meta tag is what blocks it.
    expect(await injectedRuns(true)).toBe(true);
  });
});

describe('feeds and the admin page', () => {
  it.each(['/praktijken/feed.xml', '/plan/feed.xml'])('%s is well-formed XML for the browser', async (path) => {
    const page = await openPage(browser);
    await page.goto(url('/'));
    const result = await page.evaluate(async (feed) => {
      const response = await fetch(feed);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        status: response.status,
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        entries: doc.querySelectorAll('entry').length,
      };
    }, path);
    await page.close();
    expect(result).toMatchObject({ status: 200, error: null, root: 'feed' });
  });

  it('/admin/ carries its own policy as a meta tag, the same as its header', async () => {
    const { metaPolicy } = await import('../../src/lib/hosting/csp.ts');
    const page = await openPage(browser);
    const response = await page.goto(url('/admin/'));
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    await page.close();
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'self' 'unsafe-eval'");
    expect(meta).toBe(metaPolicy(header));
    expect(meta).toBe(header.replace("; frame-ancestors 'none'", ''));
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

  it('npm start runs decap-server and the site on 127.0.0.1 only', async () => {
    const { spawn } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const base = 18000 + Math.floor(Math.random() * 1000);
    const [sitePort, cmsPort] = [base, base + 1000];
    // /proc/net/tcp(6) list listening sockets (state 0A) as hex address:port; 0100007F is 127.0.0.1.
    const listeners = (port: number) => {
      const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
      return ['/proc/net/tcp', '/proc/net/tcp6']
        .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
        .map((l) => l.trim().split(/\s+/))
        .filter((c) => c[3] === '0A' && c[1]?.endsWith(`:${hexPort}`))
        .map((c) => c[1].split(':')[0]);
    };
    // The real start script (without rebuilding: dist/ is there), as `npm start` runs it.
    const child = spawn(
      process.execPath,
      ['tools/start.ts', '--no-build', '--port', String(sitePort), '--cms-port', String(cmsPort)],
      { stdio: 'ignore' },
    );
    try {
      const deadline = Date.now() + 20_000;
      while ((listeners(sitePort).length === 0 || listeners(cmsPort).length === 0) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(listeners(cmsPort)).toEqual(['0100007F']);
      expect(listeners(sitePort)).toEqual(['0100007F']);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    // start.ts stops decap-server with it (a slow machine may take a moment to close the socket).
    await expect.poll(() => listeners(cmsPort), { timeout: 10_000 }).toEqual([]);
  });
});
