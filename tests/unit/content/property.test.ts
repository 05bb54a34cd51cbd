/**
 * Property test: the content check is fed generated and mutated entries (fast-check) and must never
 * throw; every problem it reports names a file, a line within that file and a field (the empty field
 * meaning "the whole file"), and a mutated field is named when the mutation makes it invalid.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateContentTree, type Problem } from '../../../src/lib/content/validation.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';

const PRACTICE = 'praktijken/taalcafe-fixture.mdx';
const ORIGINAL = readFileSync(join(FIXTURE, PRACTICE), 'utf8');
const [, FRONT, BODY] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(ORIGINAL)!;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-prop-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkFile(text: string): Problem[] {
  writeFileSync(join(root, PRACTICE), text);
  let problems: Problem[] = [];
  expect(() => (problems = validateContentTree(root, root).problems)).not.toThrow();
  const lines = text.split('\n').length;
  for (const p of problems) {
    expect(p.file.length).toBeGreaterThan(0);
    expect(typeof p.field).toBe('string');
    expect(p.message.length).toBeGreaterThan(5);
    if (p.file === PRACTICE) {
      expect(p.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
      expect(p.line!, JSON.stringify(p)).toBeLessThanOrEqual(lines);
    }
  }
  return problems;
}

// Keys and values an attacker or a careless editor would try.
const nastyKey = fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '0', 'titel', 'contact'), fc.string({ maxLength: 8 }));
const nastyScalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('=1+1', '\u202egpj.exe', 'jan@gent.be', 'mailto:jan%40gent.be', '0470 12 34 56', '\u0000', '&#64;', '2999-01-01', '*a', '&a x', '{', '}', '[', ']', ':', '- ', '|', '>'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const nastyValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, nastyScalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(nastyKey, tie('value'), { maxKeys: 4 })),
})).value;

const FIELDS = Object.keys(parse(FRONT));

describe('content check under generated input', () => {
  it('never throws and names file, line and field for generated changes to a practice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS, 'onbekend', 'constructor'), nastyValue, (field, value) => {
        const data = parse(FRONT);
        data[field] = value;
        let front: string;
        try {
          front = stringify(data);
        } catch {
          return;
        }
        const problems = checkFile(`---\n${front}---\n${BODY}`);
        // A change that keeps the entry valid is fine; one that does not is reported on the field or the file.
        const own = problems.filter((p) => p.file === PRACTICE);
        for (const p of own) expect(p.field === '' || p.field === 'body' || p.field.split(/[.[]/)[0] === field || /^(contact|afbeeldingen)/.test(p.field), JSON.stringify(p)).toBe(true);
      }),
      { numRuns: 120 },
    );
  }, 180_000);

  it('never throws on byte-level mutations of the file (insertions, deletions, swaps)', () => {
    const mutation = fc.record({ at: fc.nat(ORIGINAL.length), remove: fc.nat(6), insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('\n', '---\n', ': ', '- ', '"', "'", '<Kader>', '{x}', '\t', '&', '*', '\u202e', '\u0000', '__proto__: 1\n')) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = ORIGINAL;
        for (const m of mutations) text = text.slice(0, m.at) + m.insert + text.slice(m.at + m.remove);
        checkFile(text);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('never throws on generated bodies', () => {
    const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<Kader titel="x">', '</Kader>', '<Cijfer waarde="1" label="a" bron="b" />', '<constructor />', '> ', '- ', '[^1]', '[^1]: x', '![a](b)', '[a](javascript:x)', '`', '```', '{', '<div>', '<!--', '\n\n', '#'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        checkFile(`---\n${FRONT}\n---\n${pieces.join('')}\n`);
      }),
      { numRuns: 120 },
    );
  }, 180_000);
});
