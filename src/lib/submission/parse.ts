/**
 * Reads a submitted form body (application/x-www-form-urlencoded, as a plain HTML form sends it) and
 * turns it into a practice entry. Strict where URLSearchParams is lenient: bytes that are not UTF-8
 * are refused instead of becoming U+FFFD, and the body's size and number of fields are bounded.
 */
import type { FormField, FormNode } from './fields.ts';
import { BODY_FIELD, formControls } from './fields.ts';

/** Bytes a submission may have: the longest fields together stay well below it. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Name=value pairs a submission may have. */
export const MAX_PAIRS = 400;

export class FormError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(status: 400 | 413 | 415, message: string) {
    super(message);
    this.status = status;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeComponent(raw: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '+') bytes.push(0x20);
    else if (ch === '%' && /^[0-9a-f]{2}$/i.test(raw.slice(i + 1, i + 3))) {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = ch.charCodeAt(0);
      if (code > 0x7f) throw new FormError(400, 'De inzending bevat tekens die niet correct gecodeerd zijn');
      bytes.push(code);
    }
  }
  try {
    return UTF8.decode(new Uint8Array(bytes));
  } catch {
    throw new FormError(
      400,
      'De inzending is geen geldige UTF-8-tekst. Typ de tekst opnieuw of plak hem als gewone tekst',
    );
  }
}

/** The name/value pairs of a form body, in order. */
export function parseFormBody(body: Uint8Array, contentType: string | null): [string, string][] {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? ''))
    throw new FormError(415, 'Verwacht een formulier (application/x-www-form-urlencoded)');
  if (body.byteLength > MAX_BODY_BYTES) throw new FormError(413, tooLarge(body.byteLength));
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new FormError(
      400,
      'De inzending is geen geldige UTF-8-tekst. Typ de tekst opnieuw of plak hem als gewone tekst',
    );
  }
  const pairs: [string, string][] = [];
  for (const part of text.split('&')) {
    if (!part) continue;
    if (pairs.length >= MAX_PAIRS) throw new FormError(413, `De inzending heeft meer dan ${MAX_PAIRS} velden`);
    const eq = part.indexOf('=');
    pairs.push(
      eq < 0 ? [decodeComponent(part), ''] : [decodeComponent(part.slice(0, eq)), decodeComponent(part.slice(eq + 1))],
    );
  }
  return pairs;
}

export const tooLarge = (bytes: number) =>
  `De inzending is te groot (${Math.ceil(bytes / 1024)} kB; de grens is ${MAX_BODY_BYTES / 1024} kB). Kort de langste teksten in`;

/** Values per control name (a checkbox group or a row of selects sends one name several times). */
export type FormValues = Map<string, string[]>;

export function formValues(pairs: readonly [string, string][]): FormValues {
  const values: FormValues = new Map();
  for (const [name, value] of pairs) {
    // Windows line ends from textareas become \n, so lengths count what the reader sees.
    const v = value.replace(/\r\n?/g, '\n');
    values.set(name, [...(values.get(name) ?? []), v]);
  }
  return values;
}

const first = (values: FormValues, name: string) => (values.get(name)?.[0] ?? '').trim();

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown) {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** A control's value as the schema expects it, or undefined when left empty. */
function valueOf(field: FormField, values: FormValues): unknown {
  switch (field.control) {
    case 'checkbox':
      return values.has(field.name) ? true : undefined;
    case 'choices': {
      const chosen = [...new Set((values.get(field.name) ?? []).map((v) => v.trim()).filter(Boolean))];
      return chosen.length ? chosen : undefined;
    }
    case 'lines': {
      const lines = first(values, field.name)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return lines.length ? lines : undefined;
    }
    case 'number': {
      const v = first(values, field.name);
      // Anything but a whole number goes to the schema as text, which refuses it in its own words.
      return v === '' ? undefined : /^-?\d{1,9}$/.test(v) ? Number(v) : v;
    }
    default: {
      const v = first(values, field.name);
      return v === '' ? undefined : v;
    }
  }
}

export interface Built {
  data: Record<string, unknown>;
  /** Data path (as "bronnen.0.url") → the control it came from, for error messages after empty rows are dropped. */
  controlOf: Map<string, string>;
}

/**
 * The practice data the form describes. Empty controls are left out, as are groups left entirely empty
 * (an optional contact, an unused source row); rows of a list close up, and `controlOf` remembers
 * which control each value came from.
 */
export function buildEntry(nodes: readonly FormNode[], values: FormValues): Built {
  const data: Record<string, unknown> = {};
  const controlOf = new Map<string, string>();
  const walk = (list: readonly FormNode[], at: (string | number)[]) => {
    for (const node of list) {
      if (node.kind === 'field') {
        const value = valueOf(node, values);
        const path = [...at, node.path.at(-1)!];
        controlOf.set(path.join('.'), node.name);
        if (value !== undefined) setAt(data, path, value);
        continue;
      }
      const filled = formControls(node.children).some((f) => valueOf(f, values) !== undefined);
      const key = node.name.split('.').at(-1)!;
      const rows = node.children.every((c) => c.kind === 'group' && /\.\d+$/.test(c.name));
      if (rows) {
        // A list of objects: the filled rows, numbered anew.
        let index = 0;
        const listPath = [...at, key];
        controlOf.set(listPath.join('.'), formControls(node.children)[0]?.name ?? node.name);
        for (const row of node.children as FormNode[]) {
          if (row.kind !== 'group' || !formControls(row.children).some((f) => valueOf(f, values) !== undefined))
            continue;
          if (index === 0) setAt(data, listPath, []);
          walk(row.children, [...listPath, index]);
          index++;
        }
        continue;
      }
      if (node.optional && !filled) {
        controlOf.set([...at, key].join('.'), formControls(node.children)[0]?.name ?? node.name);
        continue;
      }
      controlOf.set([...at, key].join('.'), formControls(node.children)[0]?.name ?? node.name);
      walk(node.children, [...at, key]);
    }
  };
  walk(nodes, []);
  return { data, controlOf };
}

/** The narrative the submitter wrote, as the practice body under its usual heading. */
export function bodyOf(values: FormValues): string | undefined {
  const text = first(values, BODY_FIELD);
  return text ? `## Wat houdt het in?\n\n${text}\n` : undefined;
}
