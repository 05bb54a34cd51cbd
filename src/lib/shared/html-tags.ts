/**
 * A small tokenizer for built HTML: the start tags with their attributes, and the text of raw-text
 * elements (script, style). Unlike a regular expression over the whole page it does not mistake
 * markup written inside an attribute value or a comment for a real element, so a practice whose
 * summary says "<script>" (escaped by Astro, and harmless) is not taken for an inline script.
 */
export interface StartTag {
  name: string;
  attrs: Map<string, string>;
  /** Text up to the closing tag, for raw-text elements (script, style, textarea, title). */
  content?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Decodes the character references that occur in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (_m, ref: string) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
    if (r.startsWith('#')) return String.fromCodePoint(Number(r.slice(1)));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }[r]!;
  });
}

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const n = html.length;
  const lower = html.toLowerCase();
  let i = 0;
  const skipTo = (needle: string, from: number) => {
    const at = html.indexOf(needle, from);
    return at < 0 ? n : at + needle.length;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      i = skipTo('-->', lt + 4);
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      i = skipTo('>', lt + 1);
      continue;
    }
    if (!/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !/[\s/>]/.test(html[j])) j++;
    const tag: StartTag = { name: html.slice(lt + 1, j).toLowerCase(), attrs: new Map() };
    // Attributes: name, optionally = and a quoted or unquoted value.
    while (j < n && html[j] !== '>') {
      if (/[\s/]/.test(html[j])) {
        j++;
        continue;
      }
      const nameStart = j;
      while (j < n && !/[\s/>=]/.test(html[j])) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      while (j < n && /\s/.test(html[j])) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && /\s/.test(html[j])) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          const start = j;
          while (j < n && !/[\s>]/.test(html[j])) j++;
          value = html.slice(start, j);
        }
      }
      if (name && !tag.attrs.has(name)) tag.attrs.set(name, decodeEntities(value));
    }
    i = j + 1;
    if (RAW_TEXT.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, i);
      const end = close < 0 ? n : close;
      tag.content = html.slice(i, end);
      i = close < 0 ? n : skipTo('>', close);
    }
    tags.push(tag);
  }
  return tags;
}
