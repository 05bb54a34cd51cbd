/**
 * Which serialisation each file under content/ has, bound to the CMS configuration: the field
 * order comes from the collections cms/config.ts derives from the schemas, and the save hook is the
 * very preSave handler of cms/admin-init.js (run here in a sandbox), so the files the tools write
 * are the files the CMS writes. The format itself is src/lib/content/cms-format.ts.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Map as ImmutableMap } from 'immutable';
import { buildCmsConfig } from './config.ts';
import { bodyComponents } from '../src/schemas/body-components.ts';
import { contentTypes, type ContentType } from '../src/schemas/index.ts';
import type { CollectionName } from '../src/schemas/common.ts';
import {
  parseCmsFile,
  serialiseCmsFile,
  firstDifference,
  type EditorData,
  type SerialisationSpec,
} from '../src/lib/content/cms-format.ts';

interface CollectionConfig {
  name: string;
  folder?: string;
  extension?: string;
  format?: string;
  fields?: { name: string }[];
  files?: { file: string; fields: { name: string }[] }[];
}

/** Folders of data files the CMS never opens; each holds JSON written by an import script. */
export const DATA_FOLDERS = ['indicatorwaarden', 'geo'] as const;

/** Files under content/ that are not entries (uploaded images). */
const isMediaFile = (relPath: string) => /^content\/media\//.test(relPath);

/**
 * Every entry and data file below a content folder, sorted, with its path as the CMS names it
 * (content/<folder>/<file>, whatever the folder is called here); uploaded images are left out.
 */
export function contentFiles(root = 'content'): { path: string; rel: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        const stat = lstatSync(path);
        return stat.isDirectory() ? walk(path) : stat.isFile() ? [path] : [];
      });
  return walk(root)
    .map((path) => ({ path, rel: `content/${relative(root, path).replaceAll('\\', '/')}` }))
    .filter(({ rel }) => !isMediaFile(rel));
}

const config = buildCmsConfig({ local: false, today: '2000-01-01' }) as { collections: CollectionConfig[] };

/**
 * The preSave handler of cms/admin-init.js. The script runs against a stand-in `CMS` that records
 * what it registers; nothing of the page (document, React) is needed for the save path.
 */
function loadSaveHook(): (collection: string, data: EditorData) => EditorData {
  const handlers: { name: string; handler: (event: unknown) => unknown }[] = [];
  const noop = () => undefined;
  const CMS = new Proxy(
    { registerEventListener: (listener: (typeof handlers)[number]) => handlers.push(listener) },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : noop) },
  );
  const window = {
    CMS,
    KENNISBANK_CMS_CONFIG: config,
    KENNISBANK_BODY_COMPONENTS: bodyComponents,
    h: noop,
    createClass: (spec: unknown) => spec,
    // The save path's content check (/admin/validate.js) is not what this serialisation is about.
    KENNISBANK_VALIDATE: () => [],
  };
  const source = readFileSync(new URL('./admin-init.js', import.meta.url), 'utf8');
  runInNewContext(source, { window }, { filename: 'cms/admin-init.js' });
  const preSave = handlers.filter((h) => h.name === 'preSave');
  return (collection, data) => {
    // Decap's invokeEvent: each handler gets the entry, a returned value replaces its data.
    let entry = ImmutableMap({ collection, data });
    for (const { handler } of preSave) {
      const result = handler({ entry });
      if (result !== undefined) entry = entry.set('data', result as EditorData);
    }
    return entry.get('data') as EditorData;
  };
}
const saveHook = loadSaveHook();

export interface FileSerialisation extends SerialisationSpec {
  /** The CMS collection the file belongs to; absent for data files the CMS never opens. */
  collection?: string;
}

/** The serialisation of a file, by its path relative to the repository (content/...). */
export function serialisationFor(relPath: string): FileSerialisation | undefined {
  const inner = relPath.replaceAll('\\', '/');
  if (!inner.startsWith('content/')) return undefined;
  for (const c of config.collections) {
    // Imported collections are never saved by the CMS (its save hook refuses them): no hook to run.
    const hook = (contentTypes[c.name as CollectionName] as ContentType | undefined)?.imported
      ? {}
      : { saveHook: (data: EditorData) => saveHook(c.name, data) };
    if (c.files) {
      const file = c.files.find((f) => f.file === inner);
      if (!file) continue;
      const ext = inner.split('.').pop();
      return {
        collection: c.name,
        format: ext === 'json' ? 'json' : 'yaml',
        fieldOrder: file.fields.map((f) => f.name),
        ...hook,
      };
    }
    if (c.folder && inner.startsWith(`${c.folder}/`) && !inner.slice(c.folder.length + 1).includes('/')) {
      if (!inner.endsWith(`.${c.extension}`)) continue;
      return {
        collection: c.name,
        format: c.format === 'yaml' ? 'yaml' : 'frontmatter',
        fieldOrder: (c.fields ?? []).map((f) => f.name),
        ...hook,
      };
    }
  }
  if (DATA_FOLDERS.some((d) => new RegExp(`^content/${d}/[^/]+\\.json$`).test(inner)))
    return { format: 'data-json', fieldOrder: [] };
  return undefined;
}

/** The bytes the CMS would write for this file's content. Throws with the file's name when unreadable. */
export function canonicalText(relPath: string, text: string): string {
  const spec = serialisationFor(relPath);
  if (!spec) throw new Error(`${relPath}: geen bekende opslagvorm (geen CMS-collectie of gegevensmap)`);
  let data: Record<string, unknown>;
  try {
    data = parseCmsFile(text, spec.format);
  } catch (err) {
    throw new Error(`${relPath}: onleesbaar als ${spec.format}: ${(err as Error).message}`, { cause: err });
  }
  return serialiseCmsFile(data, spec);
}

/** Reads a content file as the CMS reads it (for import scripts that change part of an entry). */
export function parseFor(relPath: string, text: string): Record<string, unknown> {
  const spec = serialisationFor(relPath);
  if (!spec) throw new Error(`${relPath}: geen bekende opslagvorm (geen CMS-collectie of gegevensmap)`);
  return parseCmsFile(text, spec.format);
}

/** Writes data for a content file as the CMS saves it (for import scripts). */
export function serialiseFor(relPath: string, data: Record<string, unknown>): string {
  const spec = serialisationFor(relPath);
  if (!spec) throw new Error(`${relPath}: geen bekende opslagvorm (geen CMS-collectie of gegevensmap)`);
  return serialiseCmsFile(data, spec);
}

/** A message naming the file and its first line that differs from the CMS serialisation, or undefined. */
export function serialisationProblem(relPath: string, text: string): string | undefined {
  const expected = canonicalText(relPath, text);
  const diff = firstDifference(text, expected);
  if (!diff) return undefined;
  const show = (line: string | undefined) => (line === undefined ? '(geen regel)' : JSON.stringify(line));
  return `${relPath}:${diff.line} — staat niet in de opslagvorm van het CMS: regel ${diff.line} is ${show(diff.actual)}, verwacht ${show(diff.expected)}. Voer npm run format:content uit.`;
}
