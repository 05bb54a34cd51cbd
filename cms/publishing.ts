/**
 * Decap's word "publiceren" and the practice's own curation status must not contradict each other. In the
 * editorial workflow "Publiceer" merges the entry into the branch the site is built from; a practice is on
 * the site only with a curation status in ON_SITE_STATUSES. So publishing a practice that is still
 * "ingediend" or "in review" is refused (cms/admin-init.js runs the rule in Decap's prePublish event, which
 * aborts the merge and keeps the entry in the workflow), with a message that says what to do. Decap's
 * "Gepubliceerd" then always means: on the site.
 */
import { contentTypes, type ContentType } from '../src/schemas/index.ts';
import { enumValues, schemaAt, unwrap } from '../src/lib/content/schema-walk.ts';
import { ON_SITE_STATUSES } from '../src/schemas/practice.ts';
import type { CollectionName } from '../src/schemas/common.ts';

/** Where an entry keeps its curation status. */
export const STATUS_PATH = ['curatie', 'status'] as const;

/** The rule as the admin script reads it from the collection's config (key PUBLISH_RULE_KEY). */
export interface PublishRule {
  path: string[];
  /** Statuses with which publishing is allowed. */
  allowed: string[];
  /** Label of each status as the form shows it. */
  labels: Record<string, string>;
  /** The refusal; `%{status}` is replaced by the label of the entry's status. */
  message: string;
  /** Shown above the collection's entries: what Decap's "Gepubliceerd" means for these entries. */
  description: string;
}

export const PUBLISH_RULE_KEY = 'kennisbank_publish';

/** The rule of a collection whose entries carry a curation status (practices), or undefined. */
export function publishRuleFor(name: CollectionName): PublishRule | undefined {
  const schema = (contentTypes[name] as ContentType).schema;
  const status = schemaAt(schema, STATUS_PATH);
  if (!status) return undefined;
  const values = enumValues(status) ?? [];
  const labels = (unwrap(status).meta.labels ?? {}) as Record<string, string>;
  const allowed = ON_SITE_STATUSES.filter((s) => values.includes(s));
  const field = (unwrap(status).meta.title as string | undefined) ?? STATUS_PATH.join('.');
  const names = allowed.map((s) => `«${labels[s] ?? s}»`).join(' of ');
  return {
    path: [...STATUS_PATH],
    allowed,
    labels,
    message:
      `Publiceren zet deze ${(contentTypes[name] as ContentType).labelSingular.toLowerCase()} op de site, maar de ${field.toLowerCase()} is «%{status}». ` +
      `Zet «${field}» op ${names} (na het oordeel van de curator), bewaar, en publiceer dan. Tot dan blijft ze in de redactiestroom, niet op de site.`,
    description:
      `«Gepubliceerd» in de werkbalk betekent: op de site. Publiceren kan alleen met ${field.toLowerCase()} ${names}; ` +
      `een ingediende of geweigerde inzending blijft in de redactiestroom (Concept, Wordt beoordeeld, Klaar) tot een curator ze beoordeelt.`,
  };
}
