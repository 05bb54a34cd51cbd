/**
 * Builds the real site once (unless E2E_SKIP_BUILD=1 and dist/ exists) and serves it on a free
 * loopback port with the same static server `npm start` uses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error('astro build failed; see output above');
  }
  const server = await serveStatic('dist', 0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
