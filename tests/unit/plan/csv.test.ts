import { describe, it, expect } from 'vitest';
import { exportPlanCsv, parsePlanCsv } from '../../../src/lib/plan/csv.ts';
import { CsvError } from '../../../src/lib/shared/csv.ts';
import { action } from './support.ts';

describe('plan CSV', () => {
  const existing = new Map([
    [
      'p-5',
      action({
        nummer: 5,
        jaren: [
          {
            projectjaar: '2022-23',
            kpiToegezegd: 68429,
            kpiBehaald: 118178,
            gemeenten: [],
            bron: { titel: 'Bron, met komma', sectie: 'Actie 5' },
          },
        ] as any,
      }),
    ],
    ['p-7', action({ nummer: 7 })],
  ]);
  /** The import must throw a CsvError for the given line whose message matches. */
  const expectRefused = (csv: string, line: number, message: RegExp) => {
    try {
      parsePlanCsv(csv, existing);
      expect.unreachable('accepted a bad row');
    } catch (err) {
      expect(err).toBeInstanceOf(CsvError);
      expect((err as CsvError).line).toBe(line);
      expect((err as Error).message).toMatch(message);
    }
  };
  const header =
    'actie,projectjaar,budget,lokale_besturen,kpi_toegezegd,kpi_behaald,gemeenten,bron_titel,bron_sectie,bron_url\n';

  it('round-trips: importing the export changes nothing', () => {
    const csv = exportPlanCsv([...existing].map(([id, data]) => ({ id, data })));
    const { updates } = parsePlanCsv(csv, existing);
    expect(updates.get('p-5')).toEqual(existing.get('p-5')!.jaren);
    expect(
      exportPlanCsv([...existing].map(([id, data]) => ({ id, data: { jaren: updates.get(id) ?? data.jaren } }))),
    ).toBe(csv);
  });

  it('adds a new project year and keeps the others', () => {
    const { updates } = parsePlanCsv(
      header + 'p-5,2023-24,,,70000,80000,46021 44021,Nieuwe bron,,https://example.org/r\n',
      existing,
    );
    expect(updates.get('p-5')!.map((y) => y.projectjaar)).toEqual(['2022-23', '2023-24']);
    expect(updates.get('p-5')![1]).toMatchObject({
      kpiToegezegd: 70000,
      kpiBehaald: 80000,
      gemeenten: ['46021', '44021'],
      bron: { titel: 'Nieuwe bron', url: 'https://example.org/r' },
    });
  });

  it.each([
    ['p-9,2023-24,,,1,1,,Bron,,', 2, /actie "p-9" bestaat niet/],
    ['p-5,2023-24,1.000,,1,1,,Bron,,', 2, /budget: "1.000" is geen geheel getal/],
    ['p-5,2023-24,,,"1,5",1,,Bron,,', 2, /kpi_toegezegd: "1,5" is geen geheel getal/],
    ['p-5,2023-25,,,1,1,,Bron,,', 2, /projectjaar/],
    ['p-5,2023-24,,,-5,1,,Bron,,', 2, /kpiToegezegd/],
    ['p-5,2023-24,,,1,1,,,,', 2, /bron/],
    ['p-5,2023-24,,,1,1,,Bron,,ftp://x', 2, /bron\.url/],
    ['p-5,2023-24,,,1,1,,Bron,,\np-5,2023-24,,,2,2,,Bron,,', 3, /twee keer/],
    ['p-5,2023-24,,,1,1,,Bron', 2, /velden/],
  ])('rejects a bad row with its line number: %j', (rows, line, message) => {
    expectRefused(header + rows + '\n', line, message);
  });

  describe('the fields added for the published tables', () => {
    const full =
      'actie,projectjaar,budget,budget_gepland,lokale_besturen,kpi_toegezegd,kpi_behaald,behaald_niet_gepubliceerd,toelichting,gemeenten,bron_titel,bron_sectie,bron_url\n';
    const year3 =
      'p-5,2024-25,4027260,ja,135,83050,,Eindrapportage oktober 2025,"Gepland, niet toegekend",,Cijferpagina,,\n';

    it('carries a planned budget, a not-published achieved figure and a note through export and import', () => {
      const { updates } = parsePlanCsv(full + year3, existing);
      const imported = updates.get('p-5')!.find((y) => y.projectjaar === '2024-25')!;
      expect(imported).toMatchObject({
        budget: 4027260,
        budgetGepland: true,
        kpiToegezegd: 83050,
        behaaldNietGepubliceerd: 'Eindrapportage oktober 2025',
        toelichting: 'Gepland, niet toegekend',
      });
      expect(imported.kpiBehaald).toBeUndefined();
      const exported = exportPlanCsv([{ id: 'p-5', data: { jaren: updates.get('p-5')! } }]);
      expect(exported.split('\n')[0] + '\n').toBe(full);
      expect(exported).toContain(year3.trim());
      const again = parsePlanCsv(exported, existing).updates.get('p-5');
      expect(again).toEqual(updates.get('p-5'));
    });

    it.each([
      [
        'an achieved figure for a year marked not published',
        'p-5,2024-25,,,,10,12,Eindrapportage oktober 2025,,,Bron,,',
        /jaren\[\d\]\.kpiBehaald: .*niet gepubliceerd/,
      ],
      [
        'a budget that is not a whole number of euro',
        'p-5,2024-25,"4027260,50",,,,,,,,Bron,,',
        /kolom budget: "4027260,50" is geen geheel getal/,
      ],
      [
        'a planned flag that is neither ja nor empty',
        'p-5,2024-25,1,misschien,,,,,,,Bron,,',
        /kolom budget_gepland: "misschien"/,
      ],
      ['a figure without a source', 'p-5,2024-25,475000,,,,,,,,,,', /bron/],
    ])('refuses %s, with line and field', (_, row, message) => {
      expectRefused(full + row + '\n', 2, message);
    });

    it('refuses a municipality that does not exist before anything is written', () => {
      const municipalities = new Set(['44021']);
      expect(() =>
        parsePlanCsv(full + 'p-5,2024-25,,,,,,,,44021 99999,Bron,,\n', existing, { municipalities }),
      ).toThrow(/gemeenten: gemeente "99999" bestaat niet/);
      expect(
        parsePlanCsv(full + 'p-5,2024-25,,,,,,,,44021,Bron,,\n', existing, { municipalities })
          .updates.get('p-5')!
          .at(-1)!.gemeenten,
      ).toEqual(['44021']);
    });
  });
});
