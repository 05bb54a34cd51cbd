/**
 * Source-equality tests compare committed content with the publisher files in ../shared/data.
 * Locally a checkout may lack ../shared, and those tests are then skipped (Vitest reports them as
 * skipped). In CI the copy is always laid beside the repository, so there a missing file fails
 * the test file instead of letting it pass by skipping. The deploy workflow on GitHub
 * (.github/workflows/deploy.yml) has no copy and says so with KENNISBANK_WITHOUT_SHARED_DATA=1: there
 * the tests are skipped, as locally.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DATA = '../shared/data';

export function hasSharedData(path: string): boolean {
  if (existsSync(join(SHARED_DATA, path))) return true;
  if (process.env.CI && process.env.KENNISBANK_WITHOUT_SHARED_DATA !== '1')
    throw new Error(`${join(SHARED_DATA, path)} ontbreekt: in CI moeten de brongegevens naast de repository staan`);
  return false;
}
