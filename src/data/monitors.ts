/** The monitors (content/monitoren/), loaded once per build, and which monitor each indicator comes from. */
import { getCollection } from 'astro:content';
import type { Monitor } from '../schemas/monitor.ts';
import { groupBy } from '../lib/shared/group.ts';

async function load() {
  const monitors = (await getCollection('monitoren'))
    .map((e) => e.data as Monitor)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { monitors, byIndicator: groupBy(monitors, (m) => m.indicatoren) };
}

let cached: ReturnType<typeof load> | undefined;
export function getMonitors() {
  cached ??= load();
  return cached;
}
