/**
 * "Overgenomen van": a practice records that it adopts or adapts another practice (a foreign one,
 * or one of another Flemish municipality), what was changed and the source that says so. The
 * reverse direction ("taken over by") is derived from these records, never stored twice.
 *
 * The example is a fiche of the knowledge base (`praktijk`) or, when the source names an example
 * that has no fiche (the Survey Samenleven in Diversiteit follows "a similar Dutch survey" without
 * naming it), a short description with its country (`voorbeeld`): never both, never neither.
 */
import { z, label, line, ref, text, sourceSchema } from './common.ts';

export const ADOPTION_MODES = {
  overgenomen: 'Overgenomen',
  aangepast: 'Aangepast overgenomen',
} as const;

/** The country of a Flemish example outside the knowledge base; any other country makes it foreign. */
export const HOME_COUNTRY = 'België';

const exampleOutsideSchema = z
  .object({
    naam: label(
      line(200),
      'Naam of omschrijving',
      'Zoals de bron het voorbeeld noemt (bv. "een gelijkaardige survey in Nederland")',
    ),
    land: label(line(60), 'Land', `Het land van het voorbeeld; "${HOME_COUNTRY}" voor een Vlaams voorbeeld`),
  })
  .meta({
    title: 'Voorbeeld buiten de kennisbank',
    description: 'Alleen als het voorbeeld geen fiche in de kennisbank heeft',
  });

export const adoptionSchema = z
  .object({
    praktijk: label(
      ref('praktijken').optional(),
      'Oorspronkelijke praktijk',
      'De fiche in de kennisbank die als voorbeeld diende',
    ),
    voorbeeld: exampleOutsideSchema.optional(),
    wijze: label(
      z.enum(Object.keys(ADOPTION_MODES) as [keyof typeof ADOPTION_MODES, ...(keyof typeof ADOPTION_MODES)[]]),
      'Wijze',
      'Ongewijzigd overgenomen of aangepast aan de eigen situatie',
      { labels: ADOPTION_MODES },
    ),
    wijzigingen: label(
      text(600),
      'Wat werd gewijzigd',
      'Wat deze praktijk anders doet dan het voorbeeld, of wat de bron daarover (niet) zegt',
      { widget: 'text' },
    ),
    bron: sourceSchema
      .refine((source) => Boolean(source.sectie || source.url), {
        error: 'Vermeld waar de bron de overname beschrijft: een sectie of een webadres',
        path: ['sectie'],
      })
      .meta({
        title: 'Bron van de overname',
        description: 'Het document of de webpagina die zegt dat de praktijk overgenomen werd',
      }),
  })
  .superRefine((adoption, ctx) => {
    if (adoption.praktijk && adoption.voorbeeld) {
      ctx.addIssue({
        code: 'custom',
        path: ['voorbeeld'],
        message: 'Kies een fiche uit de kennisbank óf beschrijf een voorbeeld erbuiten, niet allebei',
      });
    } else if (!adoption.praktijk && !adoption.voorbeeld) {
      ctx.addIssue({
        code: 'custom',
        path: ['praktijk'],
        message:
          'Kies de oorspronkelijke praktijk, of beschrijf het voorbeeld als het geen fiche in de kennisbank heeft',
      });
    }
  })
  .meta({ title: 'Overname' });

export const adoptionsField = label(
  z.array(adoptionSchema).default([]),
  'Overgenomen van',
  'Praktijken waarop deze praktijk gebaseerd is, met wat er veranderde en de bron',
);

export type Adoption = z.infer<typeof adoptionSchema>;
