/**
 * The curator's workbench in the CMS list of a collection with a curation block (`curatie`): what the
 * list shows per entry, how it sorts, and filters and groups by curation status and review date.
 * Everything is derived from the schema (statuses and their labels, the date fields).
 */
import type { z } from 'astro/zod';
import { objectFields, unwrap } from '../src/lib/content/schema-walk.ts';

/**
 * A regular expression matching exactly the strings of the same shape as `limit` (digits and fixed
 * separators, e.g. an ISO date) that sort at or before it. Decap filters by pattern only, so "review due
 * by today" becomes a pattern fixed when the configuration is generated.
 */
export function atOrBefore(limit: string): string {
  const parts: string[] = [];
  for (let i = 0; i < limit.length; i++) {
    const digit = Number(limit[i]);
    if (!/\d/.test(limit[i]) || digit === 0) continue;
    const rest = limit.slice(i + 1).replace(/\d/g, '\\d');
    parts.push(`${escape(limit.slice(0, i))}[0-${digit - 1}]${rest}`);
  }
  parts.push(escape(limit));
  return `^(?:${parts.join('|')})$`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Workbench {
  summary: string;
  sortable_fields: { field: string; label: string; default_sort?: 'asc' | 'desc' }[];
  view_filters: { label: string; field: string; pattern: string }[];
  view_groups: { label: string; field: string; pattern?: string }[];
}

/** The workbench of a schema with a `curatie` object holding a status enum; undefined for others. */
export function workbenchFor(schema: z.ZodType, titleField: string, today: string): Workbench | undefined {
  const curation = objectFields(schema).find(([name]) => name === 'curatie');
  if (!curation) return undefined;
  const fields = new Map(objectFields(curation[1]).map(([name, s]) => [name, unwrap(s)]));
  const status = fields.get('status');
  if (status?.def.type !== 'enum') return undefined;
  const labels = (status.meta.labels ?? {}) as Record<string, string>;
  const dates = [...fields].filter(([, f]) => f.def.type === 'string' && f.def.format === 'date');
  const title = (name: string) => fields.get(name)?.meta.title ?? name;
  const hasGemeenten = objectFields(schema).some(([name]) => name === 'gemeenten');
  return {
    summary: [
      `{{${titleField}}}`,
      `{{curatie.status}}`,
      ...(hasGemeenten ? ['{{gemeenten}}'] : []),
      'ingediend {{curatie.ingediendOp}}',
      'review {{curatie.volgendeReview}}',
    ]
      .filter((part) => !/curatie\.(\w+)/.test(part) || fields.has(/curatie\.(\w+)/.exec(part)![1]))
      .join(' · '),
    sortable_fields: [
      { field: titleField, label: 'Titel' },
      ...dates.map(([name]) => ({ field: `curatie.${name}`, label: title(name) })),
    ],
    view_filters: [
      ...Object.values(status.def.entries as Record<string, string>).map((value) => ({
        label: labels[value] ?? value,
        field: 'curatie.status',
        pattern: `^${escape(value)}$`,
      })),
      ...(fields.has('volgendeReview')
        ? [
            {
              label: `Review nodig (gepland tot ${today})`,
              field: 'curatie.volgendeReview',
              pattern: atOrBefore(today),
            },
          ]
        : []),
    ],
    view_groups: [
      { label: title('status'), field: 'curatie.status' },
      ...(fields.has('volgendeReview')
        ? [{ label: `${title('volgendeReview')} (jaar)`, field: 'curatie.volgendeReview', pattern: '^\\d{4}' }]
        : []),
    ],
  };
}
