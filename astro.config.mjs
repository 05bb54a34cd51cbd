// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cms } from './src/integrations/cms.ts';
import { security } from './src/integrations/security.ts';
import { contentRoot } from './src/schemas/index.ts';
import { MEDIA_DIR } from './src/lib/content/media-paths.ts';

const contentKey = contentRoot()
  .replace(/[^a-zA-Z0-9]+/g, '-')
  .replace(/^-|-$/g, '');

// OUT_DIR and KENNISBANK_CONTENT let tests and the benchmark build other content side by side.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.OUT_DIR ?? './dist',
  // One cache per content tree: Astro's data store remembers entry paths, so two trees must not share it.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./.cache/astro-${contentKey}`,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Whitespace between inline elements matters in running Dutch text.
  compressHTML: true,
  devToolbar: { enabled: false },
  // No syntax highlighting: Shiki colours code blocks with style attributes, which the CSP (style-src 'self')
  // blocks and the build refuses. A code block in a practice is plain, escaped text.
  markdown: { syntaxHighlight: false },
  // Caches live in the work tree, not in node_modules, so several checkouts can share one install.
  // assetsInlineLimit 0 keeps every script in its own file: the CSP allows no inline script.
  // @media is the content tree's media folder (where the CMS uploads), so its images go through Astro's image
  // pipeline instead of being copied as they are.
  vite: {
    cacheDir: './.cache/vite',
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { '@media': resolve(contentRoot(), MEDIA_DIR) } },
  },
  integrations: [contentGuard(), searchIndex(), cms(), security()],
});
