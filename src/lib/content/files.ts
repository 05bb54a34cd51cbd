/**
 * Reads the content tree into records that remember where each value stands in its file, so every
 * error can name file, line and field. YAML, JSON and Markdown/MDX front matter are supported.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentType } from '../../schemas/index.ts';

export interface Problem {
  file: string;
  line?: number;
  /** Data path, e.g. "bronnen[0].url"; empty for file-level problems. */
  field: string;
  message: string;
}

export interface ContentRecord {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  /** Markdown/MDX body, when the type has one. */
  body?: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine?: number;
  /** Line of a data path within the file, best effort. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function yamlDoc(text: string, file: string, lineOffset: number, problems: Problem[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const err of doc.errors) {
    problems.push({ file, line: (err.linePos?.[0].line ?? 1) + lineOffset, field: '', message: `Onleesbare YAML: ${err.message.split('\n')[0]}` });
  }
  const lineOf = (path: readonly (string | number)[], base: readonly (string | number)[] = []) => lineIn(doc, lineCounter, [...base, ...path], lineOffset);
  return { doc, lineOf, ok: doc.errors.length === 0 };
}

function lineIn(doc: Document, counter: LineCounter, path: readonly (string | number)[], offset: number): number | undefined {
  // Walk up to the deepest existing node so a missing field points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

function readJson(text: string, file: string, problems: Problem[]) {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    problems.push({ file, line, field: '', message: `Onleesbare JSON: ${message}` });
    return undefined;
  }
  // JSON is YAML 1.2, so the YAML parser gives the line map.
  return yamlDoc(text, file, 0, problems);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads all records of one content type below `root`. Unreadable files become problems. */
export function readCollection(root: string, name: string, type: ContentType, problems: Problem[], cwd = process.cwd()): ContentRecord[] {
  const source = type.source;
  const records: ContentRecord[] = [];
  if (source.kind === 'list') {
    const path = join(root, source.file);
    const file = relative(cwd, path);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: `Bestand ontbreekt (verwacht een lijst van ${type.label.toLowerCase()})` });
      return records;
    }
    const text = readFileSync(path, 'utf8');
    const parsed = extname(path) === '.json' ? readJson(text, file, problems) : yamlDoc(text, file, 0, problems);
    if (!parsed?.ok) return records;
    const top = parsed.doc.toJS();
    const data = top && typeof top === 'object' && !Array.isArray(top) ? (top as Record<string, unknown>)[source.key] : undefined;
    if (!Array.isArray(data)) {
      problems.push({ file, line: 1, field: source.key, message: `Verwacht een lijst onder de sleutel "${source.key}:" (elk item begint met "- ")` });
      return records;
    }
    for (const key of Object.keys(top)) {
      if (key !== source.key) problems.push({ file, line: parsed.lineOf([key]), field: key, message: `Onbekende sleutel "${key}"; dit bestand heeft alleen "${source.key}"` });
    }
    data.forEach((item, i) => {
      const rawId = item && typeof item === 'object' ? (item as Record<string, unknown>)[source.idField] : undefined;
      records.push({
        collection: name,
        id: typeof rawId === 'string' ? rawId : `#${i + 1}`,
        file,
        data: item,
        lineOf: (p) => parsed.lineOf(p, [source.key, i]),
      });
    });
    return records;
  }
  const dir = join(root, source.dir);
  if (!existsSync(dir)) return records;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!statSync(path).isFile() || entry.startsWith('.')) continue;
    const file = relative(cwd, path);
    const ext = extname(entry).slice(1);
    const normalisedExt = ext === 'yml' ? 'yaml' : ext;
    if (normalisedExt !== source.extension) {
      problems.push({ file, field: '', message: `Onverwacht bestandstype ".${ext}": in deze map horen .${source.extension}-bestanden` });
      continue;
    }
    const id = basename(entry, extname(entry));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, field: '', message: 'Bestandsnaam: gebruik kleine letters, cijfers en koppeltekens (die naam wordt het webadres)' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (source.extension === 'yaml') {
      const parsed = yamlDoc(text, file, 0, problems);
      if (!parsed.ok) continue;
      records.push({ collection: name, id, file, data: parsed.doc.toJS() ?? {}, lineOf: (p) => parsed.lineOf(p) });
      continue;
    }
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({ file, line: 1, field: '', message: 'Front matter ontbreekt: het bestand moet beginnen met een blok tussen twee regels "---"' });
      continue;
    }
    const parsed = yamlDoc(match[1], file, 1, problems);
    if (!parsed.ok) continue;
    const bodyLine = match[0].split('\n').length;
    records.push({ collection: name, id, file, data: parsed.doc.toJS() ?? {}, body: text.slice(match[0].length), bodyLine, lineOf: (p) => parsed.lineOf(p) });
  }
  return records;
}
