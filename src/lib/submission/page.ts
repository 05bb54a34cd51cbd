/**
 * The pages the handler answers with, made from the built static pages (one rendering of the form:
 * src/pages/praktijk-delen/). After a refused submission: the form again with an error summary at the
 * top linking to each field (WCAG 3.3.1, 3.3.3), the message at each field, and every value kept.
 * After an accepted one: the confirmation page with the reference filled in.
 */
import { parse, parseFragment, serialize, defaultTreeAdapter, type DefaultTreeAdapterMap } from 'parse5';
import { controlId } from './fields.ts';
import type { FieldProblem } from './entry.ts';
import type { FormValues } from './parse.ts';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (n: Node): n is Element => 'tagName' in n;

function* elements(root: ParentNode): Generator<Element> {
  const stack: Node[] = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    const children =
      node.tagName === 'template' ? (node as unknown as { content: ParentNode }).content.childNodes : node.childNodes;
    stack.push(...[...children].reverse());
  }
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function setAttr(el: Element, name: string, value: string | undefined) {
  el.attrs = el.attrs.filter((a) => a.name !== name);
  if (value !== undefined) el.attrs.push({ name, value });
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function insertHtml(parent: ParentNode, html: string, before?: Node) {
  const fragment = parseFragment(html);
  for (const child of [...fragment.childNodes]) {
    if (before) defaultTreeAdapter.insertBefore(parent, child, before);
    else defaultTreeAdapter.appendChild(parent, child);
  }
}

/** The values each control of the form offers (options of selects, values of checkboxes), by name. */
export function offeredValues(html: string): Map<string, Set<string>> {
  const offered = new Map<string, Set<string>>();
  const add = (name: string | undefined, value: string | undefined) => {
    if (!name || value === undefined || value === '') return;
    offered.set(name, (offered.get(name) ?? new Set()).add(value));
  };
  for (const el of elements(parse(html))) {
    if (el.tagName === 'input' && attr(el, 'type') === 'checkbox') add(attr(el, 'name'), attr(el, 'value'));
    if (el.tagName === 'select') {
      for (const option of elements(el)) if (option.tagName === 'option') add(attr(el, 'name'), attr(option, 'value'));
    }
  }
  return offered;
}

/** Fills the form's controls with the submitted values. */
function keepValues(doc: ParentNode, values: FormValues) {
  const used = new Map<string, number>();
  for (const el of elements(doc)) {
    const name = attr(el, 'name');
    if (!name || !['input', 'textarea', 'select'].includes(el.tagName)) continue;
    const submitted = values.get(name) ?? [];
    const type = attr(el, 'type') ?? 'text';
    if (el.tagName === 'input' && type === 'checkbox') {
      setAttr(el, 'checked', submitted.includes(attr(el, 'value') ?? 'on') ? '' : undefined);
    } else if (el.tagName === 'input' && !['submit', 'button', 'hidden'].includes(type)) {
      setAttr(el, 'value', submitted[0] ?? undefined);
    } else if (el.tagName === 'textarea') {
      el.childNodes = [];
      if (submitted[0]) defaultTreeAdapter.insertText(el, submitted[0]);
    } else if (el.tagName === 'select') {
      // Several selects of one name (a list of municipalities) take the values in order.
      const index = used.get(name) ?? 0;
      used.set(name, index + 1);
      const value = submitted[index];
      for (const option of elements(el)) {
        if (option.tagName === 'option')
          setAttr(option, 'selected', value !== undefined && attr(option, 'value') === value ? '' : undefined);
      }
    }
  }
}

/** The form page after a refused submission: summary, messages per field, values kept. */
export function formWithErrors(html: string, problems: readonly FieldProblem[], values: FormValues): string {
  const doc = parse(html);
  keepValues(doc, values);
  const byControl = new Map<string, FieldProblem[]>();
  for (const p of problems) if (p.control) byControl.set(p.control, [...(byControl.get(p.control) ?? []), p]);
  for (const el of elements(doc)) {
    const name = attr(el, 'data-field');
    const list = name ? byControl.get(name) : undefined;
    if (!name || !list) continue;
    setAttr(el, 'class', `${attr(el, 'class') ?? ''} field--error`.trim());
    const errorId = `${controlId(name)}-fout`;
    const message = `<p class="field-error" id="${errorId}"><span class="visually-hidden">Fout: </span>${list.map((p) => escapeHtml(p.message)).join('<br>')}</p>`;
    // The message stands just before the control (or the group of checkboxes), after label and hint.
    const anchor = [...elements(el)].find((c) => attr(c, 'data-control') !== undefined);
    if (anchor?.parentNode) insertHtml(anchor.parentNode, message, anchor);
    for (const c of [...elements(el)].filter((c) => ['input', 'textarea', 'select'].includes(c.tagName))) {
      setAttr(c, 'aria-invalid', 'true');
      setAttr(c, 'aria-describedby', [errorId, attr(c, 'aria-describedby')].filter(Boolean).join(' '));
    }
  }
  const summary = [...elements(doc)].find((el) => attr(el, 'data-error-summary') !== undefined);
  if (summary) {
    setAttr(summary, 'hidden', undefined);
    // Focus lands on the summary, so a screen reader reads it first and the keyboard starts there.
    setAttr(summary, 'autofocus', '');
    const items = problems
      .map((p) => {
        // "Samenvatting is vereist." names its field already; other messages get the label in front.
        const text = p.message.startsWith(p.label)
          ? escapeHtml(p.message)
          : `${escapeHtml(p.label)}: ${escapeHtml(p.message)}`;
        return p.control ? `<li><a href="#${escapeHtml(controlId(p.control))}">${text}</a></li>` : `<li>${text}</li>`;
      })
      .join('');
    const count = problems.length === 1 ? 'Er is 1 probleem' : `Er zijn ${problems.length} problemen`;
    insertHtml(
      summary,
      `<h2 id="foutmeldingen-titel">${count} met je inzending</h2><p>Je inzending is nog niet verzonden. Pas aan wat hieronder staat en verzend opnieuw; wat je invulde, staat er nog.</p><ul>${items}</ul>`,
    );
  }
  const title = [...elements(doc)].find((el) => el.tagName === 'title');
  if (title) {
    const text = title.childNodes.map((n) => ('value' in n ? (n as { value: string }).value : '')).join('');
    title.childNodes = [];
    defaultTreeAdapter.insertText(title, `Fout: ${text}`);
  }
  return serialize(doc);
}

/** The confirmation page with the reference (and, for a submission sent twice, the note saying so). */
export function confirmationPage(html: string, reference: string, duplicate: boolean): string {
  const doc = parse(html);
  for (const el of elements(doc)) {
    if (attr(el, 'data-referentie') !== undefined) {
      el.childNodes = [];
      defaultTreeAdapter.insertText(el, reference);
    }
    if (attr(el, 'data-dubbel') !== undefined) setAttr(el, 'hidden', duplicate ? undefined : '');
  }
  return serialize(doc);
}
