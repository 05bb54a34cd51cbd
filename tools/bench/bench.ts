/**
 * `npm run bench`: builds the full site on a synthetic corpus in a temporary folder and prints
 * build time, peak memory, pages per second, output size, bytes per page type, the search index
 * size and the cost of a first search in Chromium.
 *
 *   npm run bench [-- --sizes 1000,5000,10000] [-- --actions 300] [-- --indicators 59] [-- --years 10] [-- --keep]
 *   npm run bench -- --real      (the real site alone: no synthetic practices, actions or scan data)
 *   npm run bench -- --loop 7    (save → public page under npm start on the real site, 7 runs; --no-fast: full builds only)
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { chromium } from 'playwright-core';
import {
  extendSeries,
  prng,
  readVocabulary,
  syntheticAction,
  syntheticIndicator,
  syntheticPractice,
  type IndicatorRow,
} from './synthetic.ts';
import { serveStatic } from '../static-server.ts';
import { BUDGET_QUERIES, measureFirstSearch } from '../search-metrics.ts';
import { pageWeight } from '../budgets.ts';
import { filesUnder } from '../../src/lib/shared/files.ts';
import { measureLoop, type LoopRun } from './loop.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    actions: { type: 'string', default: '300' },
    indicators: { type: 'string', default: '59' },
    years: { type: 'string', default: '10' },
    real: { type: 'boolean' },
    keep: { type: 'boolean' },
    loop: { type: 'string' },
    'no-fast': { type: 'boolean' },
  },
});
if (args.real) Object.assign(args, { sizes: '0', actions: '0', indicators: '0', years: '0' });
const sizes = args.sizes!.split(',').map(Number);

const vocabulary = readVocabulary('content');

/**
 * Every indicator over `years` years for every municipality, and synthetic copies of real
 * indicators until the scan counts `indicators`; 0 leaves the real data as it is.
 */
function synthesiseScan(content: string, indicators: number, years: number, rand: () => number) {
  const definitions = join(content, 'indicatoren');
  const values = join(content, 'indicatorwaarden');
  const codes = readdirSync(values).map((f) => f.replace(/\.json$/, ''));
  const rowsOf = new Map<string, IndicatorRow[]>();
  for (const code of codes) {
    const { rijen } = JSON.parse(readFileSync(join(values, `${code}.json`), 'utf8')) as { rijen: IndicatorRow[] };
    rowsOf.set(code, years > 0 ? extendSeries(rijen, years, rand) : rijen);
    if (years > 0)
      writeFileSync(join(values, `${code}.json`), JSON.stringify({ indicator: code, rijen: rowsOf.get(code) }));
  }
  for (let n = codes.length + 1; n <= indicators; n++) {
    const original = codes[(n - codes.length - 1) % codes.length];
    const copy = syntheticIndicator(
      parse(readFileSync(join(definitions, `${original}.yaml`), 'utf8')),
      rowsOf.get(original)!,
      n,
    );
    writeFileSync(join(definitions, `${copy.code}.yaml`), stringify(copy.definition));
    writeFileSync(join(values, `${copy.code}.json`), JSON.stringify(copy.values));
    rowsOf.set(copy.code, copy.values.rijen);
  }
  const rows = [...rowsOf.values()].reduce((total, r) => total + r.length, 0);
  return { indicators: rowsOf.size, added: rowsOf.size - codes.length, rows };
}

/** Peak resident memory of a process tree, sampled from /proc every 100 ms. */
function treeRss(pid: number): number {
  let total = 0;
  const children = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* process ended */
    }
    stack.push(...children(p));
  }
  return total;
}

async function build(content: string, out: string): Promise<{ seconds: number; peak: number; log: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      KENNISBANK_CONTENT: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(out, '..', 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code: number = await new Promise((ok) => child.on('close', ok));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peak, log };
}

const TYPES: [string, RegExp][] = [
  ['practice', /^praktijken\/(?!provincie\/)[^/]+\/index\.html$/],
  ['practices list', /^praktijken\/index\.html$/],
  ['practices p. 2+', /^praktijken\/pagina\/\d+\/index\.html$/],
  ['theme', /^themas\/[^/]+\/(pagina\/\d+\/)?index\.html$/],
  ['action', /^plan\/acties\/[^/]+\/index\.html$/],
  ['municipality', /^gemeenten\/\d{5}\/index\.html$/],
  ['indicator', /^indicatoren\/[^/]+\/index\.html$/],
  ['home', /^index\.html$/],
];

function pageBytes(dist: string) {
  const files = filesUnder(dist);
  const stats: Record<string, { html: number[]; css: number[]; js: number[] }> = {};
  for (const [type, re] of TYPES) {
    // The same measure as the visitor budgets of the browser tests (tools/budgets.ts).
    const weights = files
      .filter((f) => re.test(f))
      .slice(0, 400)
      .map((p) => pageWeight(dist, p));
    stats[type] = {
      html: weights.map((w) => w.htmlGzip),
      css: weights.map((w) => w.cssGzip),
      js: weights.map((w) => w.scriptGzip),
    };
  }
  return { files, stats };
}

const median = (v: number[]) => (v.length ? [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] : 0);
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const results: Record<string, unknown>[] = [];

