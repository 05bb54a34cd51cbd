/** Shared vocabularies: themes, target groups, the goals of the Flemish policy notes and search synonyms. */
import { z, label, line, ref, slug, text } from './common.ts';

export const themeSchema = z
  .object({
    id: label(slug, 'Id', 'Vaste sleutel in kleine letters; verander die niet na publicatie'),
    label: label(line(60), 'Naam'),
    beschrijving: label(text(300), 'Beschrijving'),
    beleidsdoelen: label(
      z.array(ref('beleidsdoelen')).default([]),
      'Beleidsdoelen',
      'Operationele doelstellingen waar dit thema bij hoort',
    ),
  })
  .meta({ title: 'Thema' });
export type Theme = z.infer<typeof themeSchema>;

export const targetGroupSchema = z
  .object({
    id: label(slug, 'Id'),
    label: label(line(60), 'Naam'),
    beschrijving: label(text(300), 'Beschrijving'),
  })
  .meta({ title: 'Doelgroep' });
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/**
 * Words people use for the same kind of practice ("taalcafé", "praattafel", "klapsalon"). A practice
 * that mentions one term of a group is indexed for search with all of them.
 */
export const synonymGroupSchema = z
  .object({
    id: label(slug, 'Id'),
    label: label(line(60), 'Naam', 'Hoe de groep heet in het CMS, bv. "Taalcafé en praattafel"'),
    termen: label(
      z
        .array(line(60).refine((t) => !/[,;]/.test(t), { error: 'Eén term per regel, zonder komma of puntkomma' }))
        .min(2, { error: 'Een synoniemgroep heeft minstens twee termen' }),
      'Termen',
      'Woorden of woordgroepen die hetzelfde betekenen; kleine letters of hoofdletters maakt niet uit',
    ),
  })
  .meta({ title: 'Synoniemen' });
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

export const POLICY_NOTES = {
  bn2014: 'Beleidsnota 2014-2019 Integratie en Inburgering',
  bn2019: 'Beleidsnota 2019-2024 Gelijke Kansen, Integratie en Inburgering',
} as const;

export const policyGoalSchema = z
  .object({
    id: label(
      z.string().regex(/^bn(2014|2019)-(sd\d|od\d\.\d)$/, { error: 'Verwacht een id als "bn2019-od2.2"' }),
      'Id',
    ),
    nota: label(z.enum(['bn2014', 'bn2019']), 'Beleidsnota', undefined, { labels: POLICY_NOTES }),
    niveau: label(z.enum(['sd', 'od']), 'Niveau', undefined, {
      labels: { sd: 'Strategische doelstelling', od: 'Operationele doelstelling' },
    }),
    nummer: label(z.string().regex(/^\d(\.\d)?$/), 'Nummer'),
    titel: label(text(400), 'Titel'),
    bovenliggend: label(ref('beleidsdoelen').optional(), 'Strategische doelstelling'),
    bron: label(line(300), 'Bron'),
  })
  .refine((g) => (g.niveau === 'od') === Boolean(g.bovenliggend), {
    error: 'Een operationele doelstelling heeft een bovenliggende strategische doelstelling, een strategische niet',
    path: ['bovenliggend'],
  })
  .meta({ title: 'Beleidsdoel' });
export type PolicyGoal = z.infer<typeof policyGoalSchema>;
