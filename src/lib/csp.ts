/**
 * The site's Content Security Policy and other response headers. No inline script is allowed
 * anywhere; Pagefind needs WebAssembly ('wasm-unsafe-eval') and may start a worker from a blob.
 * Decap CMS under /admin/ is a large React bundle that evaluates code, so it gets its own policy,
 * limited to that path.
 */
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

export const ADMIN_CSP = [
  "default-src 'self'",
  // Decap CMS's bundle uses eval-like code and inline styles from its UI library.
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // The local backend (decap-server) on loopback, and Git hosting APIs in production.
  "connect-src 'self' http://127.0.0.1:8081 http://localhost:8081 https://api.github.com https://gitlab.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** A `_headers` file (Netlify / Cloudflare Pages format). More specific paths come last and win. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [block('/*', { 'Content-Security-Policy': PUBLIC_CSP, ...COMMON }), block('/admin/*', { 'Content-Security-Policy': ADMIN_CSP, ...COMMON })].join('\n\n') + '\n';
}

/** Finds inline executable scripts in built HTML: the CSP would block them, so the build refuses them. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const executable = !type || type === 'module' || type.includes('javascript');
    if (executable && !/\bsrc\s*=/.test(attrs) && m[2].trim()) found.push(m[2].trim().slice(0, 80));
  }
  for (const m of html.matchAll(/\son[a-z]+\s*=\s*["'][^"']*["']/gi)) found.push(m[0].trim().slice(0, 80));
  return found;
}
