/** Dutch (nl-BE) text and number formatting shared by pages, feeds and exports. */

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

export function byDutchName<T>(key: (item: T) => string) {
  return (a: T, b: T) => collator.compare(key(a), key(b));
}

/** @param minimumFractionDigits - set it to keep a column of shares aligned ("14,0 %" beside "13,5 %"). */
export function formatNumber(value: number, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat('nl-BE', { maximumFractionDigits, minimumFractionDigits }).format(value);
}

export function formatEuro(value: number): string {
  return new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** "2022-04-01" → "1 april 2022". Dates stay strings in content; parsed as UTC to avoid a day shift. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** "2023" → "2023", "2023-05" → "mei 2023", "2023-05-14" → "14 mei 2023": as precise as the source. */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}-01T00:00:00Z`),
    );
  }
  return formatDate(date);
}

/** "1 gemeente" / "3 gemeenten". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** URL-safe slug from Dutch text: "Sint-Niklaas" → "sint-niklaas", "Liedekerke (’t)" → "liedekerke-t". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
