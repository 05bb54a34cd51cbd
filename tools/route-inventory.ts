/**
 * The page types of the built site: every HTML file of `dist/` mapped back to the `src/pages` route that
 * made it, with a few sample pages per route (the first, the largest and a typical one). The browser
 * suite checks the samples, so a page type added later is checked without editing a list of URLs.
 *
 * The mapping follows Astro's file-based routing with `build.format: 'directory'`: `index` names the
 * folder, `[param]` matches one path segment (also inside a segment, `[a]-[b]`), `[...rest]` zero or
 * more, files and folders starting with `_` are no routes, and a static segment beats a parameter,
 * which beats a rest parameter.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../src/lib/shared/files.ts';

/** Source files under src/pages that render HTML pages (endpoints such as feed.xml.ts render data files). */
const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;

type SegmentKind = 'static' | 'param' | 'rest';
interface Segment {
  kind: SegmentKind;
  /** Matches the URL segment (or, for a rest segment, the joined remaining segments). */
  pattern: RegExp;
}

export interface Route {
  /** The route as Astro writes it, e.g. "/gemeenten/[nis]/". */
  pattern: string;
  /** The source file relative to src/pages, e.g. "gemeenten/[nis].astro". */
  source: string;
  segments: Segment[];
}

export interface BuiltPage {
  /** Path of the HTML file relative to dist/, e.g. "gemeenten/11001/index.html". */
  file: string;
  bytes: number;
}

export type SampleReason = 'first' | 'largest' | 'typical';
export interface SamplePage {
  url: string;
  file: string;
  bytes: number;
  reasons: SampleReason[];
}

export interface RouteGroup {
  /** The route pattern, or the file's own URL for HTML that no route made (an integration, public/). */
  pattern: string;
  source: string | null;
  pages: BuiltPage[];
  samples: SamplePage[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseSegment(segment: string): Segment {
  const rest = /^\[\.\.\.[^\]]+\]$/.exec(segment);
  if (rest) return { kind: 'rest', pattern: /^.*$/ };
  if (!segment.includes('[')) return { kind: 'static', pattern: new RegExp(`^${escapeRegExp(segment)}$`) };
  // A segment with parameters, possibly mixed with text: "[a]-[b]", "pagina-[n]".
  const source = segment
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return { kind: 'param', pattern: new RegExp(`^${source}$`) };
}

/**
 * The route of one file under src/pages ("praktijken/[id].astro" → "/praktijken/[id]/"), or null when
 * the file makes no HTML page (an endpoint, or a name starting with "_").
 */
export function routeOfPageFile(source: string): Route | null {
  if (!PAGE_EXTENSIONS.test(source)) return null;
  const parts = source.replace(PAGE_EXTENSIONS, '').split('/');
  if (parts.some((part) => part.startsWith('_'))) return null;
  if (parts.at(-1) === 'index') parts.pop();
  const pattern = parts.length === 0 ? '/' : `/${parts.join('/')}/`;
  return { pattern, source, segments: parts.map(parseSegment) };
}

/** The address of a built HTML file: "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function urlOfHtmlFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The path segments a route is matched against ("/404.html" is the page of "404.astro"). */
function segmentsOfUrl(url: string): string[] {
  return url
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
}

function matches(route: Route, urlSegments: string[]): boolean {
  const match = (i: number, j: number): boolean => {
    if (i === route.segments.length) return j === urlSegments.length;
    const segment = route.segments[i];
    if (segment.kind === 'rest') {
      // Zero or more segments; try every split so a rest parameter may also sit before static segments.
      for (let end = j; end <= urlSegments.length; end++) if (match(i + 1, end)) return true;
      return false;
    }
    return j < urlSegments.length && segment.pattern.test(urlSegments[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

const KIND_RANK: Record<SegmentKind, number> = { static: 0, param: 1, rest: 2 };

/** Negative when route a is more specific than b, as Astro picks between routes that both match. */
export function compareSpecificity(a: Route, b: Route): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const ka = a.segments[i];
    const kb = b.segments[i];
    if (!ka || !kb) return ka ? -1 : 1;
    const difference = KIND_RANK[ka.kind] - KIND_RANK[kb.kind];
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The most specific route that makes this URL, or null when none does. */
export function routeOfUrl(routes: Route[], url: string): Route | null {
  const segments = segmentsOfUrl(url);
  const candidates = routes.filter((route) => matches(route, segments)).sort(compareSpecificity);
  return candidates[0] ?? null;
}

const byUrl = new Intl.Collator('nl-BE', { numeric: true }).compare;

/**
 * The first page (by address, numbers in numeric order), the largest, and the typical one (median size);
 * one sample with several reasons where they coincide.
 */
export function samplePages(pages: BuiltPage[]): SamplePage[] {
  if (pages.length === 0) return [];
  const inOrder = [...pages].sort((a, b) => byUrl(urlOfHtmlFile(a.file), urlOfHtmlFile(b.file)));
  const bySize = [...inOrder].sort((a, b) => a.bytes - b.bytes);
  const picks: [SampleReason, BuiltPage][] = [
    ['first', inOrder[0]],
    ['largest', bySize.at(-1)!],
    ['typical', bySize[Math.floor((bySize.length - 1) / 2)]],
  ];
  const samples = new Map<string, SamplePage>();
  for (const [reason, page] of picks) {
    const sample = samples.get(page.file);
    if (sample) sample.reasons.push(reason);
    else
      samples.set(page.file, { url: urlOfHtmlFile(page.file), file: page.file, bytes: page.bytes, reasons: [reason] });
  }
  return [...samples.values()];
}

/**
 * Groups the built HTML pages by the route that made them, in route order. HTML that no route made
 * (written by an integration or copied from public/) forms a group of its own per file, so it is
 * checked too rather than silently left out.
 */
export function routeInventory(pageFiles: string[], builtPages: BuiltPage[]): RouteGroup[] {
  const routes = pageFiles.map(routeOfPageFile).filter((route): route is Route => route !== null);
  const groups = new Map<string, RouteGroup>();
  for (const page of builtPages) {
    const url = urlOfHtmlFile(page.file);
    const route = routeOfUrl(routes, url);
    const key = route?.pattern ?? url;
    const group = groups.get(key) ?? { pattern: key, source: route?.source ?? null, pages: [], samples: [] };
    group.pages.push(page);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.samples = samplePages(group.pages);
  return [...groups.values()].sort((a, b) => byUrl(a.pattern, b.pattern));
}

/** The inventory of a project folder's build: src/pages against dist/ (or another output folder). */
export function readRouteInventory(root: string, outDir = 'dist'): RouteGroup[] {
  const dist = join(root, outDir);
  const builtPages = filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, bytes: statSync(join(dist, file)).size }));
  return routeInventory(filesUnder(join(root, 'src/pages')), builtPages);
}
