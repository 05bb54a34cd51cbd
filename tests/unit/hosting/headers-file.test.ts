/** `_headers` as Cloudflare Pages applies it, and the site's own file read by that rule. */
import { describe, it, expect } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../src/lib/hosting/headers-file.ts';
import { adminCsp, headersFile, PUBLIC_CSP } from '../../../src/lib/hosting/csp.ts';

describe("Cloudflare Pages' documented rule", () => {
  // The example of Cloudflare's headers documentation (host-less rules): a request matching several
  // rules inherits all their headers, and a header attached twice has its values joined by a comma.
  const example = parseHeadersFile(
    [
      '# comment',
      '/secure/page',
      '  X-Frame-Options: DENY',
      '  X-Content-Type-Options: nosniff',
      '',
      '/static/*',
      '  X-Robots-Tag: nosnippet',
      '',
      '/*',
      '  X-Robots-Tag: noindex',
      '',
    ].join('\n'),
  );

  it('inherits the headers of every matching rule and joins a repeated header with a comma', () => {
    expect(Object.fromEntries(headersForPath(example, '/secure/page'))).toEqual({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex',
    });
    expect(Object.fromEntries(headersForPath(example, '/static/styles.css'))).toEqual({
      'x-robots-tag': 'nosnippet, noindex',
    });
    expect(Object.fromEntries(headersForPath(example, '/home'))).toEqual({ 'x-robots-tag': 'noindex' });
  });

  it('a "! Name" line detaches what a broader rule attached', () => {
    const rules = parseHeadersFile(
      '/*\n  Content-Security-Policy: a\n  X-Test: 1\n\n/images/*\n  ! Content-Security-Policy\n',
    );
    expect(Object.fromEntries(headersForPath(rules, '/images/x.png'))).toEqual({ 'x-test': '1' });
    expect(headersForPath(rules, '/other').get('content-security-policy')).toBe('a');
  });
});

describe('the _headers file the build writes', () => {
  const rules = parseHeadersFile(headersFile({ cmsPort: 9123 }));

  it('gives /admin/ exactly one policy, its own, and the other headers once', () => {
    for (const path of ['/admin/', '/admin/config.js']) {
      const headers = headersForPath(rules, path);
      expect(headers.get('content-security-policy')).toBe(adminCsp({ cmsPort: 9123 }));
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('would give /admin/ two policies joined without the detach line (so the line is what prevents it)', () => {
    const withoutDetach = parseHeadersFile(
      headersFile({ cmsPort: 9123 }).replace(/^\s*! Content-Security-Policy\n/m, ''),
    );
    expect(headersForPath(withoutDetach, '/admin/').get('content-security-policy')).toBe(
      `${PUBLIC_CSP}, ${adminCsp({ cmsPort: 9123 })}`,
    );
  });

  it('gives public pages the strict policy', () => {
    expect(headersForPath(rules, '/praktijken/').get('content-security-policy')).toBe(PUBLIC_CSP);
  });
});

describe('the admin policy', () => {
  const directive = (policy: string, name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))!
      .split(' ')
      .slice(1);

  it('lets Decap read an upload through a blob: URL', () => {
    expect(directive(adminCsp(), 'connect-src')).toContain('blob:');
  });

  it('allows the local backend only when given, on exactly that port', () => {
    expect(directive(adminCsp({ cmsPort: 9123 }), 'connect-src')).toEqual(
      expect.arrayContaining(['http://127.0.0.1:9123', 'http://localhost:9123']),
    );
    expect(adminCsp({ cmsPort: 9123 })).not.toContain('8081');
    expect(adminCsp()).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
