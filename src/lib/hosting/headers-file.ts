/**
 * The `_headers` file as Cloudflare Pages reads it (the host the deploy recipe targets): a URL pattern
 * line, then indented `Name: value` lines, or `! Name` to detach a header a broader rule attached.
 *
 * Cloudflare documents that a request matching several rules inherits the headers of all of them, in
 * file order, and that a header attached twice gets both values joined with a comma; a detach line
 * removes what earlier rules attached. For a Content Security Policy a join means two policies, both
 * enforced. The local server applies the same rule, so tests see what production sends.
 */

export interface HeaderRule {
  /** The path pattern as written (`/admin/*`). */
  path: string;
  pattern: RegExp;
  /** Headers this rule attaches, in file order. */
  set: [string, string][];
  /** Header names this rule detaches (`! Name`). */
  unset: string[];
}

/** Parses `_headers`; `#` starts a comment line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      // `*` matches any run of characters, as in Cloudflare's splats.
      const pattern = new RegExp('^' + line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
      rules.push({ path: line, pattern, set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    if (line.startsWith('!')) {
      rule.unset.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a request for `path` gets: every matching rule in file order; a rule first detaches,
 * then attaches; a header attached by an earlier rule gets the new value appended after a comma.
 * Returns header names in lower case.
 */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  const attached = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const current = headers.get(key);
      headers.set(key, attached.has(key) && current !== undefined ? `${current}, ${value}` : value);
      attached.add(key);
    }
  }
  return headers;
}
