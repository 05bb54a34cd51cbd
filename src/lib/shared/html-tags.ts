/**
 * The elements of built HTML with their attributes, read by a real HTML parser (parse5, which
 * implements the WHATWG parsing algorithm browsers use): character references are decoded as a
 * browser decodes them (all 2,231 named ones, not a handful), markup inside an attribute value, a
 * comment or a script is text, and truncated markup is recovered the way a browser recovers it. So
 * a practice whose summary says "<script>" (escaped by Astro, and harmless) is not taken for an
 * inline script, and an attribute a browser would read is never missed.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export interface StartTag {
  name: string;
  attrs: Map<string, string>;
  /** Text up to the closing tag, for raw-text elements (script, style, textarea, title). */
  content?: string;
}

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const isElement = (node: { nodeName: string }): node is Element => 'tagName' in node;

/** The elements written in `html`, in document order (not the html/head/body a parser adds around a fragment). */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  // Iterative pre-order walk, children (and <template> contents) in order.
  const stack: ParentNode[] = [parse(html, { sourceCodeLocationInfo: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node) && node.sourceCodeLocation?.startTag) {
      const attrs = new Map<string, string>();
      for (const attr of node.attrs) {
        const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        if (!attrs.has(name)) attrs.set(name, attr.value);
      }
      const tag: StartTag = { name: node.tagName.toLowerCase(), attrs };
      if (RAW_TEXT.has(tag.name)) tag.content = node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      tags.push(tag);
    }
    const children = [
      ...(isElement(node) && node.tagName === 'template'
        ? (node as DefaultTreeAdapterMap['template']).content.childNodes
        : []),
      ...('childNodes' in node ? node.childNodes : []),
    ];
    for (let i = children.length - 1; i >= 0; i--)
      if ('childNodes' in children[i]) stack.push(children[i] as ParentNode);
  }
  return tags;
}
