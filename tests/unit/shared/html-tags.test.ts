/** The HTML reader behind the CSP and link checks decodes and recovers markup as a browser does (parse5). */
import { describe, it, expect } from 'vitest';
import { startTags } from '../../../src/lib/shared/html-tags.ts';
import { inlineScripts } from '../../../src/lib/hosting/csp.ts';

describe('startTags', () => {
  it.each([
    ['&colon;', '<a href="javascript&colon;alert(1)">x</a>'],
    ['&Tab; inside the scheme', '<a href="java&Tab;script:alert(1)">x</a>'],
    ['&NewLine;', '<a href="&NewLine;javascript:alert(1)">x</a>'],
    ['a decimal reference without semicolon', '<a href="&#106avascript:alert(1)">x</a>'],
    ['a hex reference with leading zeros', '<a href="&#x0006A;avascript:alert(1)">x</a>'],
    ['upper-case entity name', '<a href="JAVASCRIPT&colon;x">x</a>'],
  ])('decodes %s the way a browser does, so the javascript: URL is found', (_what, html) => {
    expect(inlineScripts(html)).toHaveLength(1);
  });

  it('finds event handlers and scripts a tokenizer could miss', () => {
    expect(inlineScripts('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toHaveLength(1);
    expect(inlineScripts('<template><img src=x onerror=alert(1)></template>')).toHaveLength(1);
    expect(
      inlineScripts('<p title="<script>alert(1)</script>">tekst &lt;script&gt;</p><!-- <script>alert(2)</script> -->'),
    ).toEqual([]);
  });

  it('reads the elements written in the page, not those the parser adds', () => {
    expect(startTags('<p>a</p>').map((t) => t.name)).toEqual(['p']);
    expect(
      startTags('<!doctype html><html><head><title>t &amp; u</title></head><body></body></html>').map((t) => [
        t.name,
        t.content,
      ]),
    ).toEqual([
      ['html', undefined],
      ['head', undefined],
      ['title', 't & u'],
      ['body', undefined],
    ]);
  });

  it('survives very deep and hostile markup', () => {
    expect(startTags('<div>'.repeat(5000)).length).toBe(5000);
    expect(() => startTags('<a b="&#xFFFFFFFF;" c=&#99999999>')).not.toThrow();
  });
});
