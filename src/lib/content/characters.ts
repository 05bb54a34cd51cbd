/**
 * One rule for the characters every text field may hold, in front matter and body alike. Control
 * characters make the Atom feed invalid XML for every subscriber and travel into CSV cells; bidi
 * overrides and isolates make a title display other text than it holds ("gpj.exe" read backwards).
 * They are refused at validation, naming file, line and field, never removed silently.
 */

export interface ForbiddenCharacter {
  /** Index in the string. */
  index: number;
  /** "U+202E". */
  codePoint: string;
  what: string;
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; the explicit bidi
// embeddings, overrides and isolates (the marks LRM/RLM/ALM stay allowed: Arabic text needs them);
// the noncharacters U+FFFE/U+FFFF, which XML forbids.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const NONCHARACTER = /[\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const RULES: [RegExp, string][] = [
  [CONTROL, 'stuurteken'],
  [BIDI, 'teken dat de leesrichting omkeert'],
  [NONCHARACTER, 'ongeldig teken'],
  [LONE_SURROGATE, 'half teken (kapotte codering)'],
];

/**
 * The first character `text` may not hold, or undefined. `allowTab` is for bodies, where a tab
 * indents code; in a field a tab is a CSV formula trigger and never typed on purpose.
 */
export function forbiddenCharacter(text: string, options: { allowTab?: boolean } = {}): ForbiddenCharacter | undefined {
  let first: ForbiddenCharacter | undefined;
  for (const [pattern, what] of RULES) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) {
      first = { index: match.index, codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, what };
    }
  }
  if (!options.allowTab) {
    const tab = text.indexOf('\t');
    if (tab >= 0 && (!first || tab < first.index)) first = { index: tab, codePoint: 'U+0009', what: 'tab' };
  }
  return first;
}

export function describeForbidden(found: ForbiddenCharacter): string {
  return `Onzichtbaar ${found.what} ${found.codePoint} op positie ${found.index + 1}: verwijder het (zulke tekens vervalsen de weergave of breken de feed en de exports)`;
}
