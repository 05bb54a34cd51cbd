/** The Atom feed is well-formed XML whatever text it carries: a strict XML parser reads it without error. */
import { describe, it, expect } from 'vitest';
import { SaxesParser } from 'saxes';
import { atomFeed } from '../../../src/lib/practices/feed.ts';

/** Parses with saxes (a conformant, strict XML 1.0 parser) and returns the text of every <title>. */
function parseXml(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const titles: string[] = [];
  let inTitle = false;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => (inTitle = tag.local === 'title'));
  parser.on('text', (text) => inTitle && titles.push(text));
  parser.on('closetag', () => (inTitle = false));
  parser.write(xml).close();
  return titles;
}

const HOSTILE = [
  'Bel\u0007',
  'NUL\u0000',
  'vorm\u000cfeed',
  '\ud800half',
  'einde\ufffe',
  ']]> <![CDATA[',
  '<script>x</script>',
  'a & b; &amp; &#0;',
  '"\'<>&',
  'Taal\u202ecafé',
  '\u0085C1',
  'x\u001by',
];

describe('Atom feed', () => {
  it.each(HOSTILE)('stays well-formed with %j in a title and summary', (text) => {
    const xml = atomFeed({
      id: 'urn:x',
      title: text,
      selfUrl: 'https://x/feed.xml',
      siteUrl: 'https://x/',
      entries: [
        {
          id: 'urn:e',
          url: `https://x/?a=${text}`,
          title: text,
          summary: text,
          updated: '2024-01-02',
          published: '2024-01-01',
        },
      ],
    });
    const titles = parseXml(xml);
    expect(titles).toHaveLength(2);
    // Characters XML allows arrive unchanged; only those it forbids are gone.
    for (const title of titles)
      expect(title).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/g, ''));
  });
});
