/**
 * Validates the whole content tree when Astro starts (build, dev and preview alike) and stops it
 * with a readable list of problems: file, line, field and what was expected. It also refuses
 * symbolic links in the content tree and in public/ that lead outside the repository.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { validateContentTree, ContentError } from '../lib/content/validation.ts';
import { linksOutside } from '../lib/content/files.ts';
import { contentRoot } from '../schemas/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'kennisbank:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const { problems, entries } = validateContentTree(resolve(contentRoot()));
        // A symbolic link out of the repository would publish what it points at.
        for (const dir of [contentRoot(), 'public']) problems.push(...linksOutside(resolve(dir), process.cwd()));
        if (problems.length) throw new ContentError(problems);
        const count = [...entries.values()].reduce((n, m) => n + m.size, 0);
        logger.info(`${count} inhoudsitems gecontroleerd in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
