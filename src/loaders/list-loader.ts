/**
 * Loads a collection of data records: one list file (JSON or YAML) or a folder of YAML files. It
 * reads through src/lib/content/files.ts, the same parser and limits as the content check, so a
 * value the check accepts is the value the site is built from (Astro's own glob and file loaders
 * parse YAML with another library, and only log an unreadable file, yielding an empty collection).
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { readCollection, type FileCache } from '../lib/content/files.ts';
import { formatProblems, type Problem } from '../lib/content/validation.ts';
import type { ContentType, FolderSource, ListSource } from '../schemas/index.ts';

export function listLoader(
  name: string,
  type: ContentType & { source: ListSource | FolderSource },
  root: string,
  cache?: FileCache,
): Loader {
  const where = type.source.kind === 'list' ? type.source.file : `${type.source.dir}/`;
  return {
    name: `list:${name}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const problems: Problem[] = [];
      const records = readCollection(root, name, type, problems, process.cwd(), cache);
      if (problems.length) throw new Error(`Kan ${where} niet lezen:\n${formatProblems(problems)}`);
      store.clear();
      for (const record of records) {
        const data = await parseData({
          id: record.id,
          data: record.data as Record<string, unknown>,
          filePath: record.file,
        });
        store.set({ id: record.id, data, digest: generateDigest(data), filePath: record.file });
      }
      watcher?.add(join(root, where));
    },
  };
}
