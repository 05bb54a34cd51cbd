/**
 * Cloudflare Pages Function for POST /praktijk-delen/verzenden: the same handler as under `npm start`
 * (src/lib/submission/handler.ts), with the GitHub store: an accepted submission becomes a branch and
 * a pull request the curators review in the CMS. Other methods fall through to the static site.
 *
 * Configuration (see README, "Praktijk delen: the submission form"):
 *   GITHUB_TOKEN   secret: a fine-grained token for the one repository, "Contents" and "Pull requests"
 *                  read and write (labels are set through the pull request's issue)
 *   GITHUB_REPO    secret: owner/name of the repository the site is built from
 *   GITHUB_BRANCH  wrangler.toml: the branch the CMS edits and the site is built from (main)
 */
import { handleSubmission } from '../../src/lib/submission/handler.ts';
import { githubStore, StoreConfigError } from '../../src/lib/submission/github-store.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../../src/lib/submission/rate-limit.ts';

interface Env {
  ASSETS: { fetch(input: Request | string | URL): Promise<Response> };
  GITHUB_TOKEN?: string;
  GITHUB_REPO?: string;
  GITHUB_BRANCH?: string;
  /** For tests against a fake GitHub API only. */
  GITHUB_API_URL?: string;
}

interface Context {
  request: Request;
  env: Env;
}

// One count per isolate; the host's rate-limiting rule bounds the whole site (README).
const limiter = createRateLimiter(DEFAULT_RATE_LIMIT);

export async function onRequestPost({ request, env }: Context): Promise<Response> {
  const loadPage = async (path: string) => {
    const response = await env.ASSETS.fetch(new URL(path, request.url));
    if (!response.ok) throw new Error(`Pagina ${path} niet gevonden (${response.status})`);
    return response.text();
  };
  const store = {
    // Built per request, so a missing setting is reported as the store's failure (503, logged), not a crash.
    save: (submission: Parameters<ReturnType<typeof githubStore>['save']>[0]) =>
      githubStore({
        token: env.GITHUB_TOKEN ?? '',
        repo: env.GITHUB_REPO ?? '',
        base: env.GITHUB_BRANCH ?? '',
        baseUrl: env.GITHUB_API_URL,
      }).save(submission),
  };
  return handleSubmission(request, request.headers.get('CF-Connecting-IP') ?? 'onbekend', {
    loadPage,
    store,
    limiter,
    log: (message) => console.error(message),
  });
}

export { StoreConfigError };
