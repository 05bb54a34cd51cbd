/**
 * Spacing faults in the text a reader sees: a space after an opening bracket or before a closing
 * bracket or a punctuation mark ("( 56,0 %) ."), the trace of a template line break between two
 * expressions. The text is read by parse5 as a browser reads it: scripts, styles and SVG are left
 * out, inline elements (links, emphasis) join their neighbours, every other element ends a block.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'head']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** The visible text of an HTML page, one string per block, white space collapsed as a browser does. */
export function textBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if ('value' in node && node.nodeName === '#text') {
      current += node.value;
      return;
    }
    if (!('childNodes' in node)) return;
    const tag = 'tagName' in node ? node.tagName.toLowerCase() : '';
    if (SKIPPED.has(tag)) return;
    const inline = INLINE.has(tag);
    if (!inline) flush();
    for (const child of node.childNodes) walk(child);
    if (!inline) flush();
  };
  walk(parse(html));
  flush();
  return blocks;
}

export interface SpacingFault {
  /** The fault with up to 40 characters of text either side. */
  context: string;
}

const FAULT = /\( | \)| [.,;:!?](?![\d.])/g;

/** Every spacing fault in one block of text. */
export function spacingFaults(block: string): SpacingFault[] {
  return [...block.matchAll(FAULT)].map((m) => ({
    context: block.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40),
  }));
}
