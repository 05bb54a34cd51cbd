/** How plan goals, actions and project years are named on every page, filter and export. */
import { formatNumber } from '../shared/text.ts';

/** "5. Netwerken": the one label of a goal in lists, search filters and exports. */
export function goalLabel(goal: { nummer: number; titel: string }): string {
  return `${goal.nummer}. ${goal.titel}`;
}

/** "2022-23" → "2022–2023". */
export function projectYearSpan(projectjaar: string): string {
  return `${projectjaar.slice(0, 4)}–${projectjaar.slice(0, 2)}${projectjaar.slice(5)}`;
}

/**
 * "projectjaar 2 (2023–2024)", numbered by the plan's own list of project years; a year the plan
 * does not list is shown by its dates alone.
 */
export function projectYearLabel(projectjaar: string, planYears: readonly string[]): string {
  const index = [...planYears].sort().indexOf(projectjaar);
  return index < 0 ? projectYearSpan(projectjaar) : `projectjaar ${index + 1} (${projectYearSpan(projectjaar)})`;
}

/** A share as the site writes percentages (nl-BE, with a space before the sign): 1.727 → "173 %". */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100)} %`;
}

/** "2025" → "2025", "2025-10" → "oktober 2025", "2022-09-23" → "23 september 2022". */
export function formatSourceDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('nl-BE', options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}
