/**
 * The site's Content Security Policy and other response headers. No inline script is allowed
 * anywhere; Pagefind needs WebAssembly ('wasm-unsafe-eval') and may start a worker from a blob.
 * Decap CMS under /admin/ is a large React bundle that evaluates code, so it gets its own policy,
 * limited to that path.
 */
import { startTags, type StartTag } from '../shared/html-tags.ts';

export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface AdminCspOptions {
  /** Port of decap-server on 127.0.0.1 when the CMS edits the local working copy (`npm start`). */
  cmsPort?: number;
}

/**
 * The policy of /admin/. Decap encodes an upload by fetching the `blob:` URL of the chosen file, so
 * connect-src allows blob: (without it saving an entry with an image fails). The loopback backend is
 * allowed only when the build enables it, and only on the port it was given.
 */
export function adminCsp(options: AdminCspOptions = {}): string {
  const local = options.cmsPort ? [`http://127.0.0.1:${options.cmsPort}`, `http://localhost:${options.cmsPort}`] : [];
  return [
    "default-src 'self'",
    // Decap CMS's bundle uses eval-like code and inline styles from its UI library.
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // Avatars of signed-in GitHub users.
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    ['connect-src', "'self'", 'blob:', ...local, 'https://api.github.com', 'https://gitlab.com'].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The production policy of /admin/ (no local backend). */
export const ADMIN_CSP = adminCsp();

/**
 * The same policy as a <meta http-equiv> tag, for hosts that cannot set headers (GitHub Pages,
 * GitLab Pages, a plain bucket). Browsers ignore frame-ancestors in a meta tag (and warn about it),
 * so it is left out there; the header remains the complete policy where the host supports it.
 * Both apply together, and the meta policy is never stricter than the header.
 */
export function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}
export const META_CSP = metaPolicy(PUBLIC_CSP);

/** Inserts a meta CSP (by default the public one) as the first element after <meta charset>, before any script or stylesheet. */
export function withMetaCsp(html: string, policy = META_CSP): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset)
    return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('Geen <head> gevonden om de Content Security Policy in te zetten');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}

/**
 * A public page as it is published: the policy in a <meta> tag (for hosts without header support), and
 * what in it that policy would block (inline scripts, handlers, javascript: URLs, inline styles), which
 * fails the build. The build (src/integrations/security.ts) and the fast rebuild of `npm start` share it.
 */
export function publishPublicPage(html: string): { html: string; blocked: string[] } {
  // One parse for both checks: parsing is most of the cost on a 500-page site.
  const tags = startTags(html);
  return { html: withMetaCsp(html), blocked: [...inlineScripts(html, tags), ...inlineStyles(html, tags)] };
}

/** Headers every response carries besides its policy (the _headers file and the submission handler). */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * The `_headers` file (Cloudflare Pages format, see headers-file.ts). Every matching rule applies and
 * same-named headers are joined, so /admin/ first detaches the site-wide policy (`! Content-Security-Policy`)
 * and then attaches its own: the browser gets exactly one policy. The other headers are inherited from `/*`.
 */
export function headersFile(options: AdminCspOptions = {}): string {
  const block = (path: string, lines: string[]) => [path, ...lines.map((l) => `  ${l}`)].join('\n');
  const pairs = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return (
    [
      block('/*', pairs({ 'Content-Security-Policy': PUBLIC_CSP, ...COMMON_HEADERS })),
      block('/admin/*', ['! Content-Security-Policy', ...pairs({ 'Content-Security-Policy': adminCsp(options) })]),
    ].join('\n\n') + '\n'
  );
}

/**
 * Finds what the CSP would block in built HTML: inline executable scripts, event-handler attributes
 * and javascript: URLs. The build refuses them. Markup inside attribute values or comments is text.
 */
export function inlineScripts(html: string, tags: StartTag[] = startTags(html)): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    if (tag.name === 'script') {
      const type = tag.attrs.get('type')?.trim().toLowerCase();
      const executable = !type || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
      if (executable && !tag.attrs.has('src') && tag.content?.trim()) found.push(tag.content.trim().slice(0, 80));
    }
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on')) found.push(`${name}="${value}"`.slice(0, 80));
      else if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
        /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))
      )
        found.push(`${name}="${value}"`.slice(0, 80));
    }
  }
  return found;
}

/**
 * Finds inline styles the CSP (style-src 'self') would block: <style> elements and style attributes,
 * also inside inline SVG. A blocked style fails silently in the browser, so the build refuses it.
 */
export function inlineStyles(html: string, tags: StartTag[] = startTags(html)): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    if (tag.name === 'style' && tag.content?.trim()) found.push(`<style>${tag.content.trim()}`.slice(0, 80));
    const style = tag.attrs.get('style');
    if (style?.trim()) found.push(`<${tag.name} style="${style}">`.slice(0, 80));
  }
  return found;
}
