/**
 * Schema tests for every content type: real and fixture entries are valid; hand-written invalid
 * entries are refused with a Dutch message that names the field (its data path and its Dutch
 * label, as curators see it in the CMS); references to ids that do not exist are refused.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateContentTree, formatProblems } from '../../../src/lib/content/validation.ts';
import { contentTypes, collectionNames } from '../../../src/schemas/index.ts';
import { FIXTURE_CONTENT as FIXTURE } from '../../support/fixture.ts';


describe('valid entries', () => {
  it.each([FIXTURE, 'content'])('every entry of %s passes its schema, and every content type has entries', (root) => {
    const { problems, entries } = validateContentTree(root);
    expect(formatProblems(problems)).toBe('');
    for (const name of collectionNames) expect(entries.get(name)!.size, name).toBeGreaterThan(0);
  });

  it.each(collectionNames)('%s: a fixture entry parses directly with its schema', (name) => {
    const { entries } = validateContentTree(FIXTURE);
    const [first] = entries.get(name)!.values();
    expect(contentTypes[name].schema.safeParse(first.record.data).success).toBe(true);
  });
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-schema-'));
  cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Data = Record<string, any>;
/** Edits the parsed data of one fixture entry and writes it back in its own format. */
function editEntry(file: string, change: (d: Data) => void) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const data = parse(m[1]);
    change(data);
    writeFileSync(path, `---\n${stringify(data)}---\n${m[2]}`);
  } else if (file.endsWith('.json')) {
    const doc = JSON.parse(text);
    change(doc);
    writeFileSync(path, JSON.stringify(doc, null, 1));
  } else {
    const data = parse(text);
    change(data);
    writeFileSync(path, stringify(data));
  }
}

const PRACTICE = 'praktijken/taalcafe-fixture.mdx';
const nextYear = String(new Date().getUTCFullYear() + 1);
const ACTION = 'acties/plan-samenleven-5.yaml';
const PLAN = 'plannen/plan-samenleven.yaml';
const GOAL = 'plandoelen/plan-samenleven-2.yaml';
const INDICATOR = 'indicatoren/herkomst-buiten-eu.yaml';
const SET = 'indicatorsets/scan-2023.yaml';
const PAGE = 'paginas/over.md';
const THEMES = 'taxonomieen/themas.yaml';
const GROUPS = 'taxonomieen/doelgroepen.yaml';
const GOALS = 'taxonomieen/beleidsdoelen.yaml';
const MUNIS = 'gemeenten/gemeenten-2025.json';
const MERGERS = 'gemeenten/fusies-2025.json';

/**
 * [what, file, change, field (data path), Dutch label of that field, what the message must say].
 * The labels are the ones the forms show; the messages state the rule in Dutch.
 */
