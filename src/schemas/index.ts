/**
 * The content registry: every collection, its schema and where its files live. The Astro content
 * config, the content validator, the CMS config and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './common.ts';
import { municipalitySchema, mergerSchema } from './municipality.ts';
import { themeSchema, targetGroupSchema, policyGoalSchema, synonymGroupSchema } from './taxonomy.ts';
import { practiceSchema } from './practice.ts';
import { planSchema, planGoalSchema, actionSchema } from './plan.ts';
import { indicatorSchema, indicatorSetSchema } from './indicator.ts';
import { pageSchema } from './page.ts';
import { monitorSchema } from './monitor.ts';
import { SEARCH_TYPE_LABELS } from '../lib/search/vocabulary.ts';

/**
 * A whole collection in one file: a list of records under one key (`themas: [...]`), each with an id
 * field. The key makes the file a map, which Decap CMS can edit as a file collection.
 */
export interface ListSource {
  kind: 'list';
  file: string;
  key: string;
  idField: string;
  /** The id is a code people look for (a NIS code, a goal number): pickers show it after the title. */
  idIsCode?: true;
}
/** One file per entry; the file name (without extension) is the id. */
export interface FolderSource {
  kind: 'folder';
  dir: string;
  extension: 'yaml' | 'md' | 'mdx';
}

export interface ContentType {
  label: string;
  labelSingular: string;
  schema: z.ZodType;
  source: ListSource | FolderSource;
  /** The field that names an entry to people: CMS lists and relation pickers show it. */
  titleField: string;
  /** Filled by an import script, so read-only in the CMS. */
  imported?: boolean;
}

export const contentTypes = {
  gemeenten: {
    label: 'Gemeenten',
    labelSingular: SEARCH_TYPE_LABELS.gemeente,
    titleField: 'naam',
    schema: municipalitySchema,
    source: { kind: 'list', file: 'gemeenten/gemeenten-2025.json', key: 'gemeenten', idField: 'nis', idIsCode: true },
    imported: true,
  },
  gemeenten2019: {
    label: 'Gemeenten 2019-2024',
    labelSingular: 'Gemeente (2019-2024)',
    titleField: 'naam',
    schema: municipalitySchema,
    source: {
      kind: 'list',
      file: 'gemeenten/gemeenten-2019-2024.json',
      key: 'gemeenten',
      idField: 'nis',
      idIsCode: true,
    },
    imported: true,
  },
  fusies: {
    label: 'Fusies 2025',
    labelSingular: 'Fusie',
    titleField: 'naam2024',
    schema: mergerSchema,
    source: { kind: 'list', file: 'gemeenten/fusies-2025.json', key: 'fusies', idField: 'nis2024', idIsCode: true },
    imported: true,
  },
  themas: {
    label: "Thema's",
    labelSingular: 'Thema',
    titleField: 'label',
    schema: themeSchema,
    source: { kind: 'list', file: 'taxonomieen/themas.yaml', key: 'themas', idField: 'id' },
  },
  doelgroepen: {
    label: 'Doelgroepen',
    labelSingular: 'Doelgroep',
    titleField: 'label',
    schema: targetGroupSchema,
    source: { kind: 'list', file: 'taxonomieen/doelgroepen.yaml', key: 'doelgroepen', idField: 'id' },
  },
  beleidsdoelen: {
    label: 'Beleidsdoelen',
    labelSingular: 'Beleidsdoel',
    titleField: 'titel',
    schema: policyGoalSchema,
    source: {
      kind: 'list',
      file: 'taxonomieen/beleidsdoelen.yaml',
      key: 'beleidsdoelen',
      idField: 'id',
      idIsCode: true,
    },
  },
  synoniemen: {
    label: 'Synoniemen voor zoeken',
    labelSingular: 'Synoniemgroep',
    titleField: 'label',
    schema: synonymGroupSchema,
    source: { kind: 'list', file: 'taxonomieen/synoniemen.yaml', key: 'synoniemen', idField: 'id' },
  },
  praktijken: {
    label: 'Goede praktijken',
    labelSingular: SEARCH_TYPE_LABELS.praktijk,
    titleField: 'titel',
    schema: practiceSchema,
    source: { kind: 'folder', dir: 'praktijken', extension: 'mdx' },
  },
  plannen: {
    label: 'Plannen',
    labelSingular: 'Plan',
    titleField: 'titel',
    schema: planSchema,
    source: { kind: 'folder', dir: 'plannen', extension: 'yaml' },
  },
  plandoelen: {
    label: 'Doelen van plannen',
    labelSingular: 'Doel',
    titleField: 'titel',
    schema: planGoalSchema,
    source: { kind: 'folder', dir: 'plandoelen', extension: 'yaml' },
  },
  acties: {
    label: 'Acties',
    labelSingular: SEARCH_TYPE_LABELS.actie,
    titleField: 'titel',
    schema: actionSchema,
    source: { kind: 'folder', dir: 'acties', extension: 'yaml' },
  },
  indicatorsets: {
    label: 'Indicatorsets',
    labelSingular: 'Indicatorset',
    titleField: 'titel',
    schema: indicatorSetSchema,
    source: { kind: 'folder', dir: 'indicatorsets', extension: 'yaml' },
  },
  indicatoren: {
    label: 'Indicatoren',
    labelSingular: SEARCH_TYPE_LABELS.indicator,
    titleField: 'naam',
    schema: indicatorSchema,
    source: { kind: 'folder', dir: 'indicatoren', extension: 'yaml' },
  },
  paginas: {
    label: "Pagina's",
    labelSingular: SEARCH_TYPE_LABELS.pagina,
    titleField: 'titel',
    schema: pageSchema,
    source: { kind: 'folder', dir: 'paginas', extension: 'md' },
  },
  monitoren: {
    label: 'Monitoren',
    labelSingular: 'Monitor',
    titleField: 'naam',
    schema: monitorSchema,
    source: { kind: 'list', file: 'monitoren/monitoren.yaml', key: 'monitoren', idField: 'id' },
  },
} satisfies Record<CollectionName, ContentType>;

export const collectionNames = Object.keys(contentTypes) as CollectionName[];

/** Where content lives. Tests and the benchmark point this at a fixture or generated tree. */
export function contentRoot(): string {
  return process.env.KENNISBANK_CONTENT ?? 'content';
}
