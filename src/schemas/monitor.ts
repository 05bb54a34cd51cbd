/**
 * The monitors the Flemish integration page names next to the lokale integratiescan (the Survey
 * Samenleven in Diversiteit, the Barometer Samenleven, the Vlaamse Integratie- en
 * Inburgeringsmonitor): what each is, who publishes it, how it relates to the indicators of the
 * knowledge base, and which of those indicators come from it.
 */
import { z, label, line, text, ref, slug, sourceSchema } from './common.ts';

/** Shown where a fact about a monitor is not in any source. */
export const NOT_FOUND = 'niet gevonden';

export const monitorSchema = z
  .object({
    id: label(slug, 'Id', 'Vaste sleutel in kleine letters; verander die niet na publicatie'),
    naam: label(line(150), 'Naam'),
    uitgever: label(
      line(200).optional(),
      'Uitgever',
      `Wie de monitor publiceert; leeg laten als geen bron het zegt (de site toont dan "${NOT_FOUND}")`,
    ),
    wat: label(
      text(900),
      'Wat is het',
      'Wat de monitor meet, bij wie, op welk niveau en hoe vaak, volgens de bronnen',
      { widget: 'text' },
    ),
    verband: label(
      text(900),
      'Verband met de indicatoren van de kennisbank',
      'Hoe de monitor zich verhoudt tot de indicatoren die de kennisbank toont',
      { widget: 'text' },
    ),
    indicatoren: label(
      z.array(ref('indicatoren')).default([]),
      'Indicatoren uit deze monitor',
      'Indicatoren van de kennisbank die uit deze monitor komen; hun pagina vermeldt dat',
    ),
    bronnen: label(z.array(sourceSchema).min(1, { error: 'Vermeld minstens één bron' }), 'Bronnen'),
  })
  .meta({ title: 'Monitor' });

export type Monitor = z.infer<typeof monitorSchema>;