const INVALID: [string, string, (d: Data) => void, string, string, RegExp][] = [
  ['practice without title', PRACTICE, (d) => delete d.titel, 'titel', 'Titel', /is vereist/],
  ['practice title too long', PRACTICE, (d) => (d.titel = 'x'.repeat(121)), 'titel', 'Titel', /Maximaal 120 tekens/],
  ['practice title over two lines', PRACTICE, (d) => (d.titel = 'Eerste\nTweede'), 'titel', 'Titel', /Eén regel/],
  ['practice title empty', PRACTICE, (d) => (d.titel = '   '), 'titel', 'Titel', /Mag niet leeg zijn/],
  ['practice summary too long', PRACTICE, (d) => (d.samenvatting = 'x'.repeat(301)), 'samenvatting', 'Samenvatting', /Maximaal 300 tekens/],
  ['practice level unknown', PRACTICE, (d) => (d.niveau = 'provinciaal'), 'niveau', 'Niveau', /lokaal/],
  ['practice municipality not a NIS code', PRACTICE, (d) => (d.gemeenten = ['Gent']), 'gemeenten[0]', 'Gemeenten', /NIS-code van vijf cijfers/],
  ['local practice without municipality', PRACTICE, (d) => (d.gemeenten = []), 'gemeenten', 'Gemeenten', /minstens één gemeente/],
  ['practice without theme', PRACTICE, (d) => (d.themas = []), 'themas', "Thema's", /minstens één thema/],
  ['practice without target group', PRACTICE, (d) => (d.doelgroepen = []), 'doelgroepen', 'Doelgroepen', /minstens één doelgroep/],
  ['practice themes not a list', PRACTICE, (d) => (d.themas = 'taal'), 'themas', "Thema's", /array|lijst/i],
  ['practice start year as text', PRACTICE, (d) => (d.periode.start = 'tweeduizend'), 'periode.start', 'Startjaar', /getal|number/i],
  ['practice end before start', PRACTICE, (d) => Object.assign(d.periode, { structureel: false, start: 2020, einde: 2018 }), 'periode.einde', 'Eindjaar', /vóór het startjaar/],
  ['structural practice with an end year', PRACTICE, (d) => (d.periode.einde = 2024), 'periode.einde', 'Eindjaar', /structurele praktijk/],
  ['practice status unknown', PRACTICE, (d) => (d.status = 'bezig'), 'status', 'Status van de praktijk', /lopend/],
  ['evidence date impossible', PRACTICE, (d) => (d.bewijs.datum = '2024-02-31'), 'bewijs.datum', 'Datum van het bewijs', /bestaat niet/],
  ['evidence date as free text', PRACTICE, (d) => (d.bewijs.datum = 'zomer 2024'), 'bewijs.datum', 'Datum van het bewijs', /JJJJ, JJJJ-MM of JJJJ-MM-DD/],
  ['evidence date out of range', PRACTICE, (d) => (d.bewijs.datum = '1889-01-01'), 'bewijs.datum', 'Datum van het bewijs', /buiten het bereik/],
  ['evidence date in the future', PRACTICE, (d) => (d.bewijs.datum = nextYear + '-01-01'), 'bewijs.datum', 'Datum van het bewijs', /in de toekomst/],
  ['result without a date', PRACTICE, (d) => delete d.resultaten[0].datum, 'resultaten[0].datum', 'Datum', /is vereist/],
  ['result as bare text (old shape)', PRACTICE, (d) => (d.resultaten = ['40 deelnemers']), 'resultaten[0]', 'Resultaten', /"tekst" en "datum"/],
  ['result date as free text', PRACTICE, (d) => (d.resultaten[1].datum = 'voorjaar 2023'), 'resultaten[1].datum', 'Datum', /JJJJ, JJJJ-MM of JJJJ-MM-DD/],
  ['result month impossible', PRACTICE, (d) => (d.resultaten[0].datum = '2023-13'), 'resultaten[0].datum', 'Datum', /JJJJ, JJJJ-MM of JJJJ-MM-DD/],
  ['result day impossible', PRACTICE, (d) => (d.resultaten[0].datum = '2023-02-30'), 'resultaten[0].datum', 'Datum', /bestaat niet/],
  ['result date in the future', PRACTICE, (d) => (d.resultaten[0].datum = nextYear), 'resultaten[0].datum', 'Datum', /in de toekomst/],
  ['cost over two lines', PRACTICE, (d) => (d.financiering.kosten = '€ 4.000\nper jaar'), 'financiering.kosten', 'Kosten', /Eén regel/],
  ['contact web address over http', PRACTICE, (d) => (d.contact.url = 'http://www.sint-niklaas.be/'), 'contact.url', 'Webadres van de dienst', /https:\/\//],
  ['source date in the future', PRACTICE, (d) => (d.bronnen[0].datum = nextYear + '-02'), 'bronnen[0].datum', 'Datum van de bron', /in de toekomst/],
  ['criterion verdict unknown', PRACTICE, (d) => (d.criteria.werkt.oordeel = 'ja'), 'criteria.werkt.oordeel', 'Oordeel', /voldaan/],
  ['published practice without review date', PRACTICE, (d) => delete d.curatie.volgendeReview, 'curatie.volgendeReview', 'Volgende review', /Verplicht voor een gepubliceerde praktijk/],
  ['review before assessment', PRACTICE, (d) => (d.curatie.volgendeReview = '2023-01-01'), 'curatie.volgendeReview', 'Volgende review', /na de laatste beoordeling/],
  ['practice without sources', PRACTICE, (d) => (d.bronnen = []), 'bronnen', 'Bronnen', /minstens één bron/],
  ['source URL with another scheme', PRACTICE, (d) => (d.bronnen[0].url = 'javascript:alert(1)'), 'bronnen[0].url', 'Webadres', /http:\/\/ of https:\/\//],
  ['contact name without consent', PRACTICE, (d) => (d.contact.naam = 'Jan Janssens'), 'contact.naam', 'Naam contactpersoon', /toestemming/],
  ['contact e-mail without consent', PRACTICE, (d) => (d.contact.email = 'jan@example.org'), 'contact.email', 'E-mailadres', /toestemming/],
  ['e-mail address hidden in the role', PRACTICE, (d) => (d.contact.rol = 'mail jan@example.org'), 'contact.rol', 'Rol of dienst', /e-mailadres "jan@example.org" zonder vastgelegde toestemming/],
  ['image outside /media/', PRACTICE, (d) => (d.afbeeldingen = [{ src: 'https://cdn.example/x.jpg', alt: 'Foto' }]), 'afbeeldingen[0].src', 'Afbeelding', /onder \/media\//],
  ['foreign practice without country', PRACTICE, (d) => Object.assign(d, { niveau: 'buitenland', gemeenten: [], overdraagbaarheid: 'Goed.' }), 'land', 'Land', /buitenlandse praktijk/],
  ['misspelt field name', PRACTICE, (d) => (d.doelgroep = ['nieuwkomers']), 'doelgroep', '', /Onbekend veld "doelgroep"/],
  ['action number zero', ACTION, (d) => (d.nummer = 0), 'nummer', 'Actienummer', /groter dan 0|> ?0/],
  ['action project year malformed', ACTION, (d) => (d.jaren[0].projectjaar = '2022-2023'), 'jaren[0].projectjaar', 'Projectjaar', /"2022-23"/],
  ['action project year not consecutive', ACTION, (d) => (d.jaren[0].projectjaar = '2022-24'), 'jaren[0].projectjaar', 'Projectjaar', /volgt niet op/],
  ['action project year twice', ACTION, (d) => d.jaren.push(structuredClone(d.jaren[0])), 'jaren[1].projectjaar', 'Projectjaar', /twee keer/],
  ['action negative KPI', ACTION, (d) => (d.jaren[0].kpiBehaald = -5), 'jaren[0].kpiBehaald', 'KPI behaald', /0/],
  ['action without milestones', ACTION, (d) => (d.mijlpalen = []), 'mijlpalen', 'Mijlpalen', /Minstens één mijlpaal/],
  ['milestone status unknown', ACTION, (d) => (d.mijlpalen[0].status = 'klaar'), 'mijlpalen[0].status', 'Status vanaf deze datum', /gerealiseerd/],
  ['action without responsible minister', ACTION, (d) => delete d.verantwoordelijke.minister, 'verantwoordelijke.minister', 'Bevoegde minister', /is vereist/],
  ['plan short title too long', PLAN, (d) => (d.korteTitel = 'x'.repeat(61)), 'korteTitel', 'Korte titel', /Maximaal 60 tekens/],
  ['plan start date as text', PLAN, (d) => (d.gestartOp = 'april 2022'), 'gestartOp', 'Gestart op', /JJJJ-MM-DD/],
  ['plan goal number as text', GOAL, (d) => (d.nummer = 'twee'), 'nummer', 'Nummer', /getal|number/i],
  ['indicator domain unknown', INDICATOR, (d) => (d.domein = 'economie'), 'domein', 'Domein', /bevolking/],
  ['indicator code with capitals', INDICATOR, (d) => (d.code = 'Herkomst_EU'), 'code', 'Code', /kleine letters/],
  ['indicator direction unknown', INDICATOR, (d) => (d.richting = 'omhoog'), 'richting', 'Richting', /hoger-beter/],
  ['indicator threshold negative', INDICATOR, (d) => (d.drempel = -1), 'drempel', 'Drempel kleine aantallen', /0/],
  ['indicator source title too short', INDICATOR, (d) => (d.bron.titel = 'x'), 'bron.titel', 'Titel van de bron', /3/],
  ['related GSM indicator without what differs', INDICATOR, (d) => Object.assign(d, { gsm: 'DE_39', gsmRelatie: 'verwant' }), 'gsmVerschil', 'Verschil met die indicator', /wat anders is/],
  ['same GSM indicator with a difference', INDICATOR, (d) => Object.assign(d, { gsm: 'DE_71', gsmRelatie: 'gelijk', gsmVerschil: 'Andere bron.' }), 'gsmVerschil', 'Verschil met die indicator', /alleen dan/],
  ['indicator set size zero', SET, (d) => (d.aantal = 0), 'aantal', 'Aantal indicatoren in de officiële set', /0/],
  ['page order negative', PAGE, (d) => (d.volgorde = -1), 'volgorde', 'Volgorde in menu', /0/],
  ['theme id with spaces', THEMES, (d) => (d.themas[0].id = 'Taal en zo'), 'themas[0].id', 'Id', /kleine letters/],
  ['target group without description', GROUPS, (d) => delete d.doelgroepen[0].beschrijving, 'doelgroepen[0].beschrijving', 'Beschrijving', /is vereist/],
  ['policy goal id malformed', GOALS, (d) => (d.beleidsdoelen[0].id = 'doel-1'), 'beleidsdoelen[0].id', 'Id', /"bn2019-od2.2"/],
  ['operational goal without parent', GOALS, (d) => delete d.beleidsdoelen[1].bovenliggend, 'beleidsdoelen[1].bovenliggend', 'Strategische doelstelling', /bovenliggende strategische/],
  ['municipality province unknown', MUNIS, (d) => (d.gemeenten[0].provincie = 'Brussel'), 'gemeenten[0].provincie', 'Provincie', /Antwerpen/],
  ['municipality population as text', MUNIS, (d) => (d.gemeenten[0].bevolking = '562.002'), 'gemeenten[0].bevolking', 'Inwoners', /getal|number/i],
  ['municipality NIS code of four digits', MUNIS, (d) => (d.gemeenten[0].arrondissementNis = '1100'), 'gemeenten[0].arrondissementNis', 'NIS-code arrondissement', /vijf cijfers/],
  ['merger flag as text', MERGERS, (d) => (d.fusies[0].gefuseerd = 'ja'), 'fusies[0].gefuseerd', 'Gefuseerd op 1 januari 2025', /boolean|waar|true/i],
];

describe('invalid entries', () => {
  it('has at least 30 invalid cases', () => expect(INVALID.length).toBeGreaterThanOrEqual(30));

  it.each(INVALID)('refuses %s, naming the field', (_what, file, change, field, fieldLabel, rule) => {
    editEntry(file, change);
    const { problems } = validateContentTree(root, root);
    // List files report the path inside the list key (themas[0].id); the validator reports it within the record.
    const recordField = field.replace(/^(themas|doelgroepen|beleidsdoelen|gemeenten|fusies)\[\d+\]\./, '');
    const hit = problems.find((p) => p.file === file && p.field === recordField);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.line, 'line').toBeGreaterThan(0);
    // The message names the field: its path and, where the schema has one, its Dutch label
    // (nested fields as "Groep › Veld", the way the CMS form groups them).
    if (fieldLabel) expect(hit!.message.startsWith(`${recordField} («`) && hit!.message.includes(`${fieldLabel}»): `), hit!.message).toBe(true);
    else expect(hit!.message).toContain(recordField);
    expect(hit!.message).toMatch(rule);
  });
});

describe('references', () => {
  const cases: [string, string, (d: Data) => void, string, string][] = [
    ['practice → municipality', PRACTICE, (d) => (d.gemeenten = ['99999']), 'gemeenten[0]', 'gemeente "99999" bestaat niet'],
    ['practice → theme', PRACTICE, (d) => (d.themas = ['sport']), 'themas[0]', 'thema "sport" bestaat niet'],
    ['practice → target group', PRACTICE, (d) => (d.doelgroepen = ['toeristen']), 'doelgroepen[0]', 'doelgroep "toeristen" bestaat niet'],
    ['practice → policy goal', PRACTICE, (d) => (d.beleidsdoelen = ['bn2019-od9.9']), 'beleidsdoelen[0]', 'beleidsdoel "bn2019-od9.9" bestaat niet'],
    ['practice → action', PRACTICE, (d) => (d.acties = ['plan-samenleven-99']), 'acties[0]', 'actie "plan-samenleven-99" bestaat niet'],
    ['action → plan', ACTION, (d) => (d.plan = 'plan-elders'), 'plan', 'plan "plan-elders" bestaat niet'],
    ['action → goal', ACTION, (d) => (d.doel = 'plan-samenleven-9'), 'doel', 'doel "plan-samenleven-9" bestaat niet'],
    ['action → practice', ACTION, (d) => (d.praktijken = ['verzonnen']), 'praktijken[0]', 'goede praktijk "verzonnen" bestaat niet'],
    ['action → indicator', ACTION, (d) => (d.indicatoren = ['geluk']), 'indicatoren[0]', 'indicator "geluk" bestaat niet'],
    ['action year → municipality', ACTION, (d) => (d.jaren[0].gemeenten = ['12345']), 'jaren[0].gemeenten[0]', 'gemeente "12345" bestaat niet'],
    ['plan goal → plan', GOAL, (d) => (d.plan = 'ander-plan'), 'plan', 'plan "ander-plan" bestaat niet'],
    ['indicator → set', INDICATOR, (d) => (d.sets = ['scan-2031']), 'sets[0]', 'indicatorset "scan-2031" bestaat niet'],
    ['indicator → theme', INDICATOR, (d) => (d.themas = ['weer']), 'themas[0]', 'thema "weer" bestaat niet'],
    ['theme → policy goal', THEMES, (d) => (d.themas[0].beleidsdoelen = ['bn2014-od1.1']), 'beleidsdoelen[0]', 'beleidsdoel "bn2014-od1.1" bestaat niet'],
    ['merger → municipality 2025', MERGERS, (d) => (d.fusies[0].nis2025 = '11999'), 'nis2025', 'gemeente "11999" bestaat niet'],
  ];

  it.each(cases)('%s: an id that does not exist is refused, naming file, field and id', (_what, file, change, field, message) => {
    editEntry(file, change);
    const { problems } = validateContentTree(root, root);
    const hit = problems.find((p) => p.file === file && p.field === field);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.message).toContain(message);
    expect(hit!.line).toBeGreaterThan(0);
  });

  it('a reference to an existing id is accepted', () => {
    editEntry(PRACTICE, (d) => (d.gemeenten = ['44021', '11002']));
    expect(formatProblems(validateContentTree(root, root).problems)).toBe('');
  });
});
