/**
 * The Plan Samenleven figures in content/ equal the published tables, compared with committed copies of
 * those tables (tests/fixtures/plan/, typed over from the sources as published, in their own format).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/shared/csv.ts';
import { derivedMaximumSubsidy } from '../../src/lib/plan/kpi.ts';
import { actionSchema, planSchema } from '../../src/schemas/plan.ts';

const table = (name: string) => parseCsv(readFileSync(`tests/fixtures/plan/${name}`, 'utf8').replace(/^#.*\n/gm, '')).rows.map((r) => r.values);
const action = (n: number | string) => actionSchema.parse(parse(readFileSync(`content/acties/plan-samenleven-${n}.yaml`, 'utf8')));
const plan = planSchema.parse(parse(readFileSync('content/plannen/plan-samenleven.yaml', 'utf8')));
/** "€4.027.260", "83.050", "14.136.359 euro" → the number; words ("Eindrapportage oktober 2025") → undefined. */
const published = (text: string) => (/^\D*\d[\d.]*\D*$/.test(text) && !/[a-z]{4,}\s+\d{4}/i.test(text) ? Number(text.replace(/\D/g, '')) : undefined);
const YEARS: Record<string, string> = { 'Projectperiode 1': '2022-23', 'Projectperiode 2': '2023-24', 'Projectperiode 3': '2024-25' };

describe('figures per action and project year (Cijfers van het Plan Samenleven)', () => {
  const rows = table('cijfers-plan-samenleven.csv');

  it.each(rows.filter((r) => YEARS[r.periode]).map((r) => [`actie ${r.actie}, ${r.periode}`, r] as const))('%s', (_, row) => {
    const year = action(row.actie).jaren.find((y) => y.projectjaar === YEARS[row.periode]);
    expect(year, 'project year missing in content').toBeDefined();
    expect(year!.budget).toBe(published(row.budget));
    expect(year!.lokaleBesturen).toBe(published(row.lokale_besturen));
    expect(year!.kpiToegezegd).toBe(published(row.toegezegd));
    const achieved = published(row.behaald);
    expect(year!.kpiBehaald).toBe(achieved);
    // Where the page says "Eindrapportage oktober 2025", the content says so in words, not as a number.
    if (achieved === undefined) expect(year!.behaaldNietGepubliceerd).toMatch(/eindrapportage van oktober 2025/);
  });

  it.each(rows.filter((r) => r.periode === 'Over drie jaren heen').map((r) => [r.actie, r] as const))('the three-year totals of action %s add up to the published total', (n, row) => {
    const years = action(n).jaren;
    expect(years.reduce((s, y) => s + (y.budget ?? 0), 0)).toBe(published(row.budget));
    // Action 2 publishes 19 plans over three years (the plans of years 2 and 3 are the same 19); action 5 the sum.
    const committed = years.map((y) => y.kpiToegezegd!);
    expect([Math.max(...committed), committed.reduce((a, b) => a + b, 0)]).toContain(published(row.toegezegd));
  });

  it('no other action carries per-year figures: the sources here publish none', () => {
    for (let n = 1; n <= 24; n++) if (!rows.some((r) => r.actie === String(n))) expect(action(n).jaren, `actie ${n}`).toEqual([]);
  });
});

describe('KPIs of the year-1 application table', () => {
  const rows = table('aanvraagtabel-projectjaar-1.csv');
  const byAction = Map.groupBy(rows, (r) => r.actie);

  it.each([...byAction].map(([n, kpis]) => [n, kpis] as const))('action %s has the table’s KPIs: unit, maximum and contribution per KPI', (n, kpis) => {
    const mine = action(n).kpis;
    expect(mine.map((k) => [k.maximum, k.bijdragePerKpi])).toEqual(kpis.map((k) => [Number(k.maximum), Number(k.bijdrage)]));
    // The table leaves one unit blank (row 10); everywhere else the unit is the table's own.
    kpis.forEach((k, i) => k.eenheid && expect(mine[i].eenheid).toBe(k.eenheid));
  });

  it('the derived maximum equals the action page’s maximum where a page publishes one, except action 9 (page €170.625)', () => {
    for (const [n] of byAction) {
      const a = action(n);
      if (a.maximaleSubsidie === undefined) continue;
      const derived = derivedMaximumSubsidy(a.kpis);
      if (n === '9') expect([derived, a.maximaleSubsidie]).toEqual([170950, 170625]);
      else expect(derived, `actie ${n}`).toBe(a.maximaleSubsidie);
    }
  });

  it('the five actions outside the year-1 table (1, 3, 4, 12, 23) have no KPIs from it', () => {
    for (const n of [1, 3, 4, 12, 23]) expect(action(n).kpis, `actie ${n}`).toEqual([]);
    for (const n of [1, 3, 4, 12]) expect(action(n).andereFinanciering, `actie ${n}`).toBeDefined();
  });
});

describe('the plan per project year', () => {
  it.each(table('plan-jaren.csv').map((r) => [r.projectjaar, r] as const))('%s: budget and whether it was planned', (projectjaar, row) => {
    const year = plan.jaren.find((y) => y.projectjaar === projectjaar)!;
    expect(year.budget).toBe(published(row.budget));
    expect(Boolean(year.budgetGepland)).toBe(row.gepland === 'ja');
  });

  it('holds all 24 actions, numbered 1 to 24, under 7 goals of 3, 2, 3, 3, 4, 4 and 5 actions', () => {
    const goals = Array.from({ length: 24 }, (_, i) => Number(action(i + 1).doel.split('-').at(-1)));
    expect(goals).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7]);
  });
});
