/**
 * Loads a collection kept as one list file (JSON or YAML). Unlike Astro's `file()` loader, which
 * only logs an unreadable file and yields an empty collection, this throws, naming the file.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { readCollection } from '../lib/content/files.ts';
import { formatProblems, type Problem } from '../lib/content/validation.ts';
import type { ContentType, ListSource } from '../schemas/index.ts';

export function listLoader(name: string, type: ContentType & { source: ListSource }, root: string): Loader {
  return {
    name: `list:${name}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const problems: Problem[] = [];
      const records = readCollection(root, name, type, problems);
      if (problems.length) throw new Error(`Kan ${type.source.file} niet lezen:\n${formatProblems(problems)}`);
      store.clear();
      for (const record of records) {
        const data = await parseData({ id: record.id, data: record.data as Record<string, unknown>, filePath: record.file });
        store.set({ id: record.id, data, digest: generateDigest(data), filePath: record.file });
      }
      watcher?.add(join(root, type.source.file));
    },
  };
}
