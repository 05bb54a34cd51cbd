/** The renderers of the allowed body components; pass to `<Content components={bodyComponentRenderers} />`. */
import Kader from './Kader.astro';
import Citaat from './Citaat.astro';
import Cijfer from './Cijfer.astro';
import type { BodyComponentName } from '../../schemas/body-components.ts';

export const bodyComponentRenderers: Record<BodyComponentName, unknown> = { Kader, Citaat, Cijfer };
