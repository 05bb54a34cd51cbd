/**
 * Writes the response headers (CSP and hardening) for static hosts as `_headers`, puts the same CSP
 * (minus frame-ancestors) in a <meta> tag on every public page for hosts without header support,
 * and fails the build when any page carries an inline script, event handler, javascript: URL or
 * inline style the CSP would block. /admin/ (Decap CMS) has its own, looser policy, in `_headers` and
 * as a <meta> tag. It also fails the build when a published image still carries EXIF, XMP or IPTC.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminCsp, metaPolicy, headersFile, publishPublicPage, withMetaCsp } from '../lib/hosting/csp.ts';
import { imagesWithMetadata } from '../lib/hosting/published-images.ts';
import { localCmsPort } from '../../cms/config.ts';
import { filesUnder } from '../lib/shared/files.ts';

export function security(): AstroIntegration {
  return {
    name: 'kennisbank:security',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The admin policy allows the local CMS backend only on the port npm start chose for it.
        const cmsPort = localCmsPort();
        writeFileSync(join(root, '_headers'), headersFile({ cmsPort }));
        const offenders: string[] = [];
        // /admin/ keeps its own policy (Decap CMS): the same as its header, for hosts without header support.
        const pages = filesUnder(root).filter((f) => f.endsWith('.html'));
        for (const file of pages.filter((f) => f.startsWith('admin/')))
          writeFileSync(
            join(root, file),
            withMetaCsp(readFileSync(join(root, file), 'utf8'), metaPolicy(adminCsp({ cmsPort }))),
          );
        const files = pages.filter((f) => !f.startsWith('admin/'));
        for (const file of files) {
          const { html, blocked } = publishPublicPage(readFileSync(join(root, file), 'utf8'));
          offenders.push(...blocked.map((s) => `${file}: ${s}`));
          writeFileSync(join(root, file), html);
        }
        if (offenders.length)
          throw new Error(
            `Inline script of stijl gevonden; de Content Security Policy zou die blokkeren (zet scripts en stijlen in eigen bestanden):\n${offenders.slice(0, 20).join('\n')}`,
          );
        const withMetadata = await imagesWithMetadata(root);
        if (withMetadata.length)
          throw new Error(
            `Gepubliceerde afbeeldingen met metadata (EXIF/XMP/IPTC kan een locatie of naam bevatten):\n${withMetadata.map((i) => `${i.file}: ${i.blocks.join(', ')}`).join('\n')}`,
          );
        logger.info(
          `_headers met Content Security Policy geschreven; dezelfde policy als <meta> in ${files.length} pagina's`,
        );
      },
    },
  };
}
