/**
 * A synthetic corpus for the benchmark: practices and actions that are valid against the schemas
 * and reference the real municipalities and taxonomies. Every text says it is synthetic. A seeded
 * generator makes runs repeatable.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { groupBy } from '../../src/lib/shared/group.ts';
import type { ValueRow } from '../../src/schemas/indicator.ts';

export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  municipalities: string[];
  themes: string[];
  targetGroups: string[];
  policyGoals: string[];
  actions: string[];
}

/** The ids a synthetic corpus may reference, read from a content folder so every reference resolves. */
export function readVocabulary(content: string): Vocabulary {
  const list = (file: string, key: string) =>
    (parse(readFileSync(join(content, file), 'utf8')) as Record<string, { id: string }[]>)[key].map((x) => x.id);
  return {
    municipalities: (
      JSON.parse(readFileSync(join(content, 'gemeenten', 'gemeenten-2025.json'), 'utf8')).gemeenten as { nis: string }[]
    ).map((m) => m.nis),
    themes: list('taxonomieen/themas.yaml', 'themas'),
    targetGroups: list('taxonomieen/doelgroepen.yaml', 'doelgroepen'),
    policyGoals: list('taxonomieen/beleidsdoelen.yaml', 'beleidsdoelen').filter((id) => id.includes('-od')),
    actions: readdirSync(join(content, 'acties'))
      .filter((f) => f.startsWith('plan-samenleven-'))
      .map((f) => f.replace('.yaml', '')),
  };
}

const WORDS = [
  'taal',
  'ontmoeting',
  'buurt',
  'jongeren',
  'werk',
  'school',
  'sport',
  'cultuur',
  'vrijwilligers',
  'nieuwkomers',
  'ouders',
  'dialoog',
  'netwerk',
  'welkom',
  'samen',
];

export function syntheticPractice(i: number, v: Vocabulary, rand: () => number): { file: string; text: string } {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const some = <T>(list: T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const word = () => pick(WORDS);
  const day = `20${String(20 + Math.floor(rand() * 5)).padStart(2, '0')}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
  const data = {
    titel: `Synthetische praktijk ${i}: ${word()} en ${word()}`,
    samenvatting: `Synthetische testpraktijk voor de benchmark, geen echte praktijk. Thema: ${word()}, ${word()}.`,
    niveau: 'lokaal',
    gemeenten: some(v.municipalities, 1 + Math.floor(rand() * 2)),
    themas: some(v.themes, 1 + Math.floor(rand() * 3)),
    doelgroepen: some(v.targetGroups, 1 + Math.floor(rand() * 2)),
    beleidsdoelen: some(v.policyGoals, 1),
    acties: rand() < 0.3 ? some(v.actions, 1) : [],
    periode: { start: 2015 + Math.floor(rand() * 10), structureel: true },
    status: 'lopend',
    resultaten: [{ tekst: `Synthetisch resultaat ${i}.`, datum: day.slice(0, 7) }],
    succesfactoren: [`Synthetische succesfactor ${word()}.`],
    bewijs: {
      niveau: pick(['idee', 'goed-beschreven', 'veelbelovend', 'effect-aangetoond']),
      datum: day,
      basis: 'Synthetische gegevens',
    },
    criteria: {
      werkt: { oordeel: 'deels', toelichting: 'Synthetisch.' },
      klaarVoorGebruik: { oordeel: 'voldaan', toelichting: 'Synthetisch.' },
      groteReikwijdte: { oordeel: 'niet-aangetoond', toelichting: 'Synthetisch.' },
    },
    curatie: {
      status: 'gepubliceerd',
      ingediendOp: day,
      beoordeeldOp: day,
      gepubliceerdOp: day,
      volgendeReview: '2030-01-01',
    },
    bronnen: [{ titel: 'Synthetische bron voor de benchmark' }],
  };
  const body = Array.from(
    { length: 3 },
    (_, p) => `## Deel ${p + 1}\n\n${Array.from({ length: 40 }, word).join(' ')}.`,
  ).join('\n\n');
  return { file: `synthetisch-${i}.mdx`, text: `---\n${stringify(data)}---\n\n${body}\n` };
}

export function syntheticAction(n: number, v: Vocabulary, rand: () => number): { file: string; text: string } {
  const nummer = 1000 + n;
  const data = {
    plan: 'plan-samenleven',
    doel: `plan-samenleven-${1 + (n % 7)}`,
    nummer,
    titel: `Synthetische actie ${nummer}`,
    samenvatting: 'Synthetische testactie voor de benchmark, geen echte actie.',
    verantwoordelijke: { minister: 'Synthetische minister', agentschap: 'Synthetisch agentschap' },
    jaren: ['2022-23', '2023-24', '2024-25'].map((projectjaar) => ({
      projectjaar,
      kpiToegezegd: Math.floor(rand() * 1000),
      kpiBehaald: Math.floor(rand() * 1000),
      gemeenten: [v.municipalities[n % v.municipalities.length]],
      bron: { titel: 'Synthetisch' },
    })),
    mijlpalen: [
      { datum: '2022-04-01', status: 'lopend', tekst: 'Synthetische mijlpaal.', bron: { titel: 'Synthetisch' } },
      { datum: '2024-04-01', status: 'gerealiseerd', tekst: 'Synthetische mijlpaal.', bron: { titel: 'Synthetisch' } },
    ],
    bronnen: [{ titel: 'Synthetisch' }],
  };
  return { file: `plan-samenleven-${nummer}.yaml`, text: stringify(data) };
}

/** One published value of an indicator for one municipality and year: the schema of content/indicatorwaarden. */
export type IndicatorRow = ValueRow;

const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;
const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/**
 * Gives every municipality a series of at least `years` years ending at its latest year, as the
 * benchmark's "every indicator over 10 years" asks: missing earlier years repeat the earliest
 * known row, varied by up to 5 %, with the same precision and with counts varied alike.
 */
export function extendSeries(rows: IndicatorRow[], years: number, rand: () => number): IndicatorRow[] {
  const bySeries = groupBy(rows, (row) => `${row.nis}|${row.indeling}`);
  const added: IndicatorRow[] = [];
  for (const series of bySeries.values()) {
    const known = new Set(series.map((r) => r.jaar));
    const latest = Math.max(...known);
    const earliest = series.reduce((a, b) => (b.jaar < a.jaar ? b : a));
    for (let jaar = latest - years + 1; jaar <= latest; jaar++) {
      if (known.has(jaar)) continue;
      const factor = 1 + (rand() - 0.5) * 0.1;
      const row: IndicatorRow = {
        ...earliest,
        jaar,
        waarde: round(earliest.waarde * factor, decimalsOf(earliest.waarde)),
      };
      if (earliest.teller !== undefined) row.teller = Math.round(earliest.teller * factor);
      if (row.teller !== undefined && earliest.noemer) row.waarde = round((row.teller / earliest.noemer) * 100, 2);
      added.push(row);
    }
  }
  return [...rows, ...added].sort((a, b) => a.nis.localeCompare(b.nis) || a.indeling - b.indeling || a.jaar - b.jaar);
}

/** A copy of a real indicator under a synthetic code and name, so the scan can reach its full count. */
export function syntheticIndicator(definition: Record<string, unknown>, rows: IndicatorRow[], n: number) {
  const code = `synthetisch-${n}`;
  return {
    code,
    definition: {
      ...definition,
      code,
      naam: `Synthetische indicator ${n} (benchmark)`,
      definitie: `Synthetische indicator voor de benchmark, geen echte cijfers: een kopie van ${String(definition.code)}.`,
    },
    values: { indicator: code, rijen: rows },
  };
}
