/**
 * Builds the Pagefind index from the built HTML once Astro is done. Any indexing error, or an
 * index without pages, fails the build: a site whose search silently finds nothing is broken.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeBrotliSiblings } from '../lib/search/precompress.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'kennisbank:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        const fail = async (what: string, details: string[]) => {
          await pagefind.close();
          throw new Error(`Zoekindex: ${what}\n${details.join('\n')}`);
        };
        if (!index || errors.length) return fail('kon niet starten', errors);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) return fail('fout bij het indexeren', added.errors);
        if (added.page_count === 0) return fail('geen enkele pagina geïndexeerd (ontbreekt data-pagefind-body?)', []);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) return fail('kon de index niet wegschrijven', written.errors);
        await pagefind.close();
        const indexed = performance.now();
        const brotli = await writeBrotliSiblings(join(root, 'pagefind'));
        logger.info(
          `${added.page_count} pagina's geïndexeerd in ${Math.round(indexed - started)} ms; ` +
            `Brotli voor ${brotli.files} zoekbestanden in ${Math.round(performance.now() - indexed)} ms: ${Math.round(brotli.bytesBefore / 1024)} → ${Math.round(brotli.bytesAfter / 1024)} KiB`,
        );
      },
    },
  };
}
