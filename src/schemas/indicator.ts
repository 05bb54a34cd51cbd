/** Integration-scan indicators: definitions, versioned indicator sets (editions) and imported values. */
import { z, label, line, text, ref, isoDate, sourceSchema, slug, nisCode } from './common.ts';

/** Below how many people a figure stays hidden, unless an indicator sets its own threshold. */
export const SMALL_NUMBER_THRESHOLD = 10;

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
/** How an indicator of the site relates to the official Gemeente-Stadsmonitor indicator it names. */
/** How the smallest count behind a subgroup's share or rate follows from other figures (suppression.ts). */
export const OWN_COUNT_BOUNDS = {
  'deel-van-aantal': 'Aandeel van een bevolking die het aantal van een andere indicator omvat',
  'graad-in-verdeling': 'Graad van een deelgroep; de deelgroepen vormen samen de groep van een totale graad',
  'noemer-van': 'Het aantal is de noemer van een andere indicator',
} as const;

export const GSM_RELATIONS = {
  gelijk: 'Dezelfde indicator',
  deel: 'Eén categorie van de officiële indicator',
  verwant: 'Verwant, maar een andere maat',
} as const;

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** A Gemeente-Stadsmonitor indicator code as the publisher writes it, e.g. WE_02 or SA_S_11. */
export const gsmCode = z.string().regex(/^[A-Z]{2}_(S_)?\d{2}$/, {
  error: 'Verwacht een code van de Gemeente-Stadsmonitor (bv. "WE_02" of "SA_S_11")',
});

/** The Gemeente-Stadsmonitor's themes, by the prefix of its codes: the domains of its "Integratie" set. */
export const GSM_THEMES = {
  DE: 'Demografie',
  ON: 'Onderwijs en vorming',
  WE: 'Werk',
  AR: 'Armoede',
  WO: 'Wonen',
  LO: 'Lokaal bestuur',
  SA: 'Samenleven',
} as const;
export const gsmThemeOf = (code: string) => GSM_THEMES[code.slice(0, 2) as keyof typeof GSM_THEMES] ?? code.slice(0, 2);

/**
 * One indicator of an official set, with the metadata as its publisher gives it. Which indicators
 * of the kennisbank carry its values follows from their `gsm` field, not from a list here.
 */
export const setMemberSchema = z
  .strictObject({
    code: label(gsmCode, 'Code (Gemeente-Stadsmonitor)'),
    titel: label(line(200), 'Titel'),
    type: label(z.enum(keys(INDICATOR_TYPES)), 'Type', undefined, { labels: INDICATOR_TYPES }),
    definitie: label(text(3000), 'Definitie'),
    eenheid: label(line(80), 'Eenheid'),
    ratio: label(line(80).optional(), 'Ratio'),
    teller: label(text(600).optional(), 'Teller'),
    noemer: label(text(600).optional(), 'Noemer'),
    bron: label(line(300), 'Bron'),
    laatsteJaar: label(z.number().int().min(1990).max(2100), 'Laatste jaar beschikbaar'),
    volgendeUpdate: label(line(80), 'Aanlevering volgende update'),
  })
  .meta({ title: 'Indicator van de set' });
export type SetMember = z.infer<typeof setMemberSchema>;

export const indicatorSetSchema = z
  .object({
    titel: label(line(160), 'Titel'),
    editie: label(isoDate, 'Editie', 'Datum waarop deze set van indicatoren in gebruik kwam'),
    aantal: label(z.number().int().positive(), 'Aantal indicatoren in de officiële set'),
    beschrijving: label(text(1000), 'Beschrijving'),
    indicatoren: label(
      z.array(setMemberSchema).optional(),
      'Indicatoren van de set',
      'Zoals de uitgever ze beschrijft',
    ),
    bron: sourceSchema,
  })
  .refine((s) => !s.indicatoren || s.indicatoren.length === s.aantal, {
    error: 'Het aantal indicatoren in de lijst verschilt van "aantal"',
    path: ['indicatoren'],
  })
  .meta({ title: 'Indicatorset' });
export type IndicatorSet = z.infer<typeof indicatorSetSchema>;

