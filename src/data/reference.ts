/**
 * Reference data loaded once per build and shared by every page: municipalities, mergers and
 * taxonomies, sorted explicitly (collection order is not stable) and indexed by id.
 */
import { getCollection } from 'astro:content';
import { byDutchName } from '../lib/shared/text.ts';

async function load() {
  const [gemeenten, gemeenten2019, fusies, themas, doelgroepen, beleidsdoelen] = await Promise.all([
    getCollection('gemeenten'),
    getCollection('gemeenten2019'),
    getCollection('fusies'),
    getCollection('themas'),
    getCollection('doelgroepen'),
    getCollection('beleidsdoelen'),
  ]);
  const municipalities = gemeenten.map((e) => e.data).sort(byDutchName((m) => m.naam));
  const themes = themas.map((e) => e.data).sort(byDutchName((t) => t.label));
  const targetGroups = doelgroepen.map((e) => e.data).sort(byDutchName((t) => t.label));
  const policyGoals = beleidsdoelen
    .map((e) => e.data)
    .sort((a, b) => a.id.localeCompare(b.id, 'nl', { numeric: true }));
  const previousMunicipalities = gemeenten2019.map((e) => e.data).sort(byDutchName((m) => m.naam));
  return {
    municipalities,
    municipalityByNis: new Map(municipalities.map((m) => [m.nis, m])),
    previousMunicipalities,
    previousMunicipalityByNis: new Map(previousMunicipalities.map((m) => [m.nis, m])),
    /** The name of a NIS code of either layout (2019-2024 or 2025); the 2025 name wins for codes in both. */
    nameOfNis: new Map([...previousMunicipalities, ...municipalities].map((m) => [m.nis, m.naam])),
    mergers: fusies.map((e) => e.data).sort((a, b) => a.nis2024.localeCompare(b.nis2024)),
    themes,
    themeById: new Map(themes.map((t) => [t.id, t])),
    targetGroups,
    targetGroupById: new Map(targetGroups.map((t) => [t.id, t])),
    policyGoals,
    policyGoalById: new Map(policyGoals.map((g) => [g.id, g])),
  };
}

let cached: ReturnType<typeof load> | undefined;
export function getReferenceData() {
  cached ??= load();
  return cached;
}
