import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_PATH, CONFIRMATION_PATH, FORM_PATH, handleSubmission } from '../../../src/lib/submission/handler.ts';
import { fsStore } from '../../../src/lib/submission/fs-store.ts';
import { createRateLimiter } from '../../../src/lib/submission/rate-limit.ts';
import { MAX_BODY_BYTES } from '../../../src/lib/submission/parse.ts';
import { startTags } from '../../../src/lib/shared/html-tags.ts';
import { onRequestPost } from '../../../functions/praktijk-delen/verzenden.ts';
import { fakeGitHub } from '../../support/fake-github.ts';
import { CONFIRMATION_PAGE, VALID, encode, formPage, replace } from './support.ts';

const PAGES: Record<string, string> = { [FORM_PATH]: formPage(), [CONFIRMATION_PATH]: CONFIRMATION_PAGE };
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'inzending-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const deps = (over: Partial<Parameters<typeof handleSubmission>[2]> = {}) => ({
  loadPage: async (path: string) => PAGES[path],
  store: fsStore(root),
  limiter: createRateLimiter({ limit: 100, windowMs: 60_000 }),
  today: () => '2026-12-02',
  ...over,
});
const post = (
  body: BodyInit,
  headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' },
) => new Request(`http://127.0.0.1${ACTION_PATH}`, { method: 'POST', body, headers });
const files = () => {
  try {
    return readdirSync(join(root, 'content/praktijken'));
  } catch {
    return [];
  }
};
const reference = (html: string) =>
  startTags(html).find((t) => t.attrs.has('data-referentie')) && /KB-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}/.exec(html)?.[0];

describe('handleSubmission with the local store', () => {
  it('writes an accepted submission into content/praktijken/ and answers with its reference', async () => {
    const res = await handleSubmission(post(encode(VALID)), 'a', deps());
    expect(res.status).toBe(200);
    const html = await res.text();
    const ref = reference(html);
    expect(ref).toBeTruthy();
    expect(files()).toEqual(['taalcafe-in-de-bibliotheek.mdx']);
    const text = readFileSync(join(root, 'content/praktijken/taalcafe-in-de-bibliotheek.mdx'), 'utf8');
    expect(text).toContain('status: ingediend');
    expect(text).toContain(`referentie: ${ref}`);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('stores a submission sent twice once, and says so', async () => {
    await handleSubmission(post(encode(VALID)), 'a', deps());
    const again = await handleSubmission(post(encode(VALID)), 'a', deps());
    const html = await again.text();
    expect(
      startTags(html)
        .find((t) => t.attrs.has('data-dubbel'))!
        .attrs.has('hidden'),
    ).toBe(false);
    expect(files()).toHaveLength(1);
  });

  it('answers a refused submission with the form, its errors and its values, and writes nothing', async () => {
    const res = await handleSubmission(post(encode(replace(VALID, 'titel', 'x'.repeat(200)))), 'a', deps());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(
      startTags(html)
        .find((t) => t.attrs.get('id') === 'veld-titel')!
        .attrs.get('value'),
    ).toBe('x'.repeat(200));
    expect(html).toContain('Maximaal 120 tekens');
    expect(files()).toEqual([]);
  });

  it('refuses a huge body with 413, by its declared and by its real size', async () => {
    const huge = 'titel=' + 'a'.repeat(MAX_BODY_BYTES);
    expect((await handleSubmission(post(huge), 'a', deps())).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode('a'.repeat(1024)));
        c.close();
      },
    });
    const streamed = new Request(`http://127.0.0.1${ACTION_PATH}`, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    const res = await handleSubmission(streamed, 'a', deps());
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('te groot');
    expect(files()).toEqual([]);
  });

  it('refuses non-UTF-8 (400), a non-form body (415) and other methods (405)', async () => {
    expect((await handleSubmission(post('titel=%C3%28'), 'a', deps())).status).toBe(400);
    expect((await handleSubmission(post('{}', { 'content-type': 'application/json' }), 'a', deps())).status).toBe(415);
    expect((await handleSubmission(new Request('http://x/'), 'a', deps())).status).toBe(405);
  });

  it('limits submissions per client (429) without counting other clients', async () => {
    const d = deps({ limiter: createRateLimiter({ limit: 2, windowMs: 60_000 }) });
    const bad = encode([['titel', '']]);
    expect((await handleSubmission(post(bad), 'a', d)).status).toBe(422);
    expect((await handleSubmission(post(bad), 'a', d)).status).toBe(422);
    expect((await handleSubmission(post(encode(VALID)), 'a', d)).status).toBe(429);
    expect((await handleSubmission(post(encode(VALID)), 'b', d)).status).toBe(200);
  });

  it('keeps the values and says so when the store fails, without showing the failure', async () => {
    const logged: string[] = [];
    const store = { save: async () => Promise.reject(new Error('geheime interne fout')) };
    const res = await handleSubmission(post(encode(VALID)), 'a', deps({ store, log: (m) => logged.push(m) }));
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).not.toContain('geheime interne fout');
    expect(
      startTags(html)
        .find((t) => t.attrs.get('id') === 'veld-titel')!
        .attrs.get('value'),
    ).toBe('Taalcafé in de bibliotheek');
    expect(logged[0]).toContain('geheime interne fout');
  });
});

describe('the Cloudflare Pages function', () => {
  it('opens a pull request on (a fake of) GitHub and answers with the reference', async () => {
    const fake = await fakeGitHub('vvsg', 'kennisbank');
    try {
      const env = {
        ASSETS: {
          fetch: async (input: Request | string | URL) =>
            new Response(PAGES[new URL(String(input instanceof Request ? input.url : input)).pathname]),
        },
        GITHUB_TOKEN: 'geheim',
        GITHUB_REPO: 'vvsg/kennisbank',
        GITHUB_BRANCH: 'main',
        GITHUB_API_URL: fake.baseUrl,
      };
      const request = post(encode(VALID), {
        'content-type': 'application/x-www-form-urlencoded',
        'CF-Connecting-IP': '192.0.2.1',
      });
      const res = await onRequestPost({ request, env });
      expect(res.status).toBe(200);
      const ref = reference(await res.text());
      expect(fake.state.pulls).toHaveLength(1);
      expect(fake.state.pulls[0].title).toContain(ref);
      expect(
        fake.state.files
          .get('cms/praktijken/taalcafe-in-de-bibliotheek')!
          .get('content/praktijken/taalcafe-in-de-bibliotheek.mdx'),
      ).toContain(`referentie: ${ref}`);

      // Without its token the function keeps the visitor's values and reports a failure (503).
      const missing = await onRequestPost({
        request: post(encode(replace(VALID, 'titel', 'Ander taalcafé'))),
        env: { ...env, GITHUB_TOKEN: undefined },
      });
      expect(missing.status).toBe(503);
      expect(fake.state.pulls).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