export const indicatorSchema = z
  .object({
    code: label(slug, 'Code'),
    naam: label(line(160), 'Naam'),
    domein: label(z.enum(keys(DOMAINS)), 'Domein', undefined, { labels: DOMAINS }),
    type: label(z.enum(keys(INDICATOR_TYPES)), 'Type', undefined, { labels: INDICATOR_TYPES }),
    definitie: label(text(1500), 'Definitie'),
    eenheid: label(line(60), 'Eenheid', 'Bv. "%" of "per 1.000 inwoners"'),
    teller: label(line(300).optional(), 'Teller'),
    noemer: label(line(300).optional(), 'Noemer'),
    vraag: label(text(1200).optional(), 'Vraag in de bevraging', 'Letterlijk, met de antwoordcategorieën en de editie'),
    uitgever: label(line(200), 'Uitgever'),
    licentie: label(line(120), 'Licentie'),
    richting: label(z.enum(keys(DIRECTIONS)), 'Richting', 'Contextindicatoren zijn geen score', { labels: DIRECTIONS }),
    integratie: label(
      z.boolean().default(true),
      'Gaat over integratie',
      'Nee voor algemene cijfers zoals de totale werkzoekendengraad: die zijn nooit een sterk of zwak punt',
    ),
    drempel: label(
      z.number().int().nonnegative().default(SMALL_NUMBER_THRESHOLD),
      'Drempel kleine aantallen',
      'Een aantal, aandeel of rangschikking die op minder mensen steunt, blijft verborgen',
    ),
    basis: label(
      ref('indicatoren').optional(),
      'Aantal waarop de waarde steunt',
      'Een aandeel of graad zonder eigen teller: verborgen waar dit aantal onder de drempel ligt of niet gepubliceerd is',
    ),
    eigenAantal: label(
      z
        .object({
          soort: label(z.enum(keys(OWN_COUNT_BOUNDS)), 'Soort', undefined, { labels: OWN_COUNT_BOUNDS }),
          aantal: label(ref('indicatoren'), 'Indicator met het aantal'),
          totaal: label(
            ref('indicatoren').optional(),
            'Graad van de hele groep',
            'Alleen bij "graad in een verdeling"',
          ),
          groepen: label(
            z.array(ref('indicatoren')).default([]),
            'Graden van alle deelgroepen',
            'Alleen bij "graad in een verdeling": de deelgroepen die samen de hele groep vormen, deze indicator inbegrepen',
          ),
          afronding: label(
            z.number().positive().default(0.1),
            'Afronding van de gepubliceerde waarde',
            'Bv. 0,1 voor één decimaal',
          ),
        })
        .refine((b) => b.soort !== 'graad-in-verdeling' || (b.totaal !== undefined && b.groepen.length >= 2), {
          error: 'Een graad in een verdeling noemt de graad van de hele groep ("totaal") en minstens twee deelgroepen',
          path: ['groepen'],
        })
        .optional(),
      'Kleinste aantal achter een deelgroep',
      'Voor het aandeel of de graad van een deelgroep zonder eigen gepubliceerd aantal: hoe het kleinste aantal mensen erachter volgt uit andere cijfers. Verborgen waar dat onder de drempel ligt of niet te bepalen is',
    ),
    minimumInwoners: label(
      z.number().int().positive().optional(),
      'Verborgen in kleinere gemeenten',
      'Voor een aandeel zonder gepubliceerde teller of noemer: verborgen in gemeenten met minder inwoners dan dit',
    ),
    partities: label(
      z.array(slug).default([]),
      'Delen samen een geheel',
      'Indicatoren met dezelfde naam hier tellen op tot één noemer: wie er één verbergt, verbergt er een tweede zodat niets terug te rekenen is',
    ),
    gsm: label(gsmCode.optional(), 'Code in de Gemeente-Stadsmonitor'),
    gsmRelatie: label(z.enum(keys(GSM_RELATIONS)).optional(), 'Verhouding tot die indicator', undefined, {
      labels: GSM_RELATIONS,
    }),
    gsmVerschil: label(
      line(400).optional(),
      'Verschil met die indicator',
      'Bij "verwant": wat anders is (bron, afbakening, teller of noemer). De officiële indicator toont dan geen waarden van deze',
    ),
    peilmoment: label(line(160).optional(), 'Peilmoment', 'Bv. "toestand op 1 januari" of "jaargemiddelde"'),
    volgendeUpdate: label(
      line(300).optional(),
      'Volgende update',
      'Zoals de uitgever ze aankondigt; leeg als die niets aankondigt',
    ),
    sets: label(z.array(ref('indicatorsets')).default([]), 'Indicatorsets'),
    themas: label(
      z.array(ref('themas')).default([]),
      "Thema's",
      'Voor inspiratie op maat: praktijken met deze thema’s',
    ),
    bron: sourceSchema,
  })
  .refine((d) => (d.gsm === undefined) === (d.gsmRelatie === undefined), {
    error: 'Geef bij een code van de Gemeente-Stadsmonitor ook de verhouding op (en omgekeerd)',
    path: ['gsmRelatie'],
  })
  .refine((d) => (d.gsmRelatie === 'verwant') === (d.gsmVerschil !== undefined), {
    error: 'Zeg bij een verwante indicator van de Gemeente-Stadsmonitor wat anders is (en alleen dan)',
    path: ['gsmVerschil'],
  })
  .meta({ title: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

/** Whether an indicator measures the same as its Gemeente-Stadsmonitor code (or one category of it): only then do its values count for that code. */
export const isSameMeasure = (i: Pick<Indicator, 'gsmRelatie'>) => i.gsmRelatie === 'gelijk' || i.gsmRelatie === 'deel';

/** The municipal layouts values are published for: 2024 (the 2019-2024 codes) or 2025. */
export const layoutSchema = z.union([z.literal(2024), z.literal(2025)], { error: 'Verwacht de indeling 2024 of 2025' });
export type Layout = z.infer<typeof layoutSchema>;

const countFields = {
  teller: z.number().nonnegative().optional(),
  noemer: z.number().positive().optional(),
};
const year = z.number().int().min(1990).max(2100);

/** One published value of an indicator for one municipality, layout and year (content/indicatorwaarden/). */
export const valueRowSchema = z.strictObject({
  nis: nisCode,
  indeling: layoutSchema,
  jaar: year,
  waarde: z.number(),
  ...countFields,
});
export type ValueRow = z.infer<typeof valueRowSchema>;

/**
 * Flanders for one year, summed at import over every municipality of that year's layout in the
 * source file (also the codes from before the 2019 mergers); `gemeenten` says over how many.
 */
export const flandersRowSchema = z.strictObject({
  jaar: year,
  waarde: z.number(),
  ...countFields,
  gemeenten: z.number().int().positive(),
});
export type FlandersRow = z.infer<typeof flandersRowSchema>;

/** A file of content/indicatorwaarden/, written by `npm run import:scan` only. */
export const valuesFileSchema = z.strictObject({
  indicator: slug,
  vlaanderen: z.array(flandersRowSchema).default([]),
  rijen: z.array(valueRowSchema),
});
export type ValuesFile = z.infer<typeof valuesFileSchema>;
