/**
 * Source-equality tests compare committed content with the publisher files in ../shared/data.
 * Locally a checkout may lack ../shared, and those tests are then skipped (Vitest reports them as
 * skipped). In CI the copy is always laid beside the repository, so there a missing file fails
 * the test file instead of letting it pass by skipping.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DATA = '../shared/data';

export function hasSharedData(path: string): boolean {
  if (existsSync(join(SHARED_DATA, path))) return true;
  if (process.env.CI)
    throw new Error(`${join(SHARED_DATA, path)} ontbreekt: in CI moeten de brongegevens naast de repository staan`);
  return false;
}
