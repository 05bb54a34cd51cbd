/**
 * One YAML parser for the check and the build: the loader behind every data collection (list files
 * and folders of YAML) hands Astro exactly the data the content check validated, for every committed
 * file, and it refuses what the check refuses instead of loading an empty collection.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { listLoader } from '../../../src/loaders/list-loader.ts';
import { readCollection } from '../../../src/lib/content/files.ts';
import { contentTypes, collectionNames } from '../../../src/schemas/index.ts';

function fakeContext() {
  const entries = new Map<string, { id: string; data: unknown }>();
  const store = {
    clear: () => entries.clear(),
    set: (e: { id: string; data: unknown }) => (entries.set(e.id, e), true),
  };
  return {
    entries,
    context: {
      store,
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: () => 'd',
      watcher: undefined,
    } as never,
  };
}

const dataCollections = collectionNames.filter((name) => {
  const source = contentTypes[name].source;
  return source.kind === 'list' || source.extension === 'yaml';
});

describe('listLoader', () => {
  it.each(dataCollections)('loads %s from content/ exactly as the content check reads it', async (name) => {
    const type = contentTypes[name] as never;
    const { entries, context } = fakeContext();
    await listLoader(name, type, 'content').load(context);
    const checked = readCollection('content', name, type, []);
    expect(checked.length).toBeGreaterThan(0);
    expect([...entries.values()].map((e) => [e.id, e.data])).toEqual(checked.map((r) => [r.id, r.data]));
  });

  it('refuses an unreadable YAML entry, naming file and line, instead of loading an empty collection', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-list-loader-'));
    try {
      mkdirSync(join(root, 'plannen'));
      writeFileSync(join(root, 'plannen', 'kapot.yaml'), 'titel: Plan\nperiode: [2020,\nnummer: 1\n');
      const { context } = fakeContext();
      await expect(listLoader('plannen', contentTypes.plannen as never, root).load(context)).rejects.toThrow(
        /kapot\.yaml:\d+/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
