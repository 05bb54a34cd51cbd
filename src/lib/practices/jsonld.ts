/**
 * schema.org JSON-LD for a practice page, and the escaping that makes it safe inside a
 * <script type="application/ld+json"> element (no "</script>" or "<!--" can close it early).
 */

export interface JsonLdInput {
  url: string;
  titel: string;
  samenvatting: string;
  themas: string[];
  plaatsen: string[];
  datePublished?: string;
  dateModified?: string;
  bronnen: { titel: string; url?: string; datum?: string }[];
}

export function practiceJsonLd(p: JsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': p.url,
    url: p.url,
    name: p.titel,
    abstract: p.samenvatting,
    inLanguage: 'nl-BE',
    keywords: p.themas.join(', '),
    ...(p.plaatsen.length ? { spatialCoverage: p.plaatsen.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(p.datePublished ? { datePublished: p.datePublished } : {}),
    ...(p.dateModified ? { dateModified: p.dateModified } : {}),
    publisher: { '@type': 'Organization', name: 'Vereniging van Vlaamse Steden en Gemeenten (VVSG)' },
    citation: p.bronnen.map((b) => ({
      '@type': 'CreativeWork',
      name: b.titel,
      ...(b.url ? { url: b.url } : {}),
      ...(b.datum ? { datePublished: b.datum } : {}),
    })),
  };
}

/** JSON with '<', '>' and '&' escaped as \u003c etc., valid JSON and inert inside a script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
