/**
 * One detector for personal contact data (e-mail addresses, phone numbers) in any free text: front
 * matter fields, body text, inline code, link targets and titles, component attributes. Before
 * matching it undoes what hides an address from a naive pattern: percent-encoding (mailto:jan%40…),
 * character references (&#64;), full-width and compatibility forms (＠), invisible characters (a
 * zero-width space after the @, a soft hyphen) and written-out "(at)"/"[at]". Domains may be
 * internationalised (IDN), in Unicode or as xn-- labels.
 */

export interface PersonalData {
  kind: 'e-mailadres' | 'telefoonnummer';
  /** The normalised match, e.g. "jan@gent.be". */
  value: string;
}

const NAMED: Record<string, string> = { commat: '@', period: '.', amp: '&', nbsp: ' ', hyphen: '-', dash: '-' };

function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    const code = ref[0] !== '#' ? undefined : ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text as a reader (or a mail client) would take it: decoded, compatibility-folded, invisible characters removed. */
export function normaliseForDetection(text: string): string {
  let current = text;
  // Twice: a percent-encoded character reference, or the other way round.
  for (let i = 0; i < 2; i++) current = decodeReferences(decodePercent(current));
  return current
    .normalize('NFKC')
    .replace(/[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu, '')
    .replace(/\s*[([{]\s*(?:at|apenstaart)\s*[)\]}]\s*/gi, '@')
    .replace(/\s*[([{]\s*(?:dot|punt)\s*[)\]}]\s*/gi, '.');
}

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+'-]+\\s*@\\s*${LABEL}(?:\\.${LABEL})*\\.(?:\\p{L}{2,}|xn--[a-z0-9-]+)`, 'iu');
// International (+32 / 0032) or Belgian national (0 followed by 8 or 9 digits) numbers, with the
// usual separators. A 9-10 digit run starting with 0 is what Belgian phone numbers look like;
// years, amounts and NIS codes never do.
const PHONE = /(?<![\p{N}\p{L}])(?:(?:\+|00)\s?\d{2}[\s./-]?(?:\(0\)\s?)?\d{1,3}|0\d{1,3})(?:[\s./-]?\d{2,3}){2,3}(?![\p{N}\p{L}])/u;

/** The first e-mail address or phone number in `text`, or undefined. */
export function findPersonalData(text: string): PersonalData | undefined {
  if (!text) return undefined;
  const normalised = normaliseForDetection(text);
  const email = EMAIL.exec(normalised);
  if (email) return { kind: 'e-mailadres', value: email[0].replace(/\s+/g, '') };
  const phone = PHONE.exec(normalised);
  if (phone && phone[0].replace(/\D/g, '').length >= 9) return { kind: 'telefoonnummer', value: phone[0] };
  return undefined;
}

/** The refusal for a field or body without recorded consent. */
export function describePersonalData(found: PersonalData): string {
  return `Persoonsgegevens: ${found.kind} "${found.value}" zonder vastgelegde toestemming. Gebruik het contactveld (organisatie, rol, webadres van de dienst) of leg de toestemming vast in "contact.toestemming"`;
}
