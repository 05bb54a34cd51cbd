/**
 * Renders the body of a practice or page to HTML in the content layer, instead of compiling it as
 * an MDX module. A body may only hold Markdown and the components of src/schemas/body-components.ts
 * with literal attributes (checked by src/lib/content/mdx-safety.ts before the build), so there is nothing
 * to execute: compiling one JavaScript module per entry cost most of the build time at thousands of
 * practices. The renderer still refuses anything outside that subset, in case a body reaches it
 * unchecked, and never passes raw HTML through.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import { bodyComponents, type BodyComponentName } from '../../schemas/body-components.ts';
import { isSafeUrl, IMAGE_IN_TEXT, bodyParser, deepestNode, TOO_DEEP, BODY_DEPTH, type BodyFormat } from './mdx-safety.ts';

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

/** A body outside the allowed subset; `line` is counted within the body, the loader adds the file's offset. */
export class BodyRenderError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'BodyRenderError';
    this.line = line;
  }
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

const KADER_PREFIX: Record<string, string> = { info: 'Info', tip: 'Tip', 'let-op': 'Let op' };

function attributesOf(node: MdNode): Record<string, string> {
  const name = node.name ?? '';
  if (!Object.hasOwn(bodyComponents, name)) {
    throw new BodyRenderError(`onbekende component <${name || 'fragment'}>; toegestaan: ${Object.keys(bodyComponents).join(', ')}`, node.position?.start.line);
  }
  const spec = bodyComponents[name as BodyComponentName];
  const values: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || typeof attribute.value !== 'string' || !Object.hasOwn(spec.attributes, attribute.name)) {
      throw new BodyRenderError(`<${name}>: alleen de attributen ${Object.keys(spec.attributes).join(', ')}, met een vaste tekst als waarde`, node.position?.start.line);
    }
    values[attribute.name] = attribute.value;
  }
  return values;
}

/** The HTML of each allowed component; the styles are in src/styles/body.css. */
function component(node: MdNode, children: ElementContent[]): Element {
  const a = attributesOf(node);
  switch (node.name as BodyComponentName) {
    case 'Kader': {
      const soort = a.soort && a.soort in KADER_PREFIX ? a.soort : 'info';
      return el('aside', { className: ['kader', `kader--${soort}`] }, [
        el('p', { className: ['kader__titel'] }, [el('span', { className: ['visually-hidden'] }, [text(`${KADER_PREFIX[soort]}: `)]), text(a.titel ?? '')]),
        ...children,
      ]);
    }
    case 'Citaat':
      return el('figure', { className: ['citaat'] }, [el('blockquote', {}, children), el('figcaption', {}, [text(`— ${a.bron ?? ''}`)])]);
    case 'Cijfer':
      return el('figure', { className: ['cijfer'] }, [
        el('p', { className: ['cijfer__waarde'] }, [text(a.waarde ?? '')]),
        el('figcaption', {}, [text(`${a.label ?? ''} `), el('span', { className: ['source'] }, [text(`(bron: ${a.bron ?? ''})`)])]),
      ]);
  }
}

const refuse = (what: string) => (_state: unknown, node: MdNode) => {
  throw new BodyRenderError(`${what} is niet toegestaan in de tekst`, node.position?.start.line);
};

function checkUrls(tree: MdNode) {
  const visit = (node: MdNode) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
      throw new BodyRenderError(`onveilige link "${node.url}"`, node.position?.start.line);
    }
    if (node.type === 'image' || node.type === 'imageReference') throw new BodyRenderError(IMAGE_IN_TEXT, node.position?.start.line);
    node.children?.forEach(visit);
  };
  visit(tree);
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Prefix of every heading id in a body. The page around it has ids of its own ("inhoud", "bronnen",
 * "contact"); a body heading named "Contact" must not take one of them (WCAG 4.1.1).
 */
export const HEADING_ID_PREFIX = 'tekst-';

/** Gives every heading an id (as GitHub does, with the prefix above), so headings can be linked and listed. */
function headingIds(headings: BodyHeading[]) {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    const visit = (node: HastNodes) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      const depth = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName)?.[1] : undefined;
      if (node.type === 'element' && depth) {
        const value = textOf(node).trim();
        const slug = HEADING_ID_PREFIX + slugger.slug(value);
        node.properties.id = slug;
        headings.push({ depth: Number(depth), slug, text: value });
        return;
      }
      node.children.forEach(visit);
    };
    visit(tree);
  };
}

/** How remark-rehype turns the MDX nodes into HTML: the allowed components, and a refusal for code. */
type Handlers = NonNullable<ToHastOptions['handlers']>;
type ToHastState = Parameters<NonNullable<Handlers['mdxJsxFlowElement']>>[0];
const jsxElement = (state: ToHastState, node: MdNode & MdastNodes) => component(node, state.all(node));

const handlers: Handlers = {
  mdxJsxFlowElement: jsxElement,
  mdxJsxTextElement: jsxElement,
  mdxjsEsm: refuse('"import" of "export"'),
  mdxFlowExpression: refuse('code tussen { }'),
  mdxTextExpression: refuse('code tussen { }'),
};

/** GFM footnotes in Dutch: the heading (read by screen readers) and each back link. */
export const FOOTNOTE_LABELS = {
  footnoteLabel: 'Voetnoten',
  footnoteBackLabel: (reference: number, rereference: number) => `Terug naar de verwijzing ${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`,
  footnoteLabelProperties: { className: ['visually-hidden'] },
};

function processor(format: BodyFormat) {
  // Raw HTML is never passed through (no allowDangerousHtml): the validator refuses it, and this drops it.
  return bodyParser(format).use(remarkRehype, { handlers, ...FOOTNOTE_LABELS }).use(rehypeStringify);
}

const processors = { md: processor('md'), mdx: processor('mdx') };

/** Renders a body: MDX (with the allowed components) for practices, plain Markdown for pages. */
export function renderBody(body: string, format: BodyFormat): RenderedBody {
  const pipeline = processors[format];
  const headings: BodyHeading[] = [];
  let tree: MdastRoot;
  try {
    tree = pipeline.parse(body);
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    throw new BodyRenderError(err instanceof RangeError ? TOO_DEEP : `onleesbare tekst: ${e.reason ?? e.message}`, e.line);
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > BODY_DEPTH) throw new BodyRenderError(TOO_DEEP, deepest.node.position?.start.line);
  checkUrls(tree);
  const hast = pipeline.runSync(tree);
  headingIds(headings)(hast);
  return { html: pipeline.stringify(hast), headings };
}
