/** Grouping used by the data modules: one pass, lists appended in place (no copy per item). */

/**
 * Groups items by one key or several (an item with several keys is in each group once), keeping
 * the items' order within each group.
 */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
