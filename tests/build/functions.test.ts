/**
 * The Cloudflare Pages function bundles as the host bundles it (wrangler's own esbuild step, with the
 * flags of wrangler.toml): an import the Workers runtime cannot resolve fails here, not at deploy time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync('wrangler.toml', 'utf8');
const value = (key: string) => new RegExp(`^${key} = (.+)$`, 'm').exec(config)?.[1];

describe('functions/', () => {
  it('bundles with wrangler for Cloudflare Pages, with the compatibility settings of wrangler.toml', () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-functions-'));
    try {
      const date = JSON.parse(value('compatibility_date')!);
      const flags = JSON.parse(value('compatibility_flags')!) as string[];
      const result = spawnSync(
        process.execPath,
        [
          'node_modules/wrangler/bin/wrangler.js',
          'pages',
          'functions',
          'build',
          '--outdir',
          out,
          '--compatibility-date',
          date,
          '--compatibility-flags',
          ...flags,
          '--minify',
        ],
        { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
      );
      expect(result.status, result.stderr + result.stdout).toBe(0);
      const bundle = join(out, 'index.js');
      // The Workers limit is 10 MB (paid) / 3 MB (free) after compression; stay well inside it.
      expect(statSync(bundle).size).toBeLessThan(3 * 1024 * 1024);
      expect(readFileSync(bundle, 'utf8')).toContain('/praktijk-delen/verzenden');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
