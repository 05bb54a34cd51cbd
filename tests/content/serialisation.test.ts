/**
 * Every committed content file is in the serialisation the CMS writes: parse → serialise gives the
 * same bytes, so opening and saving an entry unchanged changes nothing in Git. A file written any
 * other way (by hand, by a script that does not write through cms/format.ts) fails here with its
 * name, its first differing line and the command that fixes it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentFiles, serialisationProblem } from '../../cms/format.ts';

const files = contentFiles('content').map((f) => f.rel);

describe('content/ is in the CMS serialisation', () => {
  it('covers every kind of content file', () => {
    for (const dir of ['praktijken', 'acties', 'indicatoren', 'indicatorsets', 'taxonomieen', 'gemeenten', 'indicatorwaarden', 'geo', 'paginas'])
      expect(files.some((f) => f.startsWith(`content/${dir}/`)), dir).toBe(true);
  });

  it.each(files)('%s', (file) => {
    expect(serialisationProblem(file, readFileSync(file, 'utf8'))).toBeUndefined();
  });
});
