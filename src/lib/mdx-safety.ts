/**
 * Checks an MDX body written through the CMS before it is compiled: MDX is code, so anything but
 * Markdown and the site's own allowed components is refused. (Filled in by the untrusted-content work.)
 */
import type { Problem } from './content-files.ts';

export function checkMdxBody(_body: string, _file: string, _firstLine: number): Problem[] {
  return [];
}
