/**
 * What the public "Praktijk delen" form adds to a practice: who sent it (for the curator only, never
 * published) and the reference the submitter quotes when following up. The form itself is derived from
 * the practice schema (src/lib/submission/fields.ts); these fields live under `curatie`, which no page
 * renders, and are marked `private` so no export carries them.
 */
import { z, label, line, isoDate } from './common.ts';

/** A submission's reference: "KB-" + the day it arrived + six hexadecimal characters. */
export const SUBMISSION_REFERENCE = /^KB-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$/;

export const submitterSchema = z
  .object({
    naam: label(line(100).optional(), 'Je naam', 'Alleen voor de curator, om je vragen te stellen over de inzending'),
    email: label(
      z.email({ error: 'Verwacht een e-mailadres (bv. "naam@gemeente.be")' }).optional(),
      'Je e-mailadres',
      'Alleen voor de curator',
    ),
    organisatie: label(line(150).optional(), 'Je organisatie', 'Bv. "Gemeente Zele, dienst Welzijn"'),
    toestemming: label(
      isoDate.optional(),
      'Toestemming gegeven op',
      'De dag waarop de indiener toestemming gaf om naam en e-mailadres te bewaren voor de opvolging',
    ),
  })
  .superRefine((s, ctx) => {
    for (const field of ['naam', 'email'] as const) {
      if (s[field] && !s.toestemming)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            'Je naam of e-mailadres bewaren we alleen met je toestemming: vink de toestemming aan of laat dit veld leeg',
        });
    }
  })
  .meta({
    title: 'Indiener',
    description: 'Niet op de site en niet in de exports; alleen voor de curatoren',
    private: true,
  });

export const submissionReference = z
  .string()
  .regex(SUBMISSION_REFERENCE, { error: 'Verwacht een referentie als "KB-2026-12-02-ab12cd"' });
