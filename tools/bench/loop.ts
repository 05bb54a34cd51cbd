/**
 * The save → public page loop of `npm start`, measured as a curator lives it: `npm start` runs on a copy
 * of the real content (without the CMS); each run changes the title of one published practice the way
 * the CMS saves (the file rewritten), and times until the served fiche shows the new title ("page") and
 * until the full build behind it is done ("full": search index, feeds, exports). Each run starts when
 * the previous full build is done, and saves a second time 5 s later, while that full build runs
 * ("again"). With `fast: false` npm start runs with --no-fast: full builds only, the loop as it was
 * before the fast path (then "again" is left out).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

export interface LoopRun {
  /** Milliseconds from the save until the served fiche shows the change. */
  page: number;
  /** Milliseconds from the save until the full build is online. */
  full: number;
  /** Milliseconds from a second save, 5 s after the first (during its full build), until the fiche shows it. */
  again?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(20);
  }
  throw new Error(`meting: ${what} niet binnen ${timeoutMs / 1000} s`);
}

const fetchText = async (url: string) => {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
};

export async function measureLoop(runs: number, fast: boolean): Promise<LoopRun[]> {
  // Inside the project: Astro keeps its prerender bundle next to an output folder there.
  const work = resolve(`.cache/bench-loop-${process.pid}`);
  const content = join(work, 'content');
  rmSync(work, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const id = readdirSync(join(content, 'praktijken'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .find((f) => {
      // A published practice whose title is plain YAML, so appending a marker keeps it valid.
      const text = readFileSync(join(content, 'praktijken', `${f}.mdx`), 'utf8');
      return /^\s+status: gepubliceerd$/m.test(text) && /^titel: [^"'\n:#]{1,90}$/m.test(text);
    })!;
  const file = join(content, 'praktijken', `${id}.mdx`);
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const out = join(work, 'dist');
  const child = spawn(
    process.execPath,
    [
      'tools/start.ts',
      '--no-cms',
      '--port',
      String(port),
      '--content',
      content,
      '--out',
      out,
      '--work',
      join(work, 'start'),
      ...(fast ? [] : ['--no-fast']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const statusFile = join(out, 'admin', 'bouwstatus.json');
  const status = () =>
    existsSync(statusFile)
      ? (JSON.parse(readFileSync(statusFile, 'utf8')) as { state: string; at: string; volledig?: boolean })
      : undefined;
  const results: LoopRun[] = [];
  try {
    const page = `http://127.0.0.1:${port}/praktijken/${id}/`;
    await until('eerste build', 15 * 60_000, () => fetchText(page));
    const save = async (marker: string) => {
      const text = original.replace(/^titel: (.*)$/m, (_, title: string) => `titel: ${title} ${marker}`);
      const savedAt = new Date();
      const saved = performance.now();
      writeFileSync(file, text);
      const shown = await until('pagina bijgewerkt', 10 * 60_000, async () =>
        (await fetchText(page))?.includes(marker) ? performance.now() : undefined,
      );
      return { savedAt, saved, page: Math.round(shown - saved) };
    };
    for (let i = 1; i <= runs; i++) {
      const first = await save(`(meting ${i})`);
      let again: number | undefined;
      if (fast) {
        await sleep(Math.max(0, 5000 - first.page));
        again = (await save(`(meting ${i}b)`)).page;
      }
      const done = await until('volledige build', 15 * 60_000, () => {
        const s = status();
        if (s?.state === 'mislukt' && new Date(s.at) > first.savedAt)
          throw new Error(`build mislukt:\n${log.slice(-2000)}`);
        return s?.state === 'klaar' && s.volledig !== false && new Date(s.at) > first.savedAt
          ? performance.now()
          : undefined;
      });
      results.push({
        page: first.page,
        full: Math.round(done - first.saved),
        ...(again === undefined ? {} : { again }),
      });
      console.log(
        `meting ${i}: pagina na ${(first.page / 1000).toFixed(2)} s${again === undefined ? '' : `, tweede bewaring tijdens de build: pagina na ${(again / 1000).toFixed(2)} s`}, alles (volledige builds) na ${((done - first.saved) / 1000).toFixed(1)} s; belasting van de machine ${loadavg()[0].toFixed(1)} (1 min)`,
      );
    }
  } finally {
    child.kill();
    await new Promise((r) => child.once('close', r));
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}
