/**
 * Finds broken internal links and anchors in a built site: every href/src that points into the
 * site must resolve to a file, and every #fragment to an id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../src/lib/shared/files.ts';
import { startTags } from '../src/lib/shared/html-tags.ts';

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

/** Every href and src of the page's elements (entities decoded), in document order. */
export function extractLinks(html: string): string[] {
  return startTags(html).flatMap((t) => ['href', 'src'].flatMap((a) => (t.attrs.has(a) ? [t.attrs.get(a)!] : [])));
}

/** The ids (and legacy <a name> anchors) a #fragment can point at. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const t of startTags(html)) {
    if (t.attrs.has('id')) ids.add(t.attrs.get('id')!);
    if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name')!);
  }
  return ids;
}

/** Maps a site path to the file that serves it, as the static server does. */
export function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

export function checkLinks(
  root: string,
  options: { skip?: RegExp } = {},
): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = filesUnder(root)
    .filter((f) => f.endsWith('.html') && !options.skip?.test('/' + f))
    .map((f) => join(root, f));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, extractIds(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const pagePath = '/' + relative(root, file).replace(/index\.html$/, '');
    for (const raw of extractLinks(readFileSync(file, 'utf8'))) {
      if (/^(https?:|mailto:|tel:|data:)/i.test(raw) || raw.startsWith('//')) continue;
      links++;
      const url = new URL(raw, `http://site${pagePath}`);
      const target = url.pathname === pagePath && raw.startsWith('#') ? file : fileFor(root, url.pathname);
      if (!target) {
        broken.push({ page: pagePath, target: raw, reason: 'pagina of bestand bestaat niet' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push({ page: pagePath, target: raw, reason: `anker #${fragment} bestaat niet op de doelpagina` });
    }
  }
  return { pages: pages.length, links, broken };
}
