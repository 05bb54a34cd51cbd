/**
 * Astro collections, derived from the content registry in src/schemas/index.ts. The full content
 * check (references, unknown fields, MDX safety) runs before this, in src/integrations/content-guard.ts.
 */
import { defineCollection } from 'astro:content';
import { contentTypes, contentRoot } from './schemas/index.ts';
import { listLoader } from './loaders/list-loader.ts';
import { bodyLoader } from './loaders/body-loader.ts';

const root = contentRoot();

function collectionFor(name: keyof typeof contentTypes) {
  const type = contentTypes[name];
  const source = type.source;
  // Data records (list files, folders of YAML) and bodies alike are read by the content check's own parser.
  const loader =
    source.kind === 'list' || source.extension === 'yaml'
      ? listLoader(name, { ...type, source }, root)
      : bodyLoader(name, { ...type, source }, root);
  return defineCollection({ loader, schema: type.schema as any });
}

export const collections = {
  gemeenten: collectionFor('gemeenten'),
  gemeenten2019: collectionFor('gemeenten2019'),
  fusies: collectionFor('fusies'),
  themas: collectionFor('themas'),
  doelgroepen: collectionFor('doelgroepen'),
  beleidsdoelen: collectionFor('beleidsdoelen'),
  synoniemen: collectionFor('synoniemen'),
  praktijken: collectionFor('praktijken'),
  plannen: collectionFor('plannen'),
  plandoelen: collectionFor('plandoelen'),
  acties: collectionFor('acties'),
  indicatorsets: collectionFor('indicatorsets'),
  indicatoren: collectionFor('indicatoren'),
  paginas: collectionFor('paginas'),
  monitoren: collectionFor('monitoren'),
};
