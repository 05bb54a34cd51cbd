/**
 * The fast path of `npm start`: after a full build, keep Astro's own prerender bundle (the code that
 * rendered every page) and, when a practice changes, render only the pages that show it (affected.ts)
 * with that same code and fresh content, then write them into the served folder. The full build follows
 * in the background and replaces everything (search index, feeds, exports, related practices).
 *
 * How: the full build runs in this process (`build()` from astro) with an integration that wraps Astro's
 * prerenderer, to keep a copy of the bundle and the build state the bundle's app needs. The bundle reads
 * its content from one module (the data store, `astro:data-layer-content`); an update runs the changed
 * collection's own loader (src/loaders/) into a copy of the build's data store, writes that module into a
 * fresh copy of the bundle and imports it, so every module (and every cache in src/data/) starts anew.
 *
 * This leans on Astro internals (the prerender bundle, `app.setInternals`), checked against the version in
 * FAST_ASTRO; with another Astro version `supported()` is false and npm start does full builds only.
 * tests/build/fast-render.test.ts checks that a page from this path equals the full build's, byte for byte.
 */
import { build, type AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentTypes } from '../../src/schemas/index.ts';
import { loaderFor } from '../../src/loaders/index.ts';
import type { FileCache } from '../../src/lib/content/files.ts';
import { publishPublicPage } from '../../src/lib/hosting/csp.ts';
import { PRACTICE_ROUTES, practiceFacts, showsPractice, type PracticeFacts } from './affected.ts';

/** The Astro minor version whose internals this module was written and tested against. */
export const FAST_ASTRO = '7.3.';

const requireHere = createRequire(import.meta.url);
const astroDir = dirname(requireHere.resolve('astro/package.json'));
const astroVersion: string = JSON.parse(readFileSync(join(astroDir, 'package.json'), 'utf8')).version;

export const supported = () => astroVersion.startsWith(FAST_ASTRO);

/* eslint-disable @typescript-eslint/no-explicit-any -- Astro's internal objects have no public types. */
const internal = (path: string): Promise<any> => import(pathToFileURL(join(astroDir, 'dist', path)).href);

/** The practice collection: the one change the fast path handles; everything else waits for the full build. */
const PRACTICES = 'praktijken';

interface Kept {
  outDir?: URL;
  cacheDir?: URL;
  entryName?: string;
  internals?: unknown;
  options?: any;
  /** Why the build state could not be kept (then the fast path is off for this build). */
  failure?: string;
  /** Astro's image hooks during the build: image URLs of a page are the files the build wrote. */
  assetHooks?: Record<string, unknown>;
}

/** Wraps Astro's prerenderer to catch the build state its app is given and to keep a copy of the bundle. */
function keepRenderer(kept: Kept, keepDir: string): AstroIntegration {
  const bundleDir = () => fileURLToPath(new URL('./.prerender/', kept.outDir));
  return {
    name: 'kennisbank:fast-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        kept.outDir = config.outDir;
        kept.cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault: any) => ({
          ...astroDefault,
          name: 'kennisbank:keep',
          async setup() {
            // The default prerenderer imports this same module (same URL, same instance) and hands its app
            // the build state: catch it on the way. Whatever goes wrong here only turns the fast path off;
            // the build itself goes on.
            try {
              const entryName = readdirSync(bundleDir()).find((f) => f.startsWith('prerender-entry'));
              const { app } = await import(pathToFileURL(join(bundleDir(), entryName!)).href);
              const setInternals = app.setInternals.bind(app);
              const setOptions = app.setOptions.bind(app);
              app.setInternals = (value: unknown) => setInternals((kept.internals = value));
              app.setOptions = (value: unknown) => setOptions((kept.options = value));
              kept.entryName = entryName;
              // Astro removes its image hooks after the build; without them getImage() would give /_image URLs.
              const { addStaticImage, recordReferencedImage } = (globalThis as any).astroAsset ?? {};
              kept.assetHooks = { addStaticImage, recordReferencedImage };
            } catch (err) {
              kept.failure = String(err);
            }
            await astroDefault.setup();
          },
          getStaticPaths: () => astroDefault.getStaticPaths(),
          render: (request: Request, options: unknown) => astroDefault.render(request, options),
          async teardown() {
            // Astro removes the bundle right after this; keep a copy.
            rmSync(keepDir, { recursive: true, force: true });
            if (kept.entryName) cpSync(bundleDir(), keepDir, { recursive: true });
            await astroDefault.teardown?.();
          },
        }));
      },
    },
  };
}

export interface FastResult {
  /** Pages written into the served folder (paths as in the site, /praktijken/x/). */
  written: string[];
  /** Pages removed (a practice that no longer has a page). */
  removed: string[];
  /** Pages not written because they refer to a file the online build does not have (a new image size). */
  skipped: string[];
  ms: number;
}

