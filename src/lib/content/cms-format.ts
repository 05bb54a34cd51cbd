/**
 * Content files in exactly the bytes Decap CMS writes them, so that opening and saving an entry
 * without changes leaves `git diff` empty.
 *
 * This follows what the Decap bundle in node_modules/decap-cms/dist does when it saves an entry
 * (decap-cms-core 3.19 `backend.entryToRaw`, `formats/yaml`, `formats/frontmatter`, `formats/json`):
 *
 * 1. The file is parsed by Decap's own parsers: `yaml` 1.10.2 (the version the bundle carries,
 *    installed here as `yaml-decap`) with Decap's timestamp tag, front matter through gray-matter
 *    4.0.3 (the body is everything after the closing `---` and one line break).
 * 2. The data becomes an Immutable 4.3.9 map (`fromJS`), as in the editor's state. An object with
 *    more than 8 keys is then a hashed map: its keys come back in hash order, not in file order.
 * 3. The CMS's own preSave hook runs (cms/admin-init.js: empty optional fields are left out).
 * 4. `toJS()`, then the top-level keys are sorted in the order of the collection's fields (Decap's
 *    comparator, which leaves unknown keys where the sort puts them); nested keys keep the order of
 *    step 2.
 * 5. YAML is written by `yaml` 1.10.2 with its defaults (plain scalars where possible, folded at 80
 *    columns, block lists); front matter as `---\n<yaml>\n---\n<body>`; JSON with
 *    `JSON.stringify(data, null, 2)`. The file always ends with a line break.
 *
 * Data files the CMS never opens (indicator values, boundaries) use {@link dataJson}: one record
 * a line, so an import's diff shows the rows that changed.
 */
import YAML from 'yaml-decap';
import matter from 'gray-matter';
import { fromJS } from 'immutable';

/** How one content file is stored. */
export type CmsFormat = 'yaml' | 'frontmatter' | 'json' | 'data-json';

/** The Immutable value Decap keeps in its editor state; opaque here, only the save hook looks inside. */
export type EditorData = unknown;

export interface SerialisationSpec {
  format: CmsFormat;
  /** The collection's field names in form order (Decap sorts the top-level keys by them). */
  fieldOrder: readonly string[];
  /** The CMS's preSave hook on the editor data (Immutable); absent for files the CMS never saves. */
  saveHook?: (data: EditorData) => EditorData;
}

/** Decap's `!timestamp` tag (formats/yaml.ts): a full UTC time becomes a Date, a plain date stays a string. */
const timestampTag = {
  identify: (value: unknown) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (str: string) => new Date(str),
  stringify: (node: { value: unknown }) => (node.value as Date).toISOString(),
};

/** Decap's key comparator (formats/helpers.ts), kept as it is: keys outside the list compare equal to all. */
function sortKeys(sortedKeys: readonly string[]) {
  return (a: { key?: unknown }, b: { key?: unknown }) => {
    const idxA = sortedKeys.indexOf(String(a.key));
    const idxB = sortedKeys.indexOf(String(b.key));
    if (idxA === -1 || idxB === -1) return 0;
    if (idxA > idxB) return 1;
    if (idxA < idxB) return -1;
    return 0;
  };
}

export class CmsFormatError extends Error {}

function yamlFromFile(content: string): unknown {
  if (content && content.trim().endsWith('---')) content = content.trim().slice(0, -3);
  const doc = YAML.parseDocument(content, { customTags: [timestampTag], prettyErrors: true } as never);
  if (doc.errors.length > 0) throw new CmsFormatError(doc.errors.map((e) => e.message.split('\n')[0]).join('; '));
  return doc.toJSON();
}

function yamlToFile(data: object, sortedKeys: readonly string[]): string {
  const contents = YAML.createNode(data) as unknown as { items: { key?: unknown }[] };
  contents.items.sort(sortKeys(sortedKeys));
  const doc = new YAML.Document();
  doc.contents = contents as never;
  return doc.toString();
}

/** gray-matter's engine for YAML, as Decap registers it (formats/frontmatter.ts). */
const engines = {
  yaml: {
    parse: (input: string) => yamlFromFile(input) as object,
    stringify: (metadata: object, opts?: { sortedKeys?: string[] }) => yamlToFile(metadata, opts?.sortedKeys ?? []),
  },
};
const frontmatterOptions = { engines, language: 'yaml', delimiters: '---' } as const;

/** Reads a file as Decap does. Throws CmsFormatError (or SyntaxError for JSON) when it cannot. */
export function parseCmsFile(text: string, format: CmsFormat): Record<string, unknown> {
  switch (format) {
    case 'yaml':
      return yamlFromFile(text) as Record<string, unknown>;
    case 'frontmatter': {
      if (text.split('\n', 1)[0].trim() !== '---')
        throw new CmsFormatError('verwacht front matter die begint met een regel "---"');
      const result = matter(text, frontmatterOptions as never);
      return { ...result.data, ...(result.content.trim() && { body: result.content }) };
    }
    case 'json':
    case 'data-json':
      return JSON.parse(text) as Record<string, unknown>;
  }
}

/**
 * Fields a script left `undefined` are left out, as JSON.stringify does: data read from a file never
 * holds `undefined`, so this only concerns imports (yaml 1.10 would write them as `null`).
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}

/** What the editor hands to the serialiser: Immutable round trip, then the save hook. */
function asSaved(data: Record<string, unknown>, saveHook: SerialisationSpec['saveHook']): Record<string, unknown> {
  let state: EditorData = fromJS(withoutUndefined(data));
  if (saveHook) state = saveHook(state);
  return (state as unknown as { toJS(): Record<string, unknown> }).toJS();
}

/** Writes data as Decap saves it (or, for data-json, as the imports write it). */
export function serialiseCmsFile(data: Record<string, unknown>, spec: SerialisationSpec): string {
  let content: string;
  switch (spec.format) {
    case 'data-json':
      return dataJson(data);
    case 'json':
      content = JSON.stringify(asSaved(data, spec.saveHook), null, 2);
      break;
    case 'yaml':
      content = yamlToFile(asSaved(data, spec.saveHook), spec.fieldOrder);
      break;
    case 'frontmatter': {
      const { body = '', ...meta } = asSaved(data, spec.saveHook) as { body?: string };
      const file = matter.stringify(body, meta, { ...frontmatterOptions, sortedKeys: spec.fieldOrder } as never);
      // Decap drops the line break gray-matter adds after a body that has none of its own.
      content = body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
      break;
    }
  }
  return content.slice(-1) !== '\n' ? content + '\n' : content;
}

/**
 * A data file the CMS never opens: a JSON object whose lists and maps hold one record a line.
 * `{"indicator":"x","rijen":[\n{...},\n{...}\n]}` — valid JSON, and a changed row is a changed line.
 */
export function dataJson(data: Record<string, unknown>): string {
  const block = (value: unknown): string => {
    if (Array.isArray(value))
      return value.length ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : '[]';
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      return entries.length ? `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}` : '{}';
    }
    return JSON.stringify(value);
  };
  return `{${Object.entries(data)
    .map(([k, v]) => `${JSON.stringify(k)}:${block(v)}`)
    .join(',')}}\n`;
}

/** The first line where two texts differ (1-based), with both versions of that line. */
export function firstDifference(
  actual: string,
  expected: string,
): { line: number; actual: string | undefined; expected: string | undefined } | undefined {
  if (actual === expected) return undefined;
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++)
    if (a[i] !== e[i]) return { line: i + 1, actual: a[i], expected: e[i] };
  return undefined;
}
