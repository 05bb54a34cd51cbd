import { describe, it, expect } from 'vitest';
import { renderBody, BodyRenderError } from '../../../src/lib/content/body-render.ts';

describe('renderBody', () => {
  it('renders Markdown with GitHub-style heading ids and lists the headings', () => {
    const { html, headings } = renderBody('## Wat werkt?\n\nEen *taalcafé* met [uitleg](/over/).\n\n## Wat werkt?\n', 'mdx');
    expect(html).toContain('<h2 id="tekst-wat-werkt">Wat werkt?</h2>');
    expect(html).toContain('<h2 id="tekst-wat-werkt-1">Wat werkt?</h2>');
    expect(html).toContain('<em>taalcafé</em> met <a href="/over/">uitleg</a>');
    expect(headings).toEqual([
      { depth: 2, slug: 'tekst-wat-werkt', text: 'Wat werkt?' },
      { depth: 2, slug: 'tekst-wat-werkt-1', text: 'Wat werkt?' },
    ]);
  });

  it('renders the three allowed components with their attributes as text', () => {
    const body = [
      '<Kader titel="Tip & truc" soort="tip">',
      'Begin **klein**.',
      '</Kader>',
      '',
      '<Citaat bron="Coördinator">',
      'Het werkt.',
      '</Citaat>',
      '',
      '<Cijfer waarde="120" label="deelnemers" bron="jaarverslag 2023" />',
    ].join('\n');
    const { html } = renderBody(body, 'mdx');
    expect(html).toContain('<aside class="kader kader--tip"><p class="kader__titel"><span class="visually-hidden">Tip: </span>Tip &#x26; truc</p>');
    expect(html).toContain('<strong>klein</strong>');
    expect(html).toContain('<figure class="citaat"><blockquote><p>Het werkt.</p></blockquote><figcaption>— Coördinator</figcaption></figure>');
    expect(html).toContain('<p class="cijfer__waarde">120</p><figcaption>deelnemers <span class="source">(bron: jaarverslag 2023)</span></figcaption>');
  });

  it('falls back to "info" for a Kader without a known kind', () => {
    expect(renderBody('<Kader titel="X">\ntekst\n</Kader>', 'mdx').html).toContain('class="kader kader--info"');
  });

  it('escapes attribute values that look like markup', () => {
    const { html } = renderBody('<Cijfer waarde="<img src=x onerror=alert(1)>" label="l" bron="b" />', 'mdx');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('never passes raw HTML through in plain Markdown', () => {
    const { html } = renderBody('Tekst <script>alert(1)</script> en <b onclick="x()">vet</b>\n\n<iframe src="https://example.org"></iframe>', 'md');
    expect(html).not.toMatch(/<script|<b |<iframe|onclick/);
  });

  it.each([
    ['an import', 'import X from "../x.js"\n\nTekst', /"import" of "export"/],
    ['an expression', 'Som: {1 + 1}', /code tussen \{ \}/],
    ['an unknown component', '<Script>alert(1)</Script>', /onbekende component <Script>/],
    ['an attribute expression', '<Kader titel={x}>\nt\n</Kader>', /alleen de attributen titel, soort/],
    ['an unknown attribute', '<Kader titel="t" onClick="x">\nt\n</Kader>', /alleen de attributen/],
    ['a javascript: link', '[klik](javascript:alert(1))', /onveilige link/],
    ['a reference to a data: URL', '[x]: data:text/html,hoi\n\n[klik][x]', /onveilige link/],
    ['an image from elsewhere', '![pixel](https://tracker.example/p.gif)', /veld «Afbeeldingen»/],
    ['an image on this site (images go in the «Afbeeldingen» field)', '![Foto](/media/foto.jpg)', /veld «Afbeeldingen»/],
    ['a reference-style image', '![Logo][logo]\n\n[logo]: /media/logo.png', /veld «Afbeeldingen»/],
  ])('refuses %s, naming the line', (_what, body, message) => {
    let error: unknown;
    try {
      renderBody(`Eerste regel.\n\n${body}`, 'mdx');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BodyRenderError);
    expect((error as BodyRenderError).message).toMatch(message);
    expect((error as BodyRenderError).line).toBe(3);
  });

  it('reports unreadable MDX as a render error', () => {
    expect(() => renderBody('Een <Kader titel="t"> zonder einde', 'mdx')).toThrow(BodyRenderError);
  });
});

describe('renderBody: ids and footnotes', () => {
  it('prefixes heading ids so a heading "Contact" or "Bronnen" cannot take the page\'s own ids', async () => {
    const { renderBody, HEADING_ID_PREFIX } = await import('../../../src/lib/content/body-render.ts');
    const { html } = renderBody('## Contact\n\n## Bronnen\n\n## Inhoud', 'mdx');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id.startsWith(HEADING_ID_PREFIX)).toBe(true);
    expect(ids).not.toEqual(expect.arrayContaining(['contact', 'bronnen', 'inhoud']));
  });

  it('renders footnotes in Dutch, without English labels', async () => {
    const { renderBody } = await import('../../../src/lib/content/body-render.ts');
    const { html } = renderBody('Zie hier.[^1] En daar.[^1]\n\n[^1]: De bron.', 'mdx');
    expect(html).toContain('>Voetnoten</h2>');
    expect(html).toContain('aria-label="Terug naar de verwijzing 1"');
    expect(html).toContain('aria-label="Terug naar de verwijzing 1-2"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });
});
