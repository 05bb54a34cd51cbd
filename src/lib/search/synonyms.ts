/**
 * Extra search terms for a page from the curated synonym list (content/taxonomieen/synoniemen.yaml):
 * when the text contains one term of a group, every other term of that group is added, so a search
 * for any of them finds the page. Matching ignores capitals and accents and looks at word starts.
 */

export interface SynonymGroupInput {
  termen: string[];
}

/** Lower case, accents removed, every run of non-letters one space: "Taalcafé's" → "taalcafe s". */
export const foldForMatching = (s: string) =>
  ` ${s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** The terms of every group the text touches that the text does not contain itself, in list order. */
export function synonymTerms(text: string, groups: SynonymGroupInput[]): string[] {
  const folded = foldForMatching(text);
  const has = (term: string) => folded.includes(` ${foldForMatching(term).trim()}`);
  const out: string[] = [];
  for (const group of groups) {
    if (!group.termen.some(has)) continue;
    for (const term of group.termen) if (!has(term) && !out.includes(term)) out.push(term);
  }
  return out;
}
