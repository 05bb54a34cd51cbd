/**
 * The loader of each collection, chosen once for Astro's content config and for the fast rebuild of
 * `npm start` (tools/fast/), so both fill the data store the same way.
 */
import type { Loader } from 'astro/loaders';
import { contentTypes } from '../schemas/index.ts';
import type { FileCache } from '../lib/content/files.ts';
import { listLoader } from './list-loader.ts';
import { bodyLoader } from './body-loader.ts';

/** `cache` (optional): parsed files kept between loads by a long-lived caller (tools/fast/renderer.ts). */
export function loaderFor(name: keyof typeof contentTypes, root: string, cache?: FileCache): Loader {
  const type = contentTypes[name];
  const source = type.source;
  // Data records (list files, folders of YAML) and bodies alike are read by the content check's own parser.
  return source.kind === 'list' || source.extension === 'yaml'
    ? listLoader(name, { ...type, source }, root, cache)
    : bodyLoader(name, { ...type, source }, root, cache);
}
