/**
 * Checks a body before it is rendered. MDX is code: an `import`, an `{expression}` or an unknown
 * element would run on the build machine or in visitors' browsers. A practice body may contain
 * Markdown and the components of src/schemas/body-components.ts with literal string attributes; a
 * page body (content/paginas/, plain Markdown) only Markdown. Everything else is refused (never
 * silently stripped), with the line and what is allowed: raw HTML, unsafe links, images, forbidden
 * characters, personal data without consent, and nesting beyond the stated limit.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { bodyComponents, type BodyComponent } from '../../schemas/body-components.ts';
import type { Problem } from './problem.ts';
import { CONTENT_LIMITS } from './limits.ts';
import { forbiddenCharacter, describeForbidden } from './characters.ts';
import { findPersonalData, describePersonalData } from './personal-data.ts';

const ALLOWED = Object.keys(bodyComponents).join(', ');
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#|\.\.?\/|[^:/?#]+(?:[/?#]|$))/i;

/** Whether a link target is safe: http(s), mailto, or relative. Control characters and entities cannot hide a scheme. */
export function isSafeUrl(raw: string): boolean {
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/&#|&[a-z]+;|\\/i.test(url)) return false;
  return SAFE_URL.test(url);
}

/**
 * Images belong in a practice's «Afbeeldingen» field, not in its text: there they have required alt
 * text and go through the image pipeline (sizes, AVIF/WebP). An image in the text would be served as
 * uploaded, or fetched from a third party on every visit.
 */
export const IMAGE_IN_TEXT = 'Afbeeldingen horen niet in de tekst maar in het veld «Afbeeldingen» (met alternatieve tekst): daar worden ze verkleind en als AVIF of WebP geserveerd';

export type BodyFormat = 'md' | 'mdx';

export interface BodyNode {
  type: string;
  name?: string | null;
  url?: string;
  title?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
  position?: { start: { line: number } };
}

/**
 * The Markdown parser of each format, shared with the renderer (src/lib/content/body-render.ts) so
 * that what is checked is exactly what is rendered (GFM tables, footnotes and autolinks included).
 */
export function bodyParser(format: BodyFormat) {
  const base = unified().use(remarkParse);
  return (format === 'mdx' ? base.use(remarkMdx) : base).use(remarkGfm);
}
const parsers = { md: bodyParser('md'), mdx: bodyParser('mdx') };

