/** Integration-scan indicators: definitions, versioned indicator sets (editions). */
import { z, label, line, text, ref, isoDate, sourceSchema, slug } from './common.ts';

export const DOMAINS = {
  bevolking: 'Omvang en samenstelling van de bevolking',
  'sociale-positie': 'Sociale positie',
  samenleven: 'Houdingen tegenover samenleven in diversiteit',
} as const;
export const INDICATOR_TYPES = { register: 'Registerdata', survey: 'Bevraging' } as const;
export const DIRECTIONS = {
  'hoger-beter': 'Hoger is beter',
  'lager-beter': 'Lager is beter',
  neutraal: 'Context (geen score)',
} as const;

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const indicatorSetSchema = z
  .object({
    titel: label(line(160), 'Titel'),
    editie: label(isoDate, 'Editie', 'Datum waarop deze set van indicatoren in gebruik kwam'),
    aantal: label(z.number().int().positive(), 'Aantal indicatoren in de officiële set'),
    beschrijving: label(text(1000), 'Beschrijving'),
    bron: sourceSchema,
  })
  .meta({ title: 'Indicatorset' });

export const indicatorSchema = z
  .object({
    code: label(slug, 'Code'),
    naam: label(line(160), 'Naam'),
    domein: label(z.enum(keys(DOMAINS)), 'Domein', undefined, { labels: DOMAINS }),
    type: label(z.enum(keys(INDICATOR_TYPES)), 'Type', undefined, { labels: INDICATOR_TYPES }),
    definitie: label(text(1000), 'Definitie'),
    eenheid: label(line(60), 'Eenheid', 'Bv. "%" of "per 1.000 inwoners"'),
    teller: label(line(300).optional(), 'Teller'),
    noemer: label(line(300).optional(), 'Noemer'),
    vraag: label(line(400).optional(), 'Vraag in de bevraging'),
    uitgever: label(line(200), 'Uitgever'),
    licentie: label(line(120), 'Licentie'),
    richting: label(z.enum(keys(DIRECTIONS)), 'Richting', 'Contextindicatoren zijn geen score', { labels: DIRECTIONS }),
    drempel: label(z.number().int().nonnegative().default(10), 'Drempel kleine aantallen', 'Aantallen onder deze drempel tonen als "< drempel"'),
    sets: label(z.array(ref('indicatorsets')).default([]), 'Indicatorsets'),
    themas: label(z.array(ref('themas')).default([]), "Thema's", 'Voor inspiratie op maat: praktijken met deze thema’s'),
    bron: sourceSchema,
  })
  .meta({ title: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;