/** Why a change cannot take the fast path (then only the full build publishes it), or undefined. */
export function fastPathRefusal(changed: string[]): string | undefined {
  const folder = contentTypes[PRACTICES].source;
  if (folder.kind !== 'folder') return 'praktijken is geen map';
  const other = changed.filter((file) => !(file.startsWith(`${folder.dir}/`) && file.endsWith(`.${folder.extension}`)));
  if (other.length) return `alleen praktijken gaan de snelle weg, niet ${other.join(', ')}`;
  return undefined;
}

export class FastSite {
  #kept: Kept;
  #keepDir: string;
  #store: any;
  #generation = 0;
  /** Parsed practice files: an update parses only the files that changed. */
  #files: FileCache = new Map();
  #digest!: (data: unknown) => string;
  #off?: string;

  private constructor(kept: Kept, keepDir: string, store: any, digest: (data: unknown) => string) {
    this.#kept = kept;
    this.#keepDir = keepDir;
    this.#store = store;
    this.#digest = digest;
  }

  /**
   * Runs the full build (`astro build` with the environment of this process) and keeps what the fast path
   * needs in `keepDir`. Throws what the build throws.
   */
  static async build(keepDir: string): Promise<FastSite> {
    const kept: Kept = {};
    // With another Astro version the build runs as it is, and the fast path stays off.
    await build(supported() ? { integrations: [keepRenderer(kept, keepDir)] } : {});
    if (!supported()) return FastSite.#disabled(`Astro ${astroVersion}, de snelle weg kent ${FAST_ASTRO}x`);
    if (!kept.internals || !kept.options || !kept.entryName || !kept.cacheDir)
      return FastSite.#disabled(`de build gaf zijn toestand niet door (${kept.failure ?? 'onbekend waarom'})`);
    const { MutableDataStore } = await internal('content/mutable-data-store.js');
    const storeFile = fileURLToPath(new URL('data-store.json', kept.cacheDir));
    const store = await MutableDataStore.fromString(readFileSync(storeFile, 'utf8'));
    // The loaders skip entries whose digest is unchanged: use Astro's own digest, so they recognise them.
    const xxhash = await import(
      pathToFileURL(createRequire(join(astroDir, 'package.json')).resolve('xxhash-wasm')).href
    );
    const { h64ToString } = await xxhash.default();
    const digest = (data: unknown) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data));
    return new FastSite(kept, keepDir, store, digest);
  }

  /** A site built without a fast path: every update is refused with `reason`, so the full build publishes. */
  static #disabled(reason: string): FastSite {
    const site = new FastSite({}, '', undefined, () => '');
    site.#off = reason;
    return site;
  }

  #facts(id: string): PracticeFacts | undefined {
    const entry = this.#store.get(PRACTICES, id);
    if (!entry) return undefined;
    return practiceFacts(id, entry.data, (nis) => this.#store.get('gemeenten', nis)?.data?.provincie);
  }

  /** Reloads the practices of `snapshot` into the data store; returns the ids whose entry changed. */
  async #load(snapshot: string): Promise<{ id: string; before?: PracticeFacts; after?: PracticeFacts }[]> {
    const before = new Map<string, { digest: string; facts?: PracticeFacts }>();
    for (const [id, entry] of this.#store.entries(PRACTICES))
      before.set(id, { digest: entry.digest, facts: this.#facts(id) });
    const schema = contentTypes[PRACTICES].schema;
    await loaderFor(PRACTICES, snapshot, this.#files).load({
      collection: PRACTICES,
      store: this.#store.scopedStore(PRACTICES),
      meta: this.#store.metaStore(PRACTICES),
      generateDigest: this.#digest,
      // What Astro's parseData does for a plain zod schema (no image() helper): parse, or refuse.
      parseData: async ({ id, data }: { id: string; data: unknown }) => {
        const parsed = await schema.safeParseAsync(data);
        if (!parsed.success) throw new Error(`${PRACTICES}/${id}: ${parsed.error.message}`);
        return parsed.data;
      },
    } as any);
    const changed = [];
    const ids = new Set([...before.keys(), ...this.#store.keys(PRACTICES)]);
    for (const id of ids) {
      const after = this.#store.get(PRACTICES, id);
      if (before.get(id)?.digest === after?.digest) continue;
      changed.push({ id, before: before.get(id)?.facts, after: this.#facts(id) });
    }
    return changed;
  }

  /**
   * Renders again, from `snapshot` (a checked copy of content/), every page that shows a changed practice,
   * and writes it into `liveDir` (each file replaced by rename, so a visitor never reads half a page).
   */
  async update(snapshot: string, liveDir: string): Promise<FastResult> {
    if (this.#off) throw new Error(`snelle weg uit: ${this.#off}`);
    const started = performance.now();
    const trace = process.env.KENNISBANK_FAST_TRACE
      ? (what: string) => console.log(`snel: ${what} ${Math.round(performance.now() - started)} ms`)
      : () => {};
    const changes = await this.#load(resolve(snapshot));
    trace('inhoud geladen');
    const gen = join(dirname(this.#keepDir), `bundel-${++this.#generation}`);
    rmSync(join(dirname(this.#keepDir), `bundel-${this.#generation - 1}`), { recursive: true, force: true });
    cpSync(this.#keepDir, gen, { recursive: true });
    const chunks = join(gen, 'chunks');
    const dataChunk = readdirSync(chunks).find((f) => f.startsWith('_astro_data-layer-content'));
    if (!dataChunk) throw new Error('Snelle weg: de module met de inhoud ontbreekt in de bundel');
    writeFileSync(join(chunks, dataChunk), `export default JSON.parse(${JSON.stringify(this.#store.toString())});\n`);
    // Pages that read files at render time (the scan) read them from the snapshot.
    process.env.KENNISBANK_CONTENT = resolve(snapshot);
    Object.assign(((globalThis as any).astroAsset ??= {}), this.#kept.assetHooks);
    const { app } = await import(pathToFileURL(join(gen, this.#kept.entryName!)).href);
    app.setInternals(this.#kept.internals);
    app.setOptions(this.#kept.options);
    trace('bundel geladen');

    const { callGetStaticPaths } = await internal('core/render/route-cache.js');
    const { stringifyParams } = await internal('core/routing/params.js');
    const { createRequest } = await internal('core/request.js');
    const root = fileURLToPath(this.#kept.options.settings.config.root);
    const written: string[] = [];
    const removed: string[] = [];
    const skipped: string[] = [];
    // A practice that lost its page (back to in-review, or removed) leaves the site first.
    for (const { id, before, after } of changes) {
      if (!before?.page || after?.page) continue;
      const dir = join(liveDir, 'praktijken', id);
      if (existsSync(join(dir, 'index.html'))) {
        rmSync(dir, { recursive: true, force: true });
        removed.push(`/praktijken/${id}/`);
      }
    }
    // In the order of PRACTICE_ROUTES: the fiche first, the slow municipality pages last.
    const routes = app.manifest.routes
      .map(({ routeData }: { routeData: any }) => ({
        route: routeData,
        component: relative(root, resolve(root, routeData.component)),
      }))
      .filter(
        ({ route, component }: { route: any; component: string }) =>
          route.prerender && route.type === 'page' && PRACTICE_ROUTES.includes(component),
      )
      .sort(
        (a: { component: string }, b: { component: string }) =>
          PRACTICE_ROUTES.indexOf(a.component) - PRACTICE_ROUTES.indexOf(b.component),
      );
    for (const { route, component } of routes) {
      const mod = await app.getComponentByRoute(route);
      const paths = route.pathname
        ? [{ params: {} }]
        : await callGetStaticPaths({
            mod,
            route,
            routeCache: app.routeCache,
            ssr: false,
            base: app.manifest.base,
            trailingSlash: app.manifest.trailingSlash,
          });
      for (const { params } of paths) {
        if (!changes.some((c) => showsPractice({ component, params }, c.before, c.after))) continue;
        // Directory format with trailing slashes, as the site is built (astro.config.mjs).
        const pathname = `${(route.pathname ?? stringifyParams(params, route, app.manifest.trailingSlash)).replace(/\/$/, '')}/`;
        const request = createRequest({
          url: new URL(pathname, this.#kept.options.origin),
          headers: new Headers(),
          logger: this.#kept.options.logger,
          isPrerendered: true,
          routePattern: route.component,
        });
        const response = await app.render(request, { routeData: route });
        if (response.status !== 200) throw new Error(`Snelle weg: ${pathname} gaf status ${response.status}`);
        const { html, blocked } = publishPublicPage(await response.text());
        if (blocked.length)
          throw new Error(`Snelle weg: ${pathname} bevat wat de CSP blokkeert: ${blocked.join('; ')}`);
        // An image size or file the online build did not make (a new image): this page waits for the full build.
        const missing = assetsMissing(html, liveDir);
        if (missing.length) {
          skipped.push(pathname);
          trace(`${pathname} overgeslagen, ontbreekt: ${missing.join(', ')}`);
          continue;
        }
        writeAtomic(join(liveDir, pathname, 'index.html'), html);
        written.push(pathname);
        trace(pathname);
      }
    }
    return { written, removed, skipped, ms: Math.round(performance.now() - started) };
  }
}

/** Files under /_astro/ that `html` refers to and `liveDir` lacks. */
export function assetsMissing(html: string, liveDir: string): string[] {
  const refs = new Set([...html.matchAll(/\/_astro\/[^"'\s,)&?#]+/g)].map((m) => m[0]));
  return [...refs].filter((ref) => !existsSync(join(liveDir, decodeURI(ref))));
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
