/**
 * Writes the response headers (CSP and hardening) for static hosts as `_headers`, and fails the
 * build when any page carries an inline script or event handler the CSP would block.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineScripts } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'admin' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

export function security(): AstroIntegration {
  return {
    name: 'kennisbank:security',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, '_headers'), headersFile());
        const offenders = htmlFiles(root).flatMap((file) => inlineScripts(readFileSync(file, 'utf8')).map((s) => `${relative(root, file)}: ${s}`));
        if (offenders.length) throw new Error(`Inline script gevonden; de Content Security Policy zou die blokkeren:\n${offenders.slice(0, 20).join('\n')}`);
        logger.info('_headers met Content Security Policy geschreven');
      },
    },
  };
}
