/**
 * Astro collections, derived from the content registry in src/schemas/index.ts. The full content
 * check (references, unknown fields, MDX safety) runs before this, in src/integrations/content-guard.ts.
 */
import { defineCollection } from 'astro:content';
import { contentTypes, contentRoot, type ContentType } from './schemas/index.ts';
import type { CollectionName } from './schemas/common.ts';
import { loaderFor } from './loaders/index.ts';

const root = contentRoot();

/** One collection: the registry's schema for it (typed per collection) and the loader its source needs. */
function collectionFor<S extends ContentType['schema']>(name: CollectionName, schema: S) {
  return defineCollection({ loader: loaderFor(name, root), schema });
}

export const collections = {
  gemeenten: collectionFor('gemeenten', contentTypes.gemeenten.schema),
  gemeenten2019: collectionFor('gemeenten2019', contentTypes.gemeenten2019.schema),
  fusies: collectionFor('fusies', contentTypes.fusies.schema),
  themas: collectionFor('themas', contentTypes.themas.schema),
  doelgroepen: collectionFor('doelgroepen', contentTypes.doelgroepen.schema),
  beleidsdoelen: collectionFor('beleidsdoelen', contentTypes.beleidsdoelen.schema),
  synoniemen: collectionFor('synoniemen', contentTypes.synoniemen.schema),
  praktijken: collectionFor('praktijken', contentTypes.praktijken.schema),
  plannen: collectionFor('plannen', contentTypes.plannen.schema),
  plandoelen: collectionFor('plandoelen', contentTypes.plandoelen.schema),
  acties: collectionFor('acties', contentTypes.acties.schema),
  indicatorsets: collectionFor('indicatorsets', contentTypes.indicatorsets.schema),
  indicatoren: collectionFor('indicatoren', contentTypes.indicatoren.schema),
  paginas: collectionFor('paginas', contentTypes.paginas.schema),
  monitoren: collectionFor('monitoren', contentTypes.monitoren.schema),
};
