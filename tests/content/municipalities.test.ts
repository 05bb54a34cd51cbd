/** The imported municipality files must equal their source (../shared/data, see BRONNEN.md). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/shared/csv.ts';

import { SHARED_DATA as SOURCE, hasSharedData } from '../support/shared-data.ts';

const read = (f: string) => Object.values(JSON.parse(readFileSync(`content/gemeenten/${f}`, 'utf8')))[0] as any[];
const hasSource = hasSharedData('vlaamse_gemeenten_2025.csv');

describe('municipality import', () => {
  it('has 285 municipalities of 2025, 300 of 2019-2024 and a merger row for each old one', () => {
    expect(read('gemeenten-2025.json')).toHaveLength(285);
    expect(read('gemeenten-2019-2024.json')).toHaveLength(300);
    const mergers = read('fusies-2025.json');
    expect(new Set(mergers.map((m: any) => m.nis2024)).size).toBe(300);
  });

  it('keeps the known merger facts of BRONNEN.md', () => {
    const byOld = new Map(read('fusies-2025.json').map((m: any) => [m.nis2024, m]));
    expect((byOld.get('11056') as any).nis2025).toBe('46030'); // Zwijndrecht → Beveren-Kruibeke-Zwijndrecht
    expect((byOld.get('71022') as any).nis2025).toBe('71072'); // Hasselt gets a new code
    expect((byOld.get('11002') as any).nis2025).toBe('11002'); // Antwerpen keeps its code
    expect((byOld.get('46021') as any).nis2025).toBe('46021'); // Sint-Niklaas is not part of 46030
  });

  it.runIf(hasSource)('equals the source CSV field by field', () => {
    const { rows } = parseCsv(readFileSync(`${SOURCE}/vlaamse_gemeenten_2025.csv`, 'utf8'));
    const imported = new Map(read('gemeenten-2025.json').map((m: any) => [m.nis, m]));
    expect(imported.size).toBe(rows.length);
    for (const { values } of rows) {
      const m: any = imported.get(values.nis_code);
      expect(m, values.nis_code).toBeDefined();
      expect([m.naam, m.naamFr, m.provincie, m.arrondissement, m.bevolking]).toEqual([values.naam, values.naam_fr, values.provincie, values.arrondissement, Number(values.bevolking_1jan2025)]);
    }
  });
});
