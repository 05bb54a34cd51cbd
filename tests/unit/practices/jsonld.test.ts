/** No page may inject content strings as raw HTML: Astro escapes {expressions}; set:html would not. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonForScript, practiceJsonLd } from '../../../src/lib/practices/jsonld.ts';

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

describe('escaping', () => {
  it('no component or page uses set:html or dangerouslySetInnerHTML', () => {
    const offenders = walk('src')
      .filter((f) => /\.(astro|ts|tsx|jsx|mdx)$/.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => /set:html|dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      // The one allowed use: JSON-LD data blocks whose string comes from jsonForScript (tested below).
      .filter(({ f, line }) => !(/type="application\/ld\+json" set:html=\{jsonLd\}/.test(line) && /const jsonLd = jsonForScript\(/.test(readFileSync(f, 'utf8'))))
      .map(({ f, i }) => `${f}:${i + 1}`);
    expect(offenders).toEqual([]);
  });

  it('jsonForScript cannot close its script element or open markup', () => {
    const out = jsonForScript({ titel: '</script><script>alert(1)</script> & <!--' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ titel: '</script><script>alert(1)</script> & <!--' });
  });

  it('the CMS start-up script renders previews with elements, never HTML strings', () => {
    const init = readFileSync('cms/admin-init.js', 'utf8');
    expect(init).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  });
});

describe('practiceJsonLd', () => {
  it('cites each source with its link and publication date only where the fiche has them', () => {
    const ld = practiceJsonLd({
      url: 'https://kb.example/praktijken/x/',
      titel: 'X',
      samenvatting: 'Y',
      themas: ['Taal'],
      plaatsen: [],
      bronnen: [{ titel: 'Krant', url: 'https://krant.example/a', datum: '2019-08' }, { titel: 'Jaarverslag' }],
    });
    expect(ld.citation).toEqual([
      { '@type': 'CreativeWork', name: 'Krant', url: 'https://krant.example/a', datePublished: '2019-08' },
      { '@type': 'CreativeWork', name: 'Jaarverslag' },
    ]);
    expect(ld).not.toHaveProperty('spatialCoverage');
  });
});
