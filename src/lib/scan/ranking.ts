/**
 * Rankings of municipalities by value. Hidden or unpublished values get no rank and do not move
 * anyone else's: they are listed apart, so a rank never hints at a hidden value.
 */
export interface Ranked {
  nis: string;
  value: number;
  rank: number;
}

/** High to low, ties share a rank (1, 2, 2, 4), names break ties in display order. */
export function ranking(
  published: string[],
  shown: Map<string, number>,
  nameOf: (nis: string) => string,
): { ranked: Ranked[]; hidden: string[] } {
  const byName = (a: string, b: string) => nameOf(a).localeCompare(nameOf(b), 'nl');
  const visible = published
    .filter((nis) => shown.has(nis))
    .sort((a, b) => shown.get(b)! - shown.get(a)! || byName(a, b));
  const ranked: Ranked[] = [];
  visible.forEach((nis, i) => {
    const value = shown.get(nis)!;
    const previous = ranked[i - 1];
    ranked.push({ nis, value, rank: previous && previous.value === value ? previous.rank : i + 1 });
  });
  return { ranked, hidden: published.filter((nis) => !shown.has(nis)).sort(byName) };
}

/**
 * The `n` highest (highest first) and `n` lowest (lowest first) of a ranking, and how many
 * municipalities were left out because their value is hidden or not published.
 */
export function extremes({ ranked, hidden }: { ranked: Ranked[]; hidden: string[] }, n = 10) {
  return { highest: ranked.slice(0, n), lowest: ranked.slice(-n).reverse(), leftOut: hidden.length };
}

/** The lowest `n` shown values, lowest first, and how many were left out as hidden. */
export function lowest(published: string[], shown: Map<string, number>, nameOf: (nis: string) => string, n = 10) {
  const { lowest: list, leftOut } = extremes(ranking(published, shown, nameOf), n);
  return { list, leftOut };
}
