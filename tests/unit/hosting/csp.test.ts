import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks, extractLinks } from '../../../tools/link-check.ts';
import { headersFile, inlineScripts, inlineStyles, withMetaCsp, PUBLIC_CSP } from '../../../src/lib/hosting/csp.ts';
import { startTags } from '../../../src/lib/shared/html-tags.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-links-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(
    join(root, 'index.html'),
    '<a href="/a/">a</a><a href="/a/#deel">deel</a><a href="/a/#weg">weg</a><a href="/b/">b</a><a href="#top">top</a><img src="/x.svg"><a href="https://elders.be/">extern</a><h1 id="top">t</h1>',
  );
  writeFileSync(join(root, 'a', 'index.html'), '<h2 id="deel">d</h2><a href="../">terug</a><a href="c.css">rel</a>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('link check', () => {
  it('reports missing pages, files and anchors, and nothing else', () => {
    const { pages, broken } = checkLinks(root);
    expect(pages).toBe(2);
    expect(broken.map((b) => `${b.page} → ${b.target}`).sort()).toEqual(
      ['/ → /a/#weg', '/ → /b/', '/ → /x.svg', '/a/ → c.css'].sort(),
    );
  });
  it('unescapes &amp; in links', () => expect(extractLinks('<a href="/z/?a=1&amp;b=2">')).toEqual(['/z/?a=1&b=2']));
  it('reads single-quoted and unquoted attributes, not text that looks like one', () => {
    const html = `<a href='/een/'>1</a><a href=/twee/>2</a><p>schrijf href="/drie/" zo</p><meta content=' href="/vier/"'><!-- <a href="/vijf/"> --><script>const s = '<a href="/zes/">';</script>`;
    expect(extractLinks(html)).toEqual(['/een/', '/twee/']);
  });
});

describe('startTags', () => {
  it('reads attributes with entities and the text of raw-text elements', () => {
    const tags = startTags(
      '<p class="a &amp; b" hidden data-x=1><script type="module">let a = "<b>";</script><i title="&lt;i&gt;">',
    );
    expect(tags.map((t) => t.name)).toEqual(['p', 'script', 'i']);
    expect([...tags[0].attrs]).toEqual([
      ['class', 'a & b'],
      ['hidden', ''],
      ['data-x', '1'],
    ]);
    expect(tags[1].content).toBe('let a = "<b>";');
    expect(tags[2].attrs.get('title')).toBe('<i>');
  });
  it('does not hang or throw on truncated markup', () => {
    for (const html of ['<a href="x', '<script>alert(1)', '<!-- open', '<', '<a b=', '</'])
      expect(() => startTags(html)).not.toThrow();
  });
});

describe('CSP helpers', () => {
  it('finds inline scripts and event handlers but not external or data scripts', () => {
    const html =
      '<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>alert(1)</script><button onclick="x()">b</button>';
    expect(inlineScripts(html)).toEqual(['alert(1)', 'onclick="x()"']);
  });
  it('finds unquoted handlers, upper-case tags and javascript: URLs', () => {
    const html = '<IMG SRC=x ONERROR=alert(1)><a href=" javascript:alert(2)">a</a><SCRIPT>alert(3)</SCRIPT>';
    expect(inlineScripts(html)).toEqual(['onerror="alert(1)"', 'href=" javascript:alert(2)"', 'alert(3)']);
  });
  it('does not mistake escaped markup in text, attribute values or comments for script', () => {
    // What Astro writes for a summary "\"><script>alert(2)</script>' onmouseover='x" in a meta tag and a paragraph.
    const html = `<meta name="description" content="&quot;><script>alert(2)</script>' onmouseover='x"><p>&lt;script&gt;alert(2)&lt;/script&gt; onclick="y"</p><!-- <script>alert(3)</script> -->`;
    expect(inlineScripts(html)).toEqual([]);
  });
  it('gives public pages a policy without inline script and /admin/ its own', () => {
    const text = headersFile();
    const [publicBlock, adminBlock] = text.split('\n\n');
    expect(publicBlock).toMatch(/^\/\*\n/);
    expect(publicBlock).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(publicBlock).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(adminBlock).toMatch(/^\/admin\/\*\n/);
  });
  it('puts the policy in a meta tag before any script or stylesheet, without frame-ancestors (ignored there)', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script></head><body></body></html>';
    const out = withMetaCsp(html);
    const meta = startTags(out).find(
      (t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'Content-Security-Policy',
    );
    expect(meta).toBeDefined();
    const policy = meta!.attrs.get('content')!;
    expect(policy).not.toContain('frame-ancestors');
    // Every other directive of the header is there unchanged.
    expect(PUBLIC_CSP.split('; ').filter((d) => !policy.split('; ').includes(d))).toEqual(["frame-ancestors 'none'"]);
    expect(out.indexOf('http-equiv')).toBeLessThan(out.indexOf('<link'));
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('http-equiv'));
    expect(withMetaCsp(out)).toBe(out);
  });
  it('finds style elements and style attributes (also in SVG), not the word style in text or attribute values', () => {
    const html =
      '<style>p{color:red}</style><svg><rect style="fill:red"/></svg><p title="style=&quot;x&quot;">style="y" &lt;style&gt;</p><link rel="stylesheet" href="/a.css">';
    expect(inlineStyles(html)).toEqual(['<style>p{color:red}', '<rect style="fill:red">']);
  });
});
