/**
 * JSON-LD escaping. That no page or script writes raw HTML is enforced by ESLint
 * (astro/no-set-html-directive and no-restricted-properties in eslint.config.js); the one
 * allowed raw write is src/components/JsonLd.astro, which always goes through jsonForScript.
 */
import { describe, it, expect } from 'vitest';
import { jsonForScript, practiceJsonLd } from '../../../src/lib/practices/jsonld.ts';

describe('jsonForScript', () => {
  it('cannot close its script element or open markup', () => {
    const out = jsonForScript({ titel: '</script><script>alert(1)</script> & <!--' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ titel: '</script><script>alert(1)</script> & <!--' });
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
