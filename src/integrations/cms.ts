/**
 * Publishes Decap CMS under /admin/: the self-hosted bundle from the decap-cms package (no CDN),
 * the configuration generated from the schemas (cms/config.ts) and the editor start-up script.
 * `local_backend` is only written when KENNISBANK_CMS_LOCAL=1 (set by `npm start` and `npm run cms:git`),
 * never in a production build; the production backend comes from the build variables (cmsOptionsFromEnv).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ADMIN_LOGO, adminConfigScript, buildCmsConfig, cmsOptionsFromEnv, type CmsOptions } from '../../cms/config.ts';
import { bodyComponents } from '../schemas/body-components.ts';
import { buildValidatorBundle } from '../../cms/bundle.ts';

const require = createRequire(import.meta.url);

export function cms(): AstroIntegration {
  let options: CmsOptions;
  return {
    name: 'kennisbank:cms',
    hooks: {
      // Read the build variables first, so a wrong one stops the build before any page is rendered.
      'astro:config:setup': () => {
        options = cmsOptionsFromEnv();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const admin = join(root, 'admin');
        mkdirSync(admin, { recursive: true });
        const bundleDir = join(require.resolve('decap-cms/package.json'), '..', 'dist');
        // The bundle loads its chunks from the folder it was served from.
        for (const file of readdirSync(bundleDir))
          if (/^(\d+\.)?decap-cms\.js$/.test(file)) copyFileSync(join(bundleDir, file), join(admin, file));
        copyFileSync(fileURLToPath(new URL('../../cms/admin-init.js', import.meta.url)), join(admin, 'init.js'));
        // The build's per-entry checks, which the CMS runs before it saves (cms/validate.ts).
        await buildValidatorBundle(join(admin, 'validate.js'));
        copyFileSync(fileURLToPath(new URL('../../cms/logo.svg', import.meta.url)), join(root, ADMIN_LOGO.slice(1)));
        const local = options.local;
        if (!local && options.backend === 'github' && !options.baseUrl)
          logger.warn(
            'KENNISBANK_CMS_OAUTH_URL ontbreekt: niemand kan inloggen op /admin/ (zie «In productie» in README.md).',
          );
        const config = buildCmsConfig(options);
        const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(
          readFileSync(join(root, 'index.html'), 'utf8'),
        )?.[1];
        writeFileSync(join(admin, 'config.js'), adminConfigScript(config, bodyComponents, css));
        writeFileSync(
          join(admin, 'index.html'),
          `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Redactie | Kennisbank Samenleven</title>
  </head>
  <body>
    <script src="/admin/config.js"></script>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/validate.js"></script>
    <script src="/admin/init.js"></script>
  </body>
</html>
`,
        );
        logger.info(
          `CMS onder /admin/ (${local ? `lokale backend via decap-server${options.localWorkflow ? ', redactiestroom' : ''}` : 'productie: ' + (config.backend as { name: string }).name + ', redactiestroom'})`,
        );
      },
    },
  };
}
