import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { bodyLoader } from '../../../src/loaders/body-loader.ts';
import { contentTypes } from '../../../src/schemas/index.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-body-loader-'));
  mkdirSync(join(root, 'praktijken'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakeContext() {
  type Stored = {
    id: string;
    digest?: string | number;
    rendered?: { html: string; metadata?: { headings?: unknown[] } };
  };
  const entries = new Map<string, Stored>();
  let renders = 0;
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      renders++;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
  const context = {
    store,
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (v: unknown) => JSON.stringify(v),
    watcher: undefined,
  };
  return { entries, context: context as never, renders: () => renders };
}

const type = contentTypes.praktijken as typeof contentTypes.praktijken & {
  source: { kind: 'folder'; dir: string; extension: 'mdx' };
};
const write = (id: string, body: string) =>
  writeFileSync(join(root, 'praktijken', `${id}.mdx`), `---\ntitel: ${id}\n---\n\n${body}\n`);

describe('bodyLoader', () => {
  it('stores each body rendered to HTML with its headings, skips unchanged files and drops removed ones', async () => {
    write('een', '## Aanpak\n\n<Kader titel="Tip">\nKlein beginnen.\n</Kader>');
    write('twee', 'Gewone tekst.');
    const { entries, context, renders } = fakeContext();
    const loader = bodyLoader('praktijken', type, root);
    await loader.load(context);
    expect(entries.get('een')?.rendered?.html).toContain('<h2 id="tekst-aanpak">Aanpak</h2>');
    expect(entries.get('een')?.rendered?.html).toContain('<aside class="kader kader--info">');
    expect(entries.get('een')?.rendered?.metadata?.headings).toEqual([
      { depth: 2, slug: 'tekst-aanpak', text: 'Aanpak' },
    ]);
    expect(renders()).toBe(2);

    rmSync(join(root, 'praktijken', 'twee.mdx'));
    await loader.load(context);
    expect(renders()).toBe(2);
    expect([...entries.keys()]).toEqual(['een']);
  });

  it('fails naming the file, the line in the file and the field when a body is outside the allowed subset', async () => {
    write('fout', 'Eerste regel.\n\n<Script>alert(1)</Script>');
    const { context } = fakeContext();
    const file = relative(process.cwd(), join(root, 'praktijken', 'fout.mdx'));
    await expect(bodyLoader('praktijken', type, root).load(context)).rejects.toThrow(
      `${file}:7 — body («Tekst»): onbekende component <Script>`,
    );
  });
});
