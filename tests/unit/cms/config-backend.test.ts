/** The CMS backend of a build, read from its environment: production, npm start and npm run cms:git. */
import { describe, it, expect } from 'vitest';
import { buildCmsConfig, cmsOptionsFromEnv, CmsEnvError, CMS_DEFAULTS } from '../../../cms/config.ts';

const configFor = (env: Record<string, string>) => buildCmsConfig(cmsOptionsFromEnv(env)) as Record<string, any>;

describe('the production backend from the build variables', () => {
  const env = {
    KENNISBANK_CMS_REPO: 'vvsg/kennisbank-samenleven',
    KENNISBANK_CMS_BRANCH: 'productie',
    KENNISBANK_CMS_OAUTH_URL: 'https://kennisbank-cms-auth.vvsg.workers.dev',
    SITE_URL: 'https://kennisbank.vvsg.be',
  };

  it('is GitHub with the editorial workflow, the OAuth worker as base_url and no local backend', () => {
    const config = configFor(env);
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'vvsg/kennisbank-samenleven',
      branch: 'productie',
      base_url: 'https://kennisbank-cms-auth.vvsg.workers.dev',
      auth_scope: 'public_repo',
      squash_merges: true,
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
    expect(config.site_url).toBe('https://kennisbank.vvsg.be');
  });

  it('has no open authoring: officials submit through the form, curators log in with write access', () => {
    expect(configFor(env).backend).not.toHaveProperty('open_authoring');
  });

  it('falls back to the documented defaults, and a trailing slash of the OAuth address is dropped', () => {
    const config = configFor({ KENNISBANK_CMS_OAUTH_URL: 'https://auth.example.be/' });
    expect(config.backend).toMatchObject({
      repo: CMS_DEFAULTS.repo,
      branch: 'main',
      base_url: 'https://auth.example.be',
      auth_scope: 'public_repo',
    });
    expect(configFor({}).backend).not.toHaveProperty('base_url');
    expect(configFor({ ...env, KENNISBANK_CMS_AUTH_SCOPE: 'repo' }).backend.auth_scope).toBe('repo');
  });

  it('GitLab uses PKCE with its application id', () => {
    expect(
      configFor({
        KENNISBANK_CMS_BACKEND: 'gitlab',
        KENNISBANK_CMS_REPO: 'vvsg/kb',
        KENNISBANK_CMS_GITLAB_APP_ID: 'abc',
      }).backend,
    ).toEqual({ name: 'gitlab', repo: 'vvsg/kb', branch: 'main', auth_type: 'pkce', app_id: 'abc' });
  });

  it.each([
    ['KENNISBANK_CMS_BACKEND', 'bitbucket', '"github" of "gitlab"'],
    ['KENNISBANK_CMS_REPO', 'kennisbank-samenleven', 'eigenaar/repository'],
    ['KENNISBANK_CMS_REPO', 'https://github.com/vvsg/kb', 'eigenaar/repository'],
    ['KENNISBANK_CMS_BRANCH', 'main; rm -rf', 'de naam van een branch'],
    // Decap compares the login window's origin with base_url: a path, a query or http never logs in.
    ['KENNISBANK_CMS_OAUTH_URL', 'https://auth.example.be/auth', 'zonder pad'],
    ['KENNISBANK_CMS_OAUTH_URL', 'https://auth.example.be?x=1', 'zonder pad'],
    ['KENNISBANK_CMS_OAUTH_URL', 'http://auth.example.be', 'https-adres'],
    ['KENNISBANK_CMS_OAUTH_URL', 'auth.example.be', 'https-adres'],
    ['KENNISBANK_CMS_AUTH_SCOPE', 'admin:org', '"public_repo" of "repo"'],
  ])('refuses %s=%s, naming the variable and what is expected', (name, value, expected) => {
    const read = () => cmsOptionsFromEnv({ [name]: value });
    expect(read).toThrow(CmsEnvError);
    expect(read).toThrow(`${name}=${JSON.stringify(value)}: verwacht`);
    expect(read).toThrow(expected);
  });
});

describe('the local backends', () => {
  it('npm start: decap-server on its port, saving straight into the files (no workflow)', () => {
    const config = configFor({ KENNISBANK_CMS_LOCAL: '1', KENNISBANK_CMS_PORT: '9123' });
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:9123/api/v1' });
    expect(config).not.toHaveProperty('publish_mode');
  });

  it('npm run cms:git: decap-server in Git mode with the editorial workflow, as in production', () => {
    const config = configFor({
      KENNISBANK_CMS_LOCAL: '1',
      KENNISBANK_CMS_WORKFLOW: '1',
      KENNISBANK_CMS_BRANCH: 'proef',
    });
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.publish_mode).toBe('editorial_workflow');
    // decap-server in Git mode works on that branch of the throwaway clone.
    expect(config.backend).toEqual({ name: 'git-gateway', branch: 'proef' });
    expect(configFor({ KENNISBANK_CMS_LOCAL: '1' }).backend).toEqual({ name: 'git-gateway' });
  });

  it('the workflow switch alone never enables a local backend in a production build', () => {
    const config = configFor({ KENNISBANK_CMS_WORKFLOW: '1' });
    expect(config).not.toHaveProperty('local_backend');
    expect(config.backend.name).toBe('github');
  });
});
