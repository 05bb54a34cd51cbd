/** Builds the Pagefind index after the site build. (Implemented by the search work.) */
import type { AstroIntegration } from 'astro';

export function searchIndex(): AstroIntegration {
  return { name: 'kennisbank:search-index', hooks: {} };
}
