/**
 * What the practice fiche says, as pure functions of the fiche data: field labels from the schema's
 * metadata, the period, the status (with the date of the newest evidence where the status is not
 * confirmed), the cost and the criteria. The page and its components only lay these out.
 */
import {
  practiceSchema,
  COST_RANGES,
  CRITERION_VERDICTS,
  PRACTICE_STATUSES,
  type Practice,
  type PublishedPractice,
} from '../../schemas/practice.ts';
import { schemaAt, unwrap } from '../content/schema-walk.ts';
import { formatPartialDate } from '../shared/text.ts';

/** The Dutch label of a fiche field, as the CMS form shows it: practiceLabel('bewijs', 'niveau') → "Bewijsniveau". */
export function practiceLabel(...path: string[]): string {
  const field = schemaAt(practiceSchema, path);
  const title = field ? unwrap(field).meta.title : undefined;
  if (!title) throw new Error(`Veld zonder label in het praktijkschema: ${path.join('.')}`);
  return title;
}

export function periodText({ start, einde, structureel }: Practice['periode']): string {
  const lasting = structureel ? ' (structureel)' : '';
  if (start) return `${einde ? `${start} – ${einde}` : `sinds ${start}`}${lasting}`;
  if (einde) return `tot ${einde} (startjaar niet bekend)`;
  return `startjaar niet bekend${lasting}`;
}

/** The status, and for a status no recent source confirms, since when the newest evidence dates. */
export function statusText(status: Practice['status'], evidenceDate: string): string {
  const label = PRACTICE_STATUSES[status];
  return status === 'onbekend' ? `${label}: de recentste bron dateert van ${formatPartialDate(evidenceDate)}` : label;
}

/** The cost as the source states it and the cost range, or a sentence that no source gives it. */
export function costText({ kosten, kostenklasse }: Practice['financiering']): string {
  const parts = [kosten, kostenklasse !== 'onbekend' ? COST_RANGES[kostenklasse] : undefined].filter(Boolean);
  return parts.length ? parts.join('; ') : 'Geen bron vermeldt de kosten';
}

export type VerdictTone = 'ok' | 'warn' | 'muted';
const TONES: Record<keyof typeof CRITERION_VERDICTS, VerdictTone> = {
  voldaan: 'ok',
  deels: 'warn',
  'niet-aangetoond': 'muted',
};

/** The three criteria in schema order, each with its title from the schema, verdict label and tone. */
export function criteriaRows(criteria: PublishedPractice['criteria']) {
  return (Object.keys(criteria) as (keyof PublishedPractice['criteria'])[]).map((key) => ({
    key,
    title: practiceLabel('criteria', key),
    verdict: CRITERION_VERDICTS[criteria[key].oordeel],
    tone: TONES[criteria[key].oordeel],
    explanation: criteria[key].toelichting,
  }));
}

/** The text a visitor searches in: title, summary and narrative; synonyms are matched against it. */
export const searchableText = (data: Pick<Practice, 'titel' | 'samenvatting'>, body = '') =>
  `${data.titel}\n${data.samenvatting}\n${body}`;
