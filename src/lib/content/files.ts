/**
 * Reads the content tree into records that remember where each value stands in its file, so every
 * error can name file, line and field. YAML, JSON and Markdown/MDX front matter are supported.
 */
import { readdirSync, readFileSync, existsSync, statSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative, extname, basename, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentType } from '../../schemas/index.ts';
import { CONTENT_LIMITS, depthOf } from './limits.ts';

export { formatPath, type Problem, type ContentRecord } from './problem.ts';
import type { Problem, ContentRecord } from './problem.ts';

/**
 * Parses YAML with the one parser the check and the build share (the loaders read through this
 * module too). Syntax errors carry their real line; an alias bomb (a few lines that expand to
 * millions of values) and nesting deeper than the stated limit become problems instead of a crash.
 */
function yamlDoc(text: string, file: string, lineOffset: number, problems: Problem[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line) + lineOffset;
  for (const err of doc.errors) {
    problems.push({ file, line: lineAt(err.pos?.[0]), field: '', message: `Onleesbare YAML: ${err.message.split('\n')[0]}` });
  }
  const lineOf = (path: readonly (string | number)[], base: readonly (string | number)[] = []) => lineIn(doc, lineCounter, [...base, ...path], lineOffset);
  let data: unknown;
  let ok = doc.errors.length === 0;
  if (ok) {
    try {
      data = doc.toJS({ maxAliasCount: CONTENT_LIMITS.yamlAliases });
    } catch (err) {
      ok = false;
      const message = err instanceof ReferenceError && /alias/i.test(err.message)
        ? `Te veel verwijzingen (YAML-aliassen, *naam): meer dan ${CONTENT_LIMITS.yamlAliases}. Schrijf de waarden gewoon uit`
        : `Onleesbare YAML: ${(err as Error).message.split('\n')[0]}`;
      problems.push({ file, line: lineAt(0), field: '', message });
    }
  }
  if (ok && depthOf(data) > CONTENT_LIMITS.depth) {
    ok = false;
    problems.push({ file, line: lineAt(0), field: '', message: `Te diep genest: meer dan ${CONTENT_LIMITS.depth} niveaus van lijsten en velden in elkaar` });
  }
  return { doc, data, lineOf, ok };
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
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const kib = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/**
 * Reads a content file as UTF-8 text, refusing what is not (a file saved as UTF-16 or Latin-1 would
 * otherwise turn into replacement characters without a word) and what is larger than `limit` bytes.
 */
function readText(bytes: Buffer, file: string, limit: number, problems: Problem[]): string | undefined {
  if (bytes.length > limit) {
    problems.push({ file, line: 1, field: '', message: `Bestand te groot: ${kib(bytes.length)}, de grens is ${kib(limit)}` });
    return undefined;
  }
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    problems.push({ file, line: 1, field: '', message: 'Geen geldige UTF-8-tekst: bewaar het bestand als UTF-8' });
    return undefined;
  }
}

/**
 * What each file parsed into, by its exact bytes: a check of a tree where few files changed parses only
 * those (the rebuild loop of `npm start` checks every snapshot). Records come back as the same objects,
 * so per-record results can be remembered too (see validateContentTree).
 */
export type FileCache = Map<string, { bytes: Buffer; records: ContentRecord[]; problems: Problem[] }>;

function readOnce(
  path: string,
  _file: string,
  cwd: string,
  cache: FileCache | undefined,
  problems: Problem[],
  records: ContentRecord[],
  parse: (bytes: Buffer, problems: Problem[], records: ContentRecord[]) => void,
): void {
  const bytes = readFileSync(path);
  const key = `${cwd}\0${path}`;
  let hit = cache?.get(key);
  if (!hit || !hit.bytes.equals(bytes)) {
    hit = { bytes, records: [], problems: [] };
    parse(bytes, hit.problems, hit.records);
    cache?.set(key, hit);
  }
  problems.push(...hit.problems);
  records.push(...hit.records);
}

