/** Content Security Policy and other response-hardening for the built site. (Implemented by the untrusted-content work.) */
import type { AstroIntegration } from 'astro';

export function security(): AstroIntegration {
  return { name: 'kennisbank:security', hooks: {} };
}