/** The deepest node of a tree and its depth, found without recursion (a deep tree must not overflow the stack here). */
export function deepestNode(tree: BodyNode): { depth: number; node: BodyNode } {
  let deepest = { depth: 0, node: tree };
  const stack: [BodyNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, node };
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

// Levels a body's own syntax adds below the root and around text (paragraph, emphasis, link, text).
export const BODY_DEPTH = CONTENT_LIMITS.depth + 4;
export const TOO_DEEP = `Te diep genest: meer dan ${CONTENT_LIMITS.depth} niveaus (lijsten, citaten, kaders in elkaar)`;
const MAX_INDENT = CONTENT_LIMITS.depth * 4;

const MDX_SYNTAX = 'Gebruik gewone Markdown; "{", "}" en "<" schrijf je als \\{, \\} en \\<.';

/**
 * @param options.consent - the entry records consent to publish personal contact data; without it
 *   e-mail addresses and phone numbers anywhere in the text are refused, as in the front matter.
 * @param options.format - 'mdx' for practices (with components), 'md' for pages.
 */
export function checkMdxBody(body: string, file: string, firstLine: number, options: { consent?: boolean; format?: BodyFormat } = {}): Problem[] {
  const format = options.format ?? 'mdx';
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const at = (node: BodyNode | undefined, message: string, line?: number) => {
    const fileLine = firstLine + (line ?? node?.position?.start.line ?? 1) - 1;
    const key = `${fileLine}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file, line: fileLine, field: 'body', message });
  };

  // Before parsing: characters, and nesting written out on one line (a thousand ">" overflow the parser's stack).
  body.split('\n').forEach((text, i) => {
    const found = forbiddenCharacter(text.replace(/\r$/, ''), { allowTab: true });
    if (found) at(undefined, describeForbidden(found), i + 1);
    const prefix = /^[ \t>]*/.exec(text)![0];
    const indent = prefix.replace(/\t/g, '    ').length;
    if ((prefix.match(/>/g)?.length ?? 0) > CONTENT_LIMITS.depth || indent > MAX_INDENT) at(undefined, `${TOO_DEEP}; inspringing tot ${MAX_INDENT} tekens`, i + 1);
  });
  if (problems.length) return problems;

  let tree: BodyNode;
  try {
    tree = parsers[format].parse(body) as BodyNode;
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    const reason = err instanceof RangeError ? TOO_DEEP : `Onleesbare tekst${format === 'mdx' ? ' (MDX)' : ''}: ${e.reason ?? e.message}. ${format === 'mdx' ? MDX_SYNTAX : ''}`.trim();
    at(undefined, reason, e.line ?? 1);
    return problems;
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > BODY_DEPTH) {
    at(deepest.node, TOO_DEEP);
    return problems;
  }

  const personal = (node: BodyNode, ...texts: (string | null | undefined)[]) => {
    if (options.consent) return;
    for (const text of texts) {
      const found = text ? findPersonalData(text) : undefined;
      if (found) return at(node, describePersonalData(found));
    }
  };

  // Nodes a plugin creates (GFM turns a decoded "an&#64;gent.be" into a link) may lack a position: they take their parent's.
  const visit = (node: BodyNode, parentPosition?: BodyNode['position']) => {
    node.position ??= parentPosition;
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, '"import" en "export" zijn niet toegestaan in de tekst van een praktijk');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'Code tussen { } is niet toegestaan. Wil je een accolade tonen, schrijf dan \\{ en \\}');
        return;
      case 'html':
        at(node, format === 'mdx'
          ? 'HTML is niet toegestaan in de tekst (ook geen commentaar); gebruik Markdown of een van de componenten: ' + ALLOWED
          : 'HTML is niet toegestaan in de tekst van een pagina (ook geen commentaar); gebruik Markdown');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'text':
      case 'inlineCode':
      case 'code':
        personal(node, node.value);
        break;
      case 'link':
      case 'definition':
        personal(node, node.url, node.title);
        if (node.url !== undefined && !isSafeUrl(node.url)) at(node, `Link "${node.url.slice(0, 60)}" is niet toegestaan: gebruik https://, mailto: of een adres op deze site`);
        break;
      case 'image':
      case 'imageReference':
        at(node, IMAGE_IN_TEXT);
        break;
    }
    node.children?.forEach((child) => visit(child, node.position));
  };

  const checkElement = (node: BodyNode) => {
    const name = node.name ?? '';
    // Own members only: "constructor" or "toString" must not find Object.prototype's.
    const spec = Object.hasOwn(bodyComponents, name) ? (bodyComponents as Record<string, BodyComponent>)[name] : undefined;
    if (!spec) {
      at(node, `<${name || '>'}> is niet toegestaan. Toegestane componenten: ${ALLOWED}`);
      return;
    }
    const present = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        at(node, `<${name}>: alleen attributen met een vaste tekst zijn toegestaan (geen {...})`);
        continue;
      }
      const rule = Object.hasOwn(spec.attributes, attr.name) ? spec.attributes[attr.name] : undefined;
      if (!rule) {
        at(node, `<${name}> kent het attribuut "${attr.name}" niet; toegestaan: ${Object.keys(spec.attributes).join(', ')}`);
        continue;
      }
      present.add(attr.name);
      if (typeof attr.value !== 'string') {
        at(node, `<${name} ${attr.name}>: de waarde moet tekst tussen aanhalingstekens zijn, geen code`);
        continue;
      }
      if (attr.value.length > rule.maxLength) at(node, `<${name} ${attr.name}>: maximaal ${rule.maxLength} tekens`);
      if (rule.values && !rule.values.includes(attr.value)) at(node, `<${name} ${attr.name}>: kies uit ${rule.values.join(', ')}`);
      personal(node, attr.value);
    }
    for (const [attrName, rule] of Object.entries(spec.attributes)) {
      if (rule.required && !present.has(attrName)) at(node, `<${name}> mist het verplichte attribuut "${attrName}" (${rule.label})`);
    }
    if (!spec.children && node.children?.length) at(node, `<${name}> heeft geen inhoud tussen begin- en eindtag; schrijf <${name} ... />`);
  };

  visit(tree);
  return problems;
}
