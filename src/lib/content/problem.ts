/**
 * What a content check reports, and the entry it checks: plain data, no file access, so the same
 * checks run in the build, in the submission handler and in the browser (the CMS, /admin/validate.js).
 */
export interface Problem {
  file: string;
  line?: number;
  /** Data path, e.g. "bronnen[0].url"; empty for file-level problems. */
  field: string;
  message: string;
}

export interface ContentRecord {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  /** Markdown/MDX body, when the type has one. */
  body?: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine?: number;
  /** Line of a data path within the file, best effort. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}
