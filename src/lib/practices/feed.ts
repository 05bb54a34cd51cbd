/**
 * A minimal Atom 1.0 writer (RFC 4287) with XML escaping; dates are ISO calendar dates. The output
 * is always well-formed XML: the content check refuses control characters in every text field, and
 * as a last line of defence the escaping drops any character XML 1.0 does not allow.
 */

export interface AtomEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  updated: string;
  published: string;
}

// Characters outside XML 1.0's Char production (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const stamp = (isoDate: string) => `${isoDate}T00:00:00Z`;

export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  entries: AtomEntry[];
}): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1990-01-01');
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${stamp(e.published)}</published>
    <updated>${stamp(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-BE">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>VVSG – Kennisbank Samenleven</name></author>
${entries.join('\n')}
</feed>
`;
}
