/** Byte budgets for visitors, measured on the built site (gzip, as hosts serve it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** Own JavaScript on a page that needs interaction. */
  scriptGzip: 15 * 1024,
  /** HTML + CSS of a practice or action page. */
  fichePageGzip: 30 * 1024,
  /** HTML + CSS of a municipality page with its charts. */
  municipalityPageGzip: 60 * 1024,
  /** One map SVG (raw bytes of the inline <svg>). */
  mapSvg: 80 * 1024,
} as const;

const gz = (text: string | Buffer) => gzipSync(text).length;

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  scriptGzip: number;
  scripts: string[];
  largestSvg: number;
  fonts: string[];
}

/** The weight of one built page: its HTML, the stylesheets and scripts it loads, its largest inline SVG. */
export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const linked = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]).filter((h) => h.startsWith('/'));
  const stylesheets = linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const scripts = linked(/<script[^>]+src="([^"]+)"/g);
  const css = stylesheets.map((h) => readFileSync(join(dist, h), 'utf8'));
  const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => Buffer.byteLength(m[0]));
  const fonts = [...css.join('\n').matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf))\)/g)].map((m) => m[1]);
  return {
    htmlGzip: gz(html),
    cssGzip: css.reduce((n, c) => n + gz(c), 0),
    scriptGzip: scripts.reduce((n, s) => n + gz(readFileSync(join(dist, s))), 0),
    scripts,
    largestSvg: Math.max(0, ...svgs),
    fonts,
  };
}
