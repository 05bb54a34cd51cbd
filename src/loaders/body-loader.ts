/**
 * Loads a folder of Markdown/MDX entries and renders each body to HTML right here, with the
 * restricted renderer of src/lib/content/body-render.ts. Astro's glob loader would compile every `.mdx`
 * file into its own JavaScript module, which dominated build time and memory at thousands of
 * practices. Unchanged files (same digest) keep their stored rendering between builds.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { readCollection, type FileCache } from '../lib/content/files.ts';
import { formatProblems, type Problem } from '../lib/content/validation.ts';
import { renderBody, BodyRenderError } from '../lib/content/body-render.ts';
import type { ContentType, FolderSource } from '../schemas/index.ts';

/** `cache` (optional) lets a long-lived caller parse only the files that changed since its last load. */
export function bodyLoader(
  name: string,
  type: ContentType & { source: FolderSource },
  root: string,
  cache?: FileCache,
): Loader {
  const format = type.source.extension === 'mdx' ? 'mdx' : 'md';
  return {
    name: `body:${name}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const problems: Problem[] = [];
      const records = readCollection(root, name, type, problems, process.cwd(), cache);
      if (problems.length) throw new Error(`Kan ${type.source.dir}/ niet lezen:\n${formatProblems(problems)}`);
      const seen = new Set<string>();
      for (const record of records) {
        seen.add(record.id);
        const body = record.body ?? '';
        const digest = generateDigest({ data: record.data as Record<string, unknown>, body });
        if (store.get(record.id)?.digest === digest) continue;
        const data = await parseData({
          id: record.id,
          data: record.data as Record<string, unknown>,
          filePath: record.file,
        });
        let rendered;
        try {
          rendered = renderBody(body, format);
        } catch (err) {
          if (!(err instanceof BodyRenderError)) throw err;
          const line = err.line === undefined ? undefined : (record.bodyLine ?? 1) + err.line - 1;
          throw new Error(`${record.file}${line ? `:${line}` : ''} — body («Tekst»): ${err.message}`, { cause: err });
        }
        store.set({
          id: record.id,
          data,
          body,
          filePath: record.file,
          digest,
          rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
        });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      watcher?.add(join(root, type.source.dir));
    },
  };
}
