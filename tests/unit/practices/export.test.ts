import { describe, it, expect } from 'vitest';
import { practiceSchema } from '../../../src/schemas/practice.ts';
import { fieldDocs, publicData, csvColumns, csvRow } from '../../../src/lib/practices/export.ts';
import { objectFields } from '../../../src/lib/content/schema-walk.ts';
import { jsonForScript, practiceJsonLd } from '../../../src/lib/practices/jsonld.ts';
import { atomFeed, escapeXml } from '../../../src/lib/practices/feed.ts';

describe('field documentation from the schema', () => {
  const docs = fieldDocs(practiceSchema);
  const paths = docs.map((d) => d.path);

  it('documents every top-level field of the schema with its Dutch label', () => {
    for (const [key, field] of objectFields(practiceSchema)) {
      const documented = docs.filter(
        (d) => d.path === key || d.path.startsWith(`${key}.`) || d.path.startsWith(`${key}[]`),
      );
      expect(documented.length, key).toBeGreaterThan(0);
      const title = (field as any).meta?.()?.title;
      if (title)
        expect(
          documented.some((d) => d.label.startsWith(title)),
          key,
        ).toBe(true);
    }
  });

  it('leaves out fields marked private (curator notes)', () => {
    expect(paths).not.toContain('curatie.opmerking');
    expect(paths).toContain('curatie.status');
  });

  it('lists the allowed values of choice fields with their labels', () => {
    const level = docs.find((d) => d.path === 'bewijs.niveau')!;
    expect(level.values?.map((v) => v.value)).toEqual(['idee', 'goed-beschreven', 'veelbelovend', 'effect-aangetoond']);
    expect(level.values?.find((v) => v.value === 'effect-aangetoond')?.label).toBe('Effect aangetoond');
  });
});

describe('public data and CSV rows', () => {
  const data = {
    titel: 'Test',
    curatie: { status: 'gepubliceerd', opmerking: 'geheim' },
    themas: ['taal', 'werk'],
    bronnen: [{ titel: 'Bron A', url: 'https://example.org/a' }, { titel: 'Bron B' }],
    onbekend: 'x',
  };
  it('strips private and unknown fields', () => {
    const pub = publicData(practiceSchema, data) as any;
    expect(pub.curatie).toEqual({ status: 'gepubliceerd' });
    expect(pub).not.toHaveProperty('onbekend');
  });
  it('flattens nested fields and joins lists', () => {
    const columns = csvColumns(fieldDocs(practiceSchema));
    const row = csvRow(publicData(practiceSchema, data) as any, columns);
    expect(row['themas']).toBe('taal | werk');
    expect(row['curatie.status']).toBe('gepubliceerd');
    expect(row['bronnen']).toBe('Bron A — https://example.org/a | Bron B');
    expect(Object.values(row).join('')).not.toContain('geheim');
  });
});

describe('JSON-LD and Atom escaping', () => {
  it('JSON for a script element cannot close the element and stays valid JSON', () => {
    const value = { name: '</script><script>alert(1)</script> & <!--' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual(value);
  });
  it('JSON-LD carries the practice name, places and sources', () => {
    const ld = practiceJsonLd({
      url: 'https://x/p/',
      titel: 'T',
      samenvatting: 'S',
      themas: ['Taal'],
      plaatsen: ['Gent'],
      bronnen: [{ titel: 'B', url: 'https://b' }],
    });
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      name: 'T',
      spatialCoverage: [{ '@type': 'Place', name: 'Gent' }],
    });
  });
  it('Atom escapes text and attributes', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    const xml = atomFeed({
      id: 'i',
      title: 'T & co',
      selfUrl: 's',
      siteUrl: 'u',
      entries: [
        {
          id: 'e',
          url: 'https://x/?a=1&b=2',
          title: '<T>',
          summary: 'S',
          updated: '2024-01-02',
          published: '2024-01-01',
        },
      ],
    });
    expect(xml).toContain('<title>T &amp; co</title>');
    expect(xml).toContain('href="https://x/?a=1&amp;b=2"');
    expect(xml).toContain('<updated>2024-01-02T00:00:00Z</updated>');
  });
});
