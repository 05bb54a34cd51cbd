import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { synonymTerms, foldForMatching } from '../../../src/lib/search/synonyms.ts';
import { synonymGroupSchema } from '../../../src/schemas/taxonomy.ts';

const groups = [{ termen: ['taalcafé', 'praattafel', 'klapsalon'] }, { termen: ['buddy', 'maatje'] }];

describe('synonymTerms', () => {
  it('adds the other terms of a group the text mentions, ignoring capitals and accents', () => {
    expect(synonymTerms('Praattafels in de bibliotheek', groups)).toEqual(['taalcafé', 'klapsalon']);
    expect(synonymTerms('Een TAALCAFE voor iedereen', groups)).toEqual(['praattafel', 'klapsalon']);
  });
  it('matches at the start of a word only: "buddywerking" is a buddy, "hoofdbuddy" is not', () => {
    expect(synonymTerms('De buddywerking van de stad', groups)).toEqual(['maatje']);
    expect(synonymTerms('een hoofdbuddy', groups)).toEqual([]);
  });
  it('adds nothing for a text outside every group, and never a term the text already has', () => {
    expect(synonymTerms('Wijkverbeteringscontract', groups)).toEqual([]);
    expect(synonymTerms('taalcafé en klapsalon', groups)).toEqual(['praattafel']);
  });
  it('folds multi-word terms and punctuation alike', () => {
    expect(foldForMatching("Caféklap's, Nederlands-oefenen")).toBe(' cafeklap s nederlands oefenen ');
    expect(
      synonymTerms('Wil je Nederlands oefenen?', [{ termen: ['Nederlands oefenen', 'oefenkansen Nederlands'] }]),
    ).toEqual(['oefenkansen Nederlands']);
  });
});

describe('the curated list', () => {
  const list = parse(readFileSync('content/taxonomieen/synoniemen.yaml', 'utf8')).synoniemen as unknown[];
  it('is valid against its schema and holds the conversation-table group of the issue', () => {
    for (const g of list) expect(synonymGroupSchema.safeParse(g).success).toBe(true);
    const table = list.map((g) => synonymGroupSchema.parse(g)).find((g) => g.termen.includes('taalcafé'))!;
    expect(table.termen).toEqual(
      expect.arrayContaining(['praattafel', 'babbeltafel', 'klapsalon', 'conversatietafel']),
    );
  });
  it('refuses a group of one term and a term with a comma', () => {
    expect(synonymGroupSchema.safeParse({ id: 'x', label: 'X', termen: ['alleen'] }).success).toBe(false);
    expect(synonymGroupSchema.safeParse({ id: 'x', label: 'X', termen: ['a, b', 'c'] }).success).toBe(false);
  });
});
