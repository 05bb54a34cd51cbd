import { describe, expect, it } from 'vitest';
import {
  FormError,
  MAX_BODY_BYTES,
  MAX_PAIRS,
  buildEntry,
  formValues,
  parseFormBody,
} from '../../../src/lib/submission/parse.ts';
import { submissionForm } from '../../../src/lib/submission/fields.ts';
import { REFS } from './support.ts';

const FORM = 'application/x-www-form-urlencoded';
const bytes = (s: string) => new TextEncoder().encode(s);
const statusOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormError) return err.status;
    throw err;
  }
  return 'geen fout';
};

describe('parseFormBody', () => {
  it('decodes percent-encoding and + as a browser encodes them', () => {
    expect(parseFormBody(bytes('titel=Caf%C3%A9+de+Wereld&x=a%26b&leeg='), FORM)).toEqual([
      ['titel', 'Café de Wereld'],
      ['x', 'a&b'],
      ['leeg', ''],
    ]);
  });

  it('refuses percent-encoded bytes that are not UTF-8 instead of replacing them', () => {
    expect(statusOf(() => parseFormBody(bytes('titel=%FF%FE'), FORM))).toBe(400);
    expect(statusOf(() => parseFormBody(bytes('titel=caf%E9'), FORM))).toBe(400);
  });

  it('refuses a raw body that is not UTF-8', () => {
    expect(statusOf(() => parseFormBody(new Uint8Array([0x74, 0x3d, 0xc3, 0x28]), FORM))).toBe(400);
  });

  it('refuses a huge body (413) and too many fields (413)', () => {
    expect(statusOf(() => parseFormBody(new Uint8Array(MAX_BODY_BYTES + 1).fill(0x61), FORM))).toBe(413);
    expect(
      statusOf(() => parseFormBody(bytes(Array.from({ length: MAX_PAIRS + 1 }, (_, i) => `a${i}=1`).join('&')), FORM)),
    ).toBe(413);
  });

  it('refuses anything but a form (415)', () => {
    expect(statusOf(() => parseFormBody(bytes('{"titel":"x"}'), 'application/json'))).toBe(415);
    expect(statusOf(() => parseFormBody(bytes('titel=x'), null))).toBe(415);
    expect(statusOf(() => parseFormBody(bytes('titel=x'), 'application/x-www-form-urlencoded; charset=UTF-8'))).toBe(
      'geen fout',
    );
  });
});

describe('buildEntry', () => {
  const { practice } = submissionForm(REFS);

  it('leaves out empty controls and empty rows, numbering the filled rows anew', () => {
    const { data, controlOf } = buildEntry(
      practice,
      formValues([
        ['titel', '  Taalcafé  '],
        ['bronnen.0.titel', ''],
        ['bronnen.2.titel', 'Jaarverslag 2023'],
        ['gemeenten', '42028'],
        ['gemeenten', ''],
        ['gemeenten', '42028'],
        ['contact.organisatie', ''],
      ]),
    );
    expect(data.titel).toBe('Taalcafé');
    expect(data.bronnen).toEqual([{ titel: 'Jaarverslag 2023' }]);
    expect(controlOf.get('bronnen.0.titel')).toBe('bronnen.2.titel');
    expect(data.gemeenten).toEqual(['42028']);
    expect(data).not.toHaveProperty('contact');
    expect(data).not.toHaveProperty('land');
  });

  it('reads one line per list item, years as numbers and anything else as text for the schema to refuse', () => {
    const { data } = buildEntry(
      practice,
      formValues([
        ['partners', 'OCMW\r\n\r\n  Bibliotheek  \n'],
        ['periode.start', '2019'],
        ['periode.einde', 'volgend jaar'],
        ['periode.structureel', 'ja'],
      ]),
    );
    expect(data.partners).toEqual(['OCMW', 'Bibliotheek']);
    expect(data.periode).toEqual({ start: 2019, einde: 'volgend jaar', structureel: true });
  });
});