if (args.loop) {
  const runs = await measureLoop(Number(args.loop), !args['no-fast']);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const summary = (key: keyof LoopRun) => {
    const v = runs.map((r) => r[key]).filter((x): x is number => x !== undefined);
    if (!v.length) return 'niet gemeten';
    return `mediaan ${seconds(median(v))} (min ${seconds(Math.min(...v))}, max ${seconds(Math.max(...v))}, n = ${v.length})`;
  };
  console.log(
    `\nbewaren → bijgewerkte fiche${args['no-fast'] ? ' (alleen volledige builds)' : ''}: ${summary('page')}`,
  );
  console.log(`tweede bewaring tijdens de volledige build → bijgewerkte fiche: ${summary('again')}`);
  console.log(`bewaren → volledige build online: ${summary('full')}`);
  mkdirSync('bench-out', { recursive: true });
  writeFileSync(`bench-out/loop${args['no-fast'] ? '-full' : ''}.json`, JSON.stringify(runs, null, 1));
  process.exit(0);
}

for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `kb-bench-${size}-`));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const rand = prng(size);
  for (let i = 1; i <= size; i++) {
    const p = syntheticPractice(i, vocabulary, rand);
    writeFileSync(join(content, 'praktijken', p.file), p.text);
  }
  for (let n = 1; n <= Number(args.actions); n++) {
    const a = syntheticAction(n, vocabulary, rand);
    writeFileSync(join(content, 'acties', a.file), a.text);
  }
  const scan = synthesiseScan(content, Number(args.indicators), Number(args.years), rand);
  const dist = join(work, 'dist');
  console.log(
    `\n== ${size} synthetische praktijken, ${args.actions} synthetische acties, ${scan.indicators} indicatoren waarvan ${scan.added} synthetisch, ${scan.rows} waarden (naast de echte inhoud): bouwen…`,
  );
  const { seconds, peak, log } = await build(content, dist);
  const { files, stats } = pageBytes(dist);
  const htmlPages = files.filter((f) => f.endsWith('.html')).length;
  const outputBytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const indexBytes = filesUnder(join(dist, 'pagefind')).reduce(
    (n, f) => n + statSync(join(dist, 'pagefind', f)).size,
    0,
  );
  const server = await serveStatic(dist, 0);
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  // Each query on a fresh page (its own browser context, so an empty cache), as a first visitor.
  const searches = [];
  for (const query of BUDGET_QUERIES)
    searches.push({
      query,
      ...(await measureFirstSearch(await browser.newPage(), `http://127.0.0.1:${port}/`, query)),
    });
  await browser.close();
  server.close();
  const row = {
    practices: size,
    seconds: Math.round(seconds * 10) / 10,
    peakMB: Math.round(peak / 2 ** 20),
    pages: htmlPages,
    pagesPerSecond: Math.round(htmlPages / seconds),
    outputMB: Math.round(outputBytes / 2 ** 20),
    indexMB: Math.round((indexBytes / 2 ** 20) * 10) / 10,
    firstSearch: searches,
    stats,
  };
  results.push(row);
  console.log(
    `bouwtijd ${row.seconds} s · piekgeheugen ${row.peakMB} MB · ${htmlPages} pagina's (${row.pagesPerSecond}/s) · output ${row.outputMB} MB · zoekindex ${row.indexMB} MB`,
  );
  // The index step's own line: indexing and Brotli times are part of the build time above.
  const indexLine = /\[kennisbank:search-index\] (.*)/.exec(log)?.[1];
  if (indexLine) console.log(`zoekindex: ${indexLine}`);
  for (const s of searches)
    console.log(
      `eerste zoekopdracht "${s.query}": ${kb(s.bytes)} (+ ${kb(s.headerBytes)} headers) in ${s.requests} verzoeken, ${s.milliseconds} ms tot resultaten`,
    );
  console.log(
    'paginatype'.padEnd(16),
    'HTML gzip mediaan/max'.padEnd(24),
    'CSS gzip mediaan/max'.padEnd(24),
    'JS gzip mediaan/max',
  );
  for (const [type, s] of Object.entries(stats)) {
    if (!s.html.length) continue;
    console.log(
      type.padEnd(16),
      `${kb(median(s.html))} / ${kb(Math.max(...s.html))}`.padEnd(24),
      `${kb(median(s.css))} / ${kb(Math.max(...s.css))}`.padEnd(24),
      `${kb(median(s.js))} / ${kb(Math.max(...s.js))}`,
    );
  }
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

// Growth compares synthetic corpora; the real site alone (size 0) has no per-practice figure.
const scaled = (results as { practices: number; seconds: number }[]).filter((r) => r.practices > 0);
if (scaled.length > 1) {
  console.log('\nGroei van de bouwtijd:');
  const base = scaled[0];
  for (const r of scaled)
    console.log(
      `${String(r.practices).padStart(6)} praktijken: ${r.seconds} s, ${(r.seconds / base.seconds).toFixed(2)}× de eerste (${(r.practices / base.practices).toFixed(1)}× zoveel praktijken), ${((r.seconds * 1000) / r.practices).toFixed(1)} ms per praktijk`,
    );
}
mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/results.json', JSON.stringify(results, null, 1));
if (!existsSync('bench-out/results.json')) process.exit(1);
