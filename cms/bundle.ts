/**
 * Bundles cms/validate.ts (the build's per-entry checks) for the browser as /admin/validate.js: one
 * classic script, no eval, no imports at run time, so /admin/'s policy holds.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const VALIDATOR_ENTRY = fileURLToPath(new URL('./validate.ts', import.meta.url));

/** Writes the bundle to `outfile` and returns its size in bytes. */
export async function buildValidatorBundle(outfile: string): Promise<number> {
  const result = await build({
    entryPoints: [VALIDATOR_ENTRY],
    outfile,
    bundle: true,
    format: 'iife',
    // Not 'browser': packages' browser variants differ from what the build runs (the entity decoder of the
    // Markdown parser would use the DOM). The neutral resolution picks the same files Node uses.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}
