/**
 * Stated limits on what one content file may hold. They keep a careless paste or a hostile upload
 * from exhausting the build (a 5 MB body, a YAML alias bomb, a thousand nested lists), and every
 * refusal quotes the limit it hit. The committed content stays far below each of them.
 */
export const CONTENT_LIMITS = {
  /** A YAML entry file, or the front matter of a Markdown/MDX file. */
  // The official indicator set with the publisher's 59 definitions (indicatorsets/lokale-integratiescan.yaml) is 85 kB.
  frontMatterBytes: 128 * 1024,
  /** The Markdown/MDX body of one practice or page. */
  bodyBytes: 100 * 1024,
  /** A whole collection in one file (the municipality lists are ~65 kB). */
  listFileBytes: 2 * 1024 * 1024,
  /** Levels of lists and fields within each other in data, and of blocks within each other in a body. */
  depth: 20,
  /** Uses of YAML aliases (*name) in one file. */
  yamlAliases: 100,
  /** Pixels of one uploaded image (width × height): 40 megapixels, beyond any camera photo worth publishing. */
  imagePixels: 40_000_000,
} as const;

/** Nesting depth of plain data (objects and arrays), counted without recursion so depth itself cannot overflow the stack. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    max = Math.max(max, depth + 1);
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return max;
}
