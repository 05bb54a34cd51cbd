/** The Node version is stated once, by the `node` devDependency; `engines` must follow it. */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const major = (range: string) => Number(/(\d+)/.exec(range)?.[1]);

describe('Node version', () => {
  it('engines asks for the major version that the node devDependency installs', () => {
    expect(major(pkg.engines.node)).toBe(major(pkg.devDependencies.node));
  });

  it('is not stated a third time in a version file', () => {
    expect(['.nvmrc', '.node-version', '.tool-versions'].filter((f) => existsSync(f))).toEqual([]);
  });

  it('every npm script runs on that version', () => {
    expect(process.versions.node.split('.')[0]).toBe(String(major(pkg.devDependencies.node)));
  });
});
