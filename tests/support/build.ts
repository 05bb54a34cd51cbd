/**
 * Builds the site from another content tree into a folder of its own: the one way build, content
 * and e2e tests run Astro. The work folder must lie inside the project (under .cache/): for an
 * outDir outside the cwd Astro puts its prerender bundle in the shared ./.astro/, so two builds
 * running at once would overwrite each other's chunks.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteBuild {
  /** Exit status of `astro build` (0 when it succeeded). */
  status: number | null;
  stdout: string;
  stderr: string;
  /** The built site. */
  dist: string;
}

/** A fresh scratch folder under .cache/ for one test file or test. */
export function workFolder(prefix: string): string {
  mkdirSync('.cache', { recursive: true });
  return mkdtempSync(join('.cache', `${prefix}-`));
}

/** `astro build` of `content` into `<work>/dist`, with its own Astro cache in `<work>/cache`. */
export function buildSite(content: string, work: string, env: Record<string, string> = {}): SiteBuild {
  const dist = join(work, 'dist');
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      KENNISBANK_CONTENT: content,
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dist };
}

/** The build's whole output, for assertion messages. */
export const buildLog = (b: SiteBuild) => `${b.stdout}\n${b.stderr}`;
