/** Bad content stops the real build with a message a curator understands, and changes nothing. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { buildSite } from '../support/build.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from '../support/fixture.ts';

let work: string;
beforeEach(() => {
  // Inside the project so Astro's own scratch files stay per test.
  work = mkdtempSync(join('.cache', 'guard-'));
  cpSync(FIXTURE_CONTENT, join(work, 'content'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const build = () => buildSite(join(work, 'content'), work);

describe('the build refuses bad content', () => {
  it('names file, line, field and the missing id for a misspelt municipality code', () => {
    const file = join(work, 'content/praktijken/taalcafe-fixture.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('gemeenten: ["46021"]', 'gemeenten: ["46012"]'));
    const before = readFileSync(file, 'utf8');
    const result = build();
    const out = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(out).toMatch(/taalcafe-fixture\.mdx:\d+ — gemeenten\[0\]/);
    expect(out).toContain('gemeente "46012" bestaat niet');
    expect(existsSync(join(work, 'dist/index.html'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 120_000);

  it('fails on a malformed JSON data file (Astro alone would only log it)', () => {
    const file = join(work, 'content/gemeenten/gemeenten-2025.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"nis": "46021",', '"nis": "46021"'));
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/gemeenten-2025\.json:\d+[\s\S]*Onleesbare JSON/);
  }, 120_000);

  // Indicator values are a data file outside the content collections: the scan pages read them strictly.
  const valuesFile = () => {
    mkdirSync(join(work, 'content/indicatorwaarden'), { recursive: true });
    return join(work, 'content/indicatorwaarden/herkomst-buiten-eu.json');
  };
  const row = (nis: string) => ({ nis, indeling: 2025, jaar: 2024, waarde: 10.5, teller: 21, noemer: 200 });

  it('fails on a malformed indicator values file, naming the file', () => {
    writeFileSync(
      valuesFile(),
      JSON.stringify({ indicator: 'herkomst-buiten-eu', rijen: [row('46021')] }).replace('"jaar":2024,', '"jaar":2024'),
    );
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/indicatorwaarden\/herkomst-buiten-eu\.json: onleesbare JSON/);
    expect(existsSync(join(work, 'dist/index.html'))).toBe(false);
  }, 120_000);

  it('fails on indicator values for a municipality that does not exist, naming file, field and code', () => {
    writeFileSync(
      valuesFile(),
      JSON.stringify({ indicator: 'herkomst-buiten-eu', rijen: [row('46021'), row('46012')] }),
    );
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /indicatorwaarden\/herkomst-buiten-eu\.json — rijen\[1\]\.nis: gemeente "46012" bestaat niet/,
    );
  }, 120_000);

  it('refuses a practice body with a script, naming the file and line', () => {
    const file = join(work, 'content/praktijken/taalcafe-fixture.mdx');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n<script>alert(1)</script>\n');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/taalcafe-fixture\.mdx:\d+ — body[\s\S]*<script> is niet toegestaan/);
  }, 120_000);

  it('escapes a title with markup instead of rendering it', () => {
    const file = join(work, 'content/praktijken/taalcafe-fixture.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('titel: Taalcafé (fixture)', 'titel: "<img src=x onerror=alert(1)> Taalcafé"'),
    );
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(work, 'dist/praktijken/taalcafe-fixture/index.html'), 'utf8');
    expect(html).not.toContain('<img src=x onerror');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Taalcafé');
  }, 120_000);
});
