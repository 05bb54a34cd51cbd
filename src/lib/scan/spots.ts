/**
 * When a difference counts. A municipality's value differs meaningfully from a reference only
 * when the gap is larger than half the spread of all municipalities' values that year (the
 * interquartile range), and for a survey share at least the survey's margin (SURVEY_MARGIN).
 * Only indicators with a direction that are about integration are scores; strengths and weak
 * spots are the meaningful gaps on the favourable or unfavourable side, largest first.
 */
import { median } from './indicators.ts';

/** Percentage points: about the 95 % margin of a share near 50 % from some 400-500 answers per municipality. */
export const SURVEY_MARGIN = 5;
export const SPREAD_FACTOR = 0.5;

export const DIFFERENCE_RULE =
  'Een verschil telt pas als het groter is dan de helft van de spreiding tussen de gemeenten (de interkwartielafstand: het verschil tussen de gemeente op een kwart en die op drie kwart van de rangschikking, in dat jaar), en bij de bevraging minstens 5 procentpunt, ongeveer de foutenmarge van een steekproef van enkele honderden inwoners per gemeente. Alleen indicatoren met een richting (hoger of lager is beter) die over integratie gaan, kunnen een sterk of zwak punt zijn; contextcijfers zoals de herkomst van de inwoners en algemene cijfers zoals de totale werkzoekendengraad niet.';

export function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The smallest gap that counts, for the values of all municipalities in one year. */
export function differenceThreshold(values: number[], survey: boolean): number | undefined {
  if (values.length < 4) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const spread = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  return Math.max(SPREAD_FACTOR * spread, survey ? SURVEY_MARGIN : 0);
}

export type Direction = 'hoger-beter' | 'lager-beter' | 'neutraal';
export type Verdict = 'gunstiger' | 'ongunstiger' | 'hoger' | 'lager' | 'gelijk';

/**
 * How a value compares with a reference: "gelijk" when the gap is within the threshold; else
 * favourable or unfavourable for indicators with a direction, plainly higher or lower otherwise.
 */
export function compare(value: number, reference: number, threshold: number, direction: Direction): Verdict {
  const gap = value - reference;
  if (Math.abs(gap) <= threshold) return 'gelijk';
  if (direction === 'neutraal') return gap > 0 ? 'hoger' : 'lager';
  return gap > 0 === (direction === 'hoger-beter') ? 'gunstiger' : 'ongunstiger';
}

export const VERDICT_TEXT: Record<Verdict, { symbol: string; text: string }> = {
  gunstiger: { symbol: '▲', text: 'gunstiger' },
  ongunstiger: { symbol: '▼', text: 'minder gunstig' },
  hoger: { symbol: '↑', text: 'hoger' },
  lager: { symbol: '↓', text: 'lager' },
  gelijk: { symbol: '≈', text: 'geen duidelijk verschil' },
};

export interface Scored<T> {
  item: T;
  gap: number;
  threshold: number;
  verdict: Verdict;
}

/** Strengths and weak spots: meaningful favourable / unfavourable gaps, largest relative to the threshold first. */
export function spots<T>(scored: Scored<T>[], n = 5): { strong: Scored<T>[]; weak: Scored<T>[] } {
  const size = (s: Scored<T>) => Math.abs(s.gap) / (s.threshold || 1);
  const pick = (v: Verdict) =>
    scored
      .filter((s) => s.verdict === v)
      .sort((a, b) => size(b) - size(a))
      .slice(0, n);
  return { strong: pick('gunstiger'), weak: pick('ongunstiger') };
}

/** The median of the group members that have a value, and how many of the group that is. */
export function groupMedian(values: (number | undefined)[]): { value?: number; count: number; of: number } {
  const present = values.filter((v): v is number => v !== undefined);
  return { value: median(present), count: present.length, of: values.length };
}
