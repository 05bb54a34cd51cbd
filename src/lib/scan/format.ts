/** Formatting of indicator values by unit, Dutch style. */
import { formatNumber } from '../shared/text.ts';

export function formatIndicatorValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value, 1, 1)} %`;
  // Always one decimal, as the source publishes them: "10,0" beside "9,5", not "10".
  if (unit.startsWith('per 1.000')) return formatNumber(value, 1, 1);
  return formatNumber(value);
}

/** "28,8 % tegenover 13,0 % in Vlaanderen" style difference, in percentage points for shares. */
export function differenceText(value: number, reference: number, unit: string): string {
  const diff = value - reference;
  const size =
    unit === '%' ? `${formatNumber(Math.abs(diff), 1, 1)} procentpunt` : formatIndicatorValue(Math.abs(diff), unit);
  return diff === 0 ? 'even hoog als' : `${size} ${diff > 0 ? 'hoger dan' : 'lager dan'}`;
}

/** "2014-2024", or "2023" for a single year (never "2023-2023"), or that there are no values. */
export function formatYears(years: number[]): string {
  if (!years.length) return 'nog geen waarden';
  const first = years[0];
  const last = years.at(-1)!;
  return first === last ? String(first) : `${first}-${last}`;
}
