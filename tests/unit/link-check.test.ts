import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks, extractLinks } from '../../src/lib/link-check.ts';
import { headersFile, inlineScripts } from '../../src/lib/csp.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-links-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'index.html'), '<a href="/a/">a</a><a href="/a/#deel">deel</a><a href="/a/#weg">weg</a><a href="/b/">b</a><a href="#top">top</a><img src="/x.svg"><a href="https://elders.be/">extern</a><h1 id="top">t</h1>');
  writeFileSync(join(root, 'a', 'index.html'), '<h2 id="deel">d</h2><a href="../">terug</a><a href="c.css">rel</a>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('link check', () => {
  it('reports missing pages, files and anchors, and nothing else', () => {
    const { pages, broken } = checkLinks(root);
    expect(pages).toBe(2);
    expect(broken.map((b) => `${b.page} → ${b.target}`).sort()).toEqual(['/ → /a/#weg', '/ → /b/', '/ → /x.svg', '/a/ → c.css'].sort());
  });
  it('unescapes &amp; in links', () => expect(extractLinks('<a href="/z/?a=1&amp;b=2">')).toEqual(['/z/?a=1&b=2']));
});

describe('CSP helpers', () => {
  it('finds inline scripts and event handlers but not external or data scripts', () => {
    const html = '<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>alert(1)</script><button onclick="x()">b</button>';
    expect(inlineScripts(html)).toEqual(['alert(1)', 'onclick="x()"']);
  });
  it('gives public pages a policy without inline script and /admin/ its own', () => {
    const text = headersFile();
    const [publicBlock, adminBlock] = text.split('\n\n');
    expect(publicBlock).toMatch(/^\/\*\n/);
    expect(publicBlock).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(publicBlock).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(adminBlock).toMatch(/^\/admin\/\*\n/);
  });
});