/** Reads all records of one content type below `root`. Unreadable files become problems. */
export function readCollection(root: string, name: string, type: ContentType, problems: Problem[], cwd = process.cwd(), cache?: FileCache): ContentRecord[] {
  const source = type.source;
  const records: ContentRecord[] = [];
  if (source.kind === 'list') {
    const path = join(root, source.file);
    const file = relative(cwd, path);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: `Bestand ontbreekt (verwacht een lijst van ${type.label.toLowerCase()})` });
      return records;
    }
    readOnce(path, file, cwd, cache, problems, records, (bytes, problems, records) => {
      const text = readText(bytes, file, CONTENT_LIMITS.listFileBytes, problems);
      if (text === undefined) return;
      const parsed = extname(path) === '.json' ? readJson(text, file, problems) : yamlDoc(text, file, 0, problems);
      if (!parsed?.ok) return;
      const top = parsed.data;
      const data = top && typeof top === 'object' && !Array.isArray(top) && Object.hasOwn(top, source.key) ? (top as Record<string, unknown>)[source.key] : undefined;
      if (!Array.isArray(data)) {
        problems.push({ file, line: 1, field: source.key, message: `Verwacht een lijst onder de sleutel "${source.key}:" (elk item begint met "- ")` });
        return;
      }
      for (const key of Object.keys(top as object)) {
        if (key !== source.key) problems.push({ file, line: parsed.lineOf([key]), field: key, message: `Onbekende sleutel "${key}"; dit bestand heeft alleen "${source.key}"` });
      }
      data.forEach((item, i) => {
        const rawId = item && typeof item === 'object' && Object.hasOwn(item, source.idField) ? (item as Record<string, unknown>)[source.idField] : undefined;
        records.push({
          collection: name,
          id: typeof rawId === 'string' ? rawId : `#${i + 1}`,
          file,
          data: item,
          lineOf: (p) => parsed.lineOf(p, [source.key, i]),
        });
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
    readOnce(path, file, cwd, cache, problems, records, (bytes, problems, records) => {
      if (source.extension === 'yaml') {
        const text = readText(bytes, file, CONTENT_LIMITS.frontMatterBytes, problems);
        const parsed = text === undefined ? undefined : yamlDoc(text, file, 0, problems);
        if (!parsed?.ok) return;
        records.push({ collection: name, id, file, data: parsed.data ?? {}, lineOf: (p) => parsed.lineOf(p) });
        return;
      }
      const text = readText(bytes, file, CONTENT_LIMITS.frontMatterBytes + CONTENT_LIMITS.bodyBytes, problems);
      if (text === undefined) return;
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, line: 1, field: '', message: 'Front matter ontbreekt: het bestand moet beginnen met een blok tussen twee regels "---"' });
        return;
      }
      const bodyLine = match[0].split('\n').length;
      const body = text.slice(match[0].length);
      if (Buffer.byteLength(match[1]) > CONTENT_LIMITS.frontMatterBytes) {
        problems.push({ file, line: 1, field: '', message: `Front matter te groot: ${kib(Buffer.byteLength(match[1]))}, de grens is ${kib(CONTENT_LIMITS.frontMatterBytes)}` });
        return;
      }
      if (Buffer.byteLength(body) > CONTENT_LIMITS.bodyBytes) {
        problems.push({ file, line: bodyLine, field: 'body', message: `Tekst te lang: ${kib(Buffer.byteLength(body))}, de grens is ${kib(CONTENT_LIMITS.bodyBytes)}; splits de praktijk of verwijs naar een document` });
        return;
      }
      const parsed = yamlDoc(match[1], file, 1, problems);
      if (!parsed.ok) return;
      records.push({ collection: name, id, file, data: parsed.data ?? {}, body, bodyLine, lineOf: (p) => parsed.lineOf(p) });
    });
  }
  return records;
}

/**
 * Symbolic links under `dir` that lead outside `boundary` (the repository): the build would publish
 * whatever they point at (a home folder, /etc/passwd), so each one is a problem.
 */
export function linksOutside(dir: string, boundary: string, cwd = process.cwd()): Problem[] {
  if (!existsSync(dir)) return [];
  const allowed = [realpathSync(boundary), realpathSync(dir)];
  const problems: Problem[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!lstatSync(path).isSymbolicLink()) continue;
    let target: string | undefined;
    try {
      target = realpathSync(path);
    } catch {
      target = undefined;
    }
    if (target && allowed.some((inside) => target === inside || target.startsWith(inside + sep))) continue;
    problems.push({ file: relative(cwd, path), field: '', message: `Symbolische link naar ${target ?? 'een bestand dat niet bestaat'}, buiten de repository: zo'n link wordt niet gepubliceerd. Zet het bestand zelf in de map` });
  }
  return problems;
}
