/**
 * Checks an MDX body before it is compiled. MDX is code: an `import`, an `{expression}` or an
 * unknown element would run on the build machine or in visitors' browsers. A body may contain
 * Markdown and the components of src/schemas/body-components.ts with literal string attributes;
 * everything else is refused (never silently stripped), with the line and what is allowed.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { bodyComponents, type BodyComponent } from '../../schemas/body-components.ts';
import type { Problem } from './files.ts';

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

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx);

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * @param options.consent - the entry records consent to publish personal contact data; without it
 *   e-mail addresses in the text (plain or as mailto: links) are refused, as in the contact fields.
 */
export function checkMdxBody(body: string, file: string, firstLine: number, options: { consent?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node | undefined, message: string, line?: number) =>
    problems.push({ file, line: firstLine + (line ?? node?.position?.start.line ?? 1) - 1, field: 'body', message });

  let tree: Node;
  try {
    tree = parser.parse(body) as Node;
  } catch (err) {
    const e = err as { line?: number; reason?: string; message: string };
    at(undefined, `Onleesbare tekst (MDX): ${e.reason ?? e.message}. Gebruik gewone Markdown; "{", "}" en "<" schrijf je als \\{, \\} en \\<.`, e.line ?? 1);
    return problems;
  }

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, '"import" en "export" zijn niet toegestaan in de tekst van een praktijk');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'Code tussen { } is niet toegestaan. Wil je een accolade tonen, schrijf dan \\{ en \\}');
        return;
      case 'html':
        at(node, 'HTML is niet toegestaan in de tekst (ook geen commentaar); gebruik Markdown of een van de componenten: ' + ALLOWED);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'text':
        if (!options.consent && node.value && EMAIL.test(node.value)) at(node, 'Geen e-mailadressen in de tekst zonder vastgelegde toestemming; gebruik het contactveld (organisatie en rol)');
        break;
      case 'link':
      case 'definition':
        if (!options.consent && node.url && /^mailto:/i.test(node.url) && EMAIL.test(node.url)) at(node, 'Geen e-mailadressen in de tekst zonder vastgelegde toestemming; gebruik het contactveld (organisatie en rol)');
        if (node.url !== undefined && !isSafeUrl(node.url)) at(node, `Link "${node.url.slice(0, 60)}" is niet toegestaan: gebruik https://, mailto: of een adres op deze site`);
        break;
      case 'image':
      case 'imageReference':
        at(node, IMAGE_IN_TEXT);
        break;
    }
    node.children?.forEach(visit);
  };

  const checkElement = (node: Node) => {
    const name = node.name ?? '';
    const spec = (bodyComponents as Record<string, BodyComponent>)[name];
    if (!spec) {
      at(node, `<${name || '>'}> is niet toegestaan. Toegestane componenten: ${ALLOWED}`);
      return;
    }
    const seen = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        at(node, `<${name}>: alleen attributen met een vaste tekst zijn toegestaan (geen {...})`);
        continue;
      }
      const rule = spec.attributes[attr.name];
      if (!rule) {
        at(node, `<${name}> kent het attribuut "${attr.name}" niet; toegestaan: ${Object.keys(spec.attributes).join(', ')}`);
        continue;
      }
      seen.add(attr.name);
      if (typeof attr.value !== 'string') {
        at(node, `<${name} ${attr.name}>: de waarde moet tekst tussen aanhalingstekens zijn, geen code`);
        continue;
      }
      if (attr.value.length > rule.maxLength) at(node, `<${name} ${attr.name}>: maximaal ${rule.maxLength} tekens`);
      if (rule.values && !rule.values.includes(attr.value)) at(node, `<${name} ${attr.name}>: kies uit ${rule.values.join(', ')}`);
    }
    for (const [attrName, rule] of Object.entries(spec.attributes)) {
      if (rule.required && !seen.has(attrName)) at(node, `<${name}> mist het verplichte attribuut "${attrName}" (${rule.label})`);
    }
    if (!spec.children && node.children?.length) at(node, `<${name}> heeft geen inhoud tussen begin- en eindtag; schrijf <${name} ... />`);
  };

  visit(tree);
  return problems;
}
