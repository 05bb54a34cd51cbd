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
