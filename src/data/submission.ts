/**
 * What the "Praktijk delen" form offers: the form tree derived from the practice schema, with the ids
 * and names of every collection it refers to (municipalities, themes, target groups, goals, actions),
 * read from the content this build publishes. The handler accepts exactly the ids the page offers.
 */
import { getCollection } from 'astro:content';
import { contentTypes } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/common.ts';
import { formControls, submissionForm, type RefOptions } from '../lib/submission/fields.ts';
import { byDutchName } from '../lib/shared/text.ts';

export async function getSubmissionForm() {
  const collections = [...new Set(formControls(submissionForm({}).practice).flatMap((f) => (f.ref ? [f.ref] : [])))];
  const refs: RefOptions = {};
  for (const name of collections as CollectionName[]) {
    const type = contentTypes[name];
    const entries = await getCollection(name);
    const options = entries.map((e) => {
      const data = e.data as Record<string, unknown>;
      const id = type.source.kind === 'list' ? String(data[type.source.idField]) : e.id;
      return { value: id, label: String(data[type.titleField] ?? id) };
    });
    // Goals and actions keep their numbering order; names are sorted as Dutch readers expect.
    refs[name] =
      name === 'beleidsdoelen' || name === 'acties'
        ? options.sort((a, b) => a.value.localeCompare(b.value, 'nl', { numeric: true }))
        : options.sort(byDutchName((o) => o.label));
  }
  return submissionForm(refs);
}
