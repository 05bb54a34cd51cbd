/**
 * Where each imported indicator comes from: file, column or label, and unit. Definitions (name,
 * meaning, direction, licence) are content in content/indicatoren/; this table is the technical
 * mapping the importer follows. An indicator defined without a mapping is "not covered yet".
 */
import type { SourceSpec } from './import.ts';

const HERKOMST = 'integratie/statbel_bevolking_herkomst_per_gemeente_2000-2025.csv';
const NATIONALITEIT = 'integratie/statbel_bevolking_nationaliteit_per_gemeente_2009-2025.csv';
const NIEUWKOMERS = 'integratie/pinc_nieuwkomers_gemeenten_2014-2024.csv';
const JONGEREN = 'integratie/pinc_jongeren_herkomst_thuistaal_gemeenten_2014-2024.csv';
const WERK = 'integratie/pinc_werkzoekenden_herkomst_gemeenten_2014-2024.csv';
const SURVEY = 'integratie/gsm_burgerbevraging_2023_samenleven_wide.csv';
const YEARS: [number, number] = [2014, 2025];
const PINC_YEARS: [number, number] = [2014, 2024];

export const SCAN_SOURCES: Record<string, SourceSpec> = {
  'herkomst-niet-eu': { kind: 'statbel', file: HERKOMST, teller: 'non_eu27', noemer: 'total', years: YEARS },
  'herkomst-andere-eu': { kind: 'statbel', file: HERKOMST, teller: 'eu27', noemer: 'total', years: YEARS },
  'herkomst-buurlanden': { kind: 'statbel', file: HERKOMST, teller: 'neighbouring', noemer: 'total', years: YEARS },
  'herkomst-buitenlands': { kind: 'statbel', file: HERKOMST, teller: { total: 'total', minus: 'belgian_bg' }, noemer: 'total', years: YEARS },
  'herkomst-belgisch': { kind: 'statbel', file: HERKOMST, teller: 'belgian_bg', noemer: 'total', years: YEARS },
  'nationaliteit-niet-belgisch': { kind: 'statbel', file: NATIONALITEIT, teller: 'ETR', noemer: 'total', years: YEARS },
  nieuwkomers: { kind: 'pinc', file: NIEUWKOMERS, label: 'nieuwkomers', unit: 'aantal', years: PINC_YEARS },
  'nieuwkomers-per-1000': { kind: 'pinc', file: NIEUWKOMERS, label: 'nieuwkomers per 1.000 inwoners 18+ jaar', unit: 'per1000', years: PINC_YEARS },
  'nieuwkomers-niet-eu': { kind: 'pinc', file: NIEUWKOMERS, label: 'nieuwkomers niet-EU', unit: 'aantal', years: PINC_YEARS },
  'nieuwkomers-niet-eu-per-1000': { kind: 'pinc', file: NIEUWKOMERS, label: 'nieuwkomers niet-EU per 1.000 inwoners 18+ jaar niet-EU', unit: 'per1000', years: PINC_YEARS },
  'thuistaal-basisonderwijs': { kind: 'pinc', file: JONGEREN, label: 'leerlingen basisonderwijs die thuis geen Nederlands spreken (t.o.v. lln bo) - WP', unit: 'percentage', years: PINC_YEARS },
  'thuistaal-secundair': { kind: 'pinc', file: JONGEREN, label: 'leerlingen secundair onderwijs die thuis geen Nederlands spreken (t.o.v. lln so) - WP', unit: 'percentage', years: PINC_YEARS },
  'jongeren-niet-belgische-herkomst': { kind: 'pinc', file: JONGEREN, label: '0-24 jaar totaal niet-Belgische herkomst', unit: 'aantal', years: PINC_YEARS },
  'jongeren-maghreb': { kind: 'pinc', file: JONGEREN, label: '0-24 jaar Maghreb herkomst (t.o.v. 0-24 jaar)', unit: 'percentage', years: PINC_YEARS },
  'jongeren-turks': { kind: 'pinc', file: JONGEREN, label: '0-24 jaar Turkse herkomst (t.o.v. 0-24 jaar)', unit: 'percentage', years: PINC_YEARS },
  'jongeren-oost-europa': { kind: 'pinc', file: JONGEREN, label: '0-24 jaar Oost-Europese (niet-EU) herkomst (t.o.v. 0-24 jaar)', unit: 'percentage', years: PINC_YEARS },
  'jongeren-ander-afrika': { kind: 'pinc', file: JONGEREN, label: '0-24 jaar andere Afrikaanse herkomst (t.o.v. 0-24 jaar)', unit: 'percentage', years: PINC_YEARS },
  werkzoekendengraad: { kind: 'pinc', file: WERK, label: 'werkzoekendengraad (jaargemiddelde) [%]', unit: 'fractie', years: PINC_YEARS },
  'werkzoekendengraad-vrouwen': { kind: 'pinc', file: WERK, label: 'werkzoekendengraad vrouwen (jaargemiddelde) [%]', unit: 'fractie', years: PINC_YEARS },
  'werkzoekendengraad-jongeren': { kind: 'pinc', file: WERK, label: 'werkzoekendengraad 18-24 jaar (jaargemiddelde) [%]', unit: 'fractie', years: PINC_YEARS },
  werkzoekenden: { kind: 'pinc', file: WERK, label: 'werkzoekenden zonder werk (jaargemiddelde) [aantal]', unit: 'aantal', years: PINC_YEARS },
  'werkzoekenden-niet-eu-herkomst': { kind: 'pinc-ratio', file: WERK, teller: 'WZW niet-EU herkomst [aantal] (1)', noemer: 'WZW [aantal] (1)', years: PINC_YEARS },
  'samenleven-goed': { kind: 'survey', file: SURVEY, column: 'SA_S_11 Houding tegenover diversiteit - Goed samenleven', year: 2023 },
  'samenleven-verrijking': { kind: 'survey', file: SURVEY, column: 'SA_S_11 Houding tegenover diversiteit - Verschillende herkomst verrijking', year: 2023 },
  'samenleven-ontmoeting-zinvol': { kind: 'survey', file: SURVEY, column: 'SA_S_11 Houding tegenover diversiteit - Zinvol ontmoetingsactiviteiten', year: 2023 },
  'samenleven-buren-onprettig': { kind: 'survey', file: SURVEY, column: 'SA_S_11 Houding tegenover diversiteit - Onprettig buren andere herkomst', year: 2023 },
  'samenleven-te-veel-herkomsten': { kind: 'survey', file: SURVEY, column: 'SA_S_11 Houding tegenover diversiteit - Teveel verschillende herkomst', year: 2023 },
  'vrienden-niet-belgische-herkomst': { kind: 'survey', file: SURVEY, column: 'SA_S_31 Diversiteit vriendenkring - Vrienden niet-Belgische herkomst', year: 2023 },
  'praatje-niet-belgische-herkomst': { kind: 'survey', file: SURVEY, column: 'SA_S_14 Intensiteit van contacten - Praatje met mensen van niet-Belgische herkomst', year: 2023 },
  'vertrouwen-medemens': { kind: 'survey', file: SURVEY, column: 'SA_S_12 Vertrouwen in medemens', year: 2023 },
  'thuis-in-de-buurt': { kind: 'survey', file: SURVEY, column: 'SA_S_18 Zich thuis voelen in de buurt', year: 2023 },
};
