/** Publishes Decap CMS and its generated config under /admin. (Implemented by the CMS work.) */
import type { AstroIntegration } from 'astro';

export function cms(): AstroIntegration {
  return { name: 'kennisbank:cms', hooks: {} };
}
