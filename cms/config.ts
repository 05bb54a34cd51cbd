/**
 * The Decap CMS configuration, derived from the content registry and the zod schemas: every field's
 * widget, label, hint, required flag, allowed values and references come from the schema, so the
 * forms cannot drift from what the build accepts.
 */
import type { z } from 'astro/zod';
import { contentTypes, collectionNames, type ContentType } from '../src/schemas/index.ts';
import { unwrap, objectFields, checksOf, type AnySchema } from '../src/lib/content/schema-walk.ts';
import type { CollectionName } from '../src/schemas/common.ts';
import { MEDIA_DIR, MEDIA_PATH } from '../src/lib/content/media-paths.ts';
import { bodyComponents } from '../src/schemas/body-components.ts';
import { workbenchFor } from './workbench.ts';
import { DUTCH_PHRASES } from './locale-nl.ts';
import { PUBLISH_RULE_KEY, publishRuleFor } from './publishing.ts';

/** Port of decap-server on 127.0.0.1 unless `npm start --cms-port` chooses another. */
export const DEFAULT_CMS_PORT = 8081;

/** The local CMS backend's port when this build enables it (KENNISBANK_CMS_LOCAL=1, set by npm start). */
export function localCmsPort(env: Record<string, string | undefined> = process.env): number | undefined {
  return env.KENNISBANK_CMS_LOCAL === '1' ? Number(env.KENNISBANK_CMS_PORT ?? DEFAULT_CMS_PORT) : undefined;
}

/** The logo file /admin/ serves (written by src/integrations/cms.ts from cms/logo.svg). */
export const ADMIN_LOGO = '/admin/logo.svg';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface CmsOptions {
  /** Edit the local working copy through decap-server (npm start). Never set for production builds. */
  local: boolean;
  /** Port of decap-server on 127.0.0.1 (default DEFAULT_CMS_PORT). */
  localPort?: number;
  /**
   * Local backend only: decap-server runs in Git mode (npm run cms:git), so drafts, review and publishing
   * work as in production. Production always has the editorial workflow.
   */
  localWorkflow?: boolean;
  backend?: 'github' | 'gitlab';
  repo?: string;
  branch?: string;
  /** Origin of the OAuth client for GitHub (the sveltia-cms-auth Worker, see oauth/wrangler.toml). */
  baseUrl?: string;
  /** GitHub token scope: `public_repo` (public repository, the default) or `repo` (private repository). */
  authScope?: GithubScope;
  appId?: string;
  siteUrl?: string;
  /** The date "review due" filters compare with (YYYY-MM-DD); today by default. */
  today?: string;
}

export const GITHUB_SCOPES = ['public_repo', 'repo'] as const;
export type GithubScope = (typeof GITHUB_SCOPES)[number];

/** Defaults of the production backend: a build without the variables still works, but cannot log in. */
export const CMS_DEFAULTS = {
  backend: 'github',
  repo: 'OWNER/kennisbank-samenleven',
  branch: 'main',
  authScope: 'public_repo',
  gitlabAppId: 'GITLAB_APPLICATION_ID',
} as const;

/** A build variable with a value the CMS cannot use: the build stops with this message. */
export class CmsEnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CmsEnvError';
    // The sentence is the whole report: Astro prints no stack trace of ours under it.
    this.stack = message;
  }
}

function refuse(name: string, value: string, expected: string): never {
  throw new CmsEnvError(`${name}=${JSON.stringify(value)}: verwacht ${expected}`);
}

/**
 * The CMS options of a build from its environment (the variables are listed in docs/ARCHITECTURE.md).
 * A value the CMS could not use (a repository without owner, an OAuth address with a path, where Decap
 * would wait for a login message that never comes) stops the build with the variable and what was
 * expected, instead of a /admin/ nobody can log in to.
 */
export function cmsOptionsFromEnv(env: Record<string, string | undefined> = process.env): CmsOptions {
  const localPort = localCmsPort(env);
  const set = (name: string) => (env[name] ?? '').trim() || undefined;
  const backend = set('KENNISBANK_CMS_BACKEND') ?? CMS_DEFAULTS.backend;
  if (backend !== 'github' && backend !== 'gitlab') refuse('KENNISBANK_CMS_BACKEND', backend, '"github" of "gitlab"');
  const repo = set('KENNISBANK_CMS_REPO');
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo))
    refuse('KENNISBANK_CMS_REPO', repo, 'eigenaar/repository, bijvoorbeeld vvsg/kennisbank-samenleven');
  const branch = set('KENNISBANK_CMS_BRANCH');
  if (branch !== undefined && !/^[\w.-]+(\/[\w.-]+)*$/.test(branch))
    refuse('KENNISBANK_CMS_BRANCH', branch, 'de naam van een branch, bijvoorbeeld main');
  let baseUrl = set('KENNISBANK_CMS_OAUTH_URL');
  if (baseUrl !== undefined) {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    // Decap compares the origin of the login window's message with base_url: a path or query never matches.
    if (!url || url.protocol !== 'https:' || url.origin !== baseUrl.replace(/\/+$/, ''))
      refuse(
        'KENNISBANK_CMS_OAUTH_URL',
        baseUrl,
        'het https-adres van de OAuth-worker zonder pad, bijvoorbeeld https://kennisbank-cms-auth.vvsg.workers.dev',
      );
    baseUrl = url.origin;
  }
  const authScope = set('KENNISBANK_CMS_AUTH_SCOPE');
  if (authScope !== undefined && !(GITHUB_SCOPES as readonly string[]).includes(authScope))
    refuse('KENNISBANK_CMS_AUTH_SCOPE', authScope, GITHUB_SCOPES.map((s) => `"${s}"`).join(' of '));
  return {
    local: localPort !== undefined,
    localPort,
    localWorkflow: localPort !== undefined && env.KENNISBANK_CMS_WORKFLOW === '1',
    backend,
    repo,
    branch,
    baseUrl,
    authScope: authScope as GithubScope | undefined,
    appId: set('KENNISBANK_CMS_GITLAB_APP_ID'),
    siteUrl: set('SITE_URL'),
  };
}

/** The message a zod check gives (its `error` option), or the fallback when it has none of its own. */
function messageOf(check: { error?: unknown } | undefined, fallback: string): string {
  const error = check?.error;
  const message = typeof error === 'function' ? error({}) : error;
  return typeof message === 'string' ? message : fallback;
}

/** How a relation widget finds the ids of a collection. */
function relationTarget(name: CollectionName) {
  const type = contentTypes[name] as ContentType;
  if (type.source.kind === 'list') {
    const key = type.source.key;
    const id = type.source.idField;
    const display = type.titleField;
    return {
      collection: name,
      file: name,
      value_field: `${key}.*.${id}`,
      search_fields: [`${key}.*.${display}`, `${key}.*.${id}`],
      display_fields: type.source.idIsCode ? [`${key}.*.${display}`, `${key}.*.${id}`] : [`${key}.*.${display}`],
    };
  }
  return {
    collection: name,
    value_field: '{{slug}}',
    search_fields: [type.titleField],
    display_fields: [type.titleField],
  };
}

/**
 * The Decap field for one schema field. Inside an optional object nothing is required in the form:
 * Decap would demand the fields even when the object is left empty; the build checks them when the
 * object is filled in.
 */
export function fieldFor(name: string, schema: AnySchema, insideOptional = false): DecapField {
  const { def, meta, optional, hasDefault, defaultValue } = unwrap(schema);
  const base: DecapField = {
    name,
    label: meta.title ?? name,
    widget: 'string',
    required: !insideOptional && !optional && !hasDefault,
    ...(meta.description ? { hint: meta.description } : {}),
  };
  if (
    hasDefault &&
    defaultValue !== undefined &&
    !(Array.isArray(defaultValue) && defaultValue.length === 0) &&
    typeof defaultValue !== 'object'
  )
    base.default = defaultValue;
  if (meta.ref) return { ...base, widget: 'relation', ...relationTarget(meta.ref) };
  switch (def.type) {
    case 'string': {
      if (def.format === 'date')
        return {
          ...base,
          widget: 'datetime',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          format: 'YYYY-MM-DD',
          picker_utc: true,
        };
      if (meta.widget === 'image') return { ...base, widget: 'image', choose_url: false };
      const checks = checksOf(def);
      const maxCheck = checks.find((c) => c.check === 'max_length');
      const max = maxCheck?.maximum;
      const regexCheck = checks.find(
        (c): c is z.core.$ZodCheckRegexDef => c.check === 'string_format' && c.format === 'regex',
      );
      const regex = regexCheck?.pattern;
      const field: DecapField = { ...base, widget: meta.widget === 'text' || (max ?? 0) >= 250 ? 'text' : 'string' };
      // The form refuses what the build refuses, in the build's words (the schema's own messages).
      if (regex) field.pattern = [regex.source, messageOf(regexCheck, 'Komt niet overeen met het verwachte formaat')];
      else if (max !== undefined && !def.format)
        field.pattern = [`^[\\s\\S]{0,${max}}$`, messageOf(maxCheck, `Maximaal ${max} tekens`)];
      else if (def.format === 'url') {
        // The schema's allowed protocols decide the form's pattern: https only where the schema says so.
        field.pattern = def.protocol?.test('http')
          ? ['^https?://', 'Verwacht een webadres dat begint met http:// of https://']
          : ['^https://', 'Verwacht een beveiligd webadres dat begint met https://'];
      } else if (def.format === 'email') field.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Verwacht een e-mailadres'];
      return field;
    }
    case 'number': {
      const checks = checksOf(def);
      // The yearly KPI figures count in the unit the action's KPI states; say so where the schema does not.
      if (/^kpi[A-Z]/.test(name) && !meta.description)
        base.hint = 'Aantal in de eenheid van de KPI van deze actie (veld «KPI», «Eenheid»)';
      const int = checks.some((c) => c.check === 'number_format' && /int/.test(c.format));
      const min = checks.find((c) => c.check === 'greater_than')?.value;
      const max = checks.find((c) => c.check === 'less_than')?.value;
      return {
        ...base,
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return {
        ...base,
        widget: 'select',
        options: values.map((value) => ({
          value,
          label: (meta.labels as Record<string, string> | undefined)?.[value] ?? value,
        })),
      };
    }
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: objectFields(schema).map(([n, s]) => fieldFor(n, s, insideOptional || optional)),
      };
    case 'array': {
      const element = unwrap(def.element);
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum;
      const list: DecapField = { ...base, ...(min ? { min } : {}) };
      if (element.meta.ref)
        return {
          ...list,
          widget: 'relation',
          multiple: true,
          ...relationTarget(element.meta.ref),
          ...(min ? { min } : {}),
        };
      if (element.def.type === 'object')
        return {
          ...list,
          widget: 'list',
          summary: summaryFor(def.element),
          fields: objectFields(def.element).map(([n, s]) => fieldFor(n, s)),
        };
      // A list of plain values: each item carries the list's own label, not a generic "waarde".
      return {
        ...list,
        widget: 'list',
        field: { ...fieldFor('waarde', def.element), label: element.meta.title ?? base.label },
      };
    }
    default:
      throw new Error(`Geen CMS-widget voor veld "${name}" van type ${def.type}`);
  }
}

function summaryFor(schema: AnySchema): string {
  const names = objectFields(schema).map(([n]) => n);
  const first = ['projectjaar', 'datum', 'titel', 'label', 'naam', 'src'].find((n) => names.includes(n));
  return first ? `{{fields.${first}}}` : '';
}

/**
 * Imported lists are shown as a read-only table (widget registered in cms/admin-init.js); saving them is
 * refused there too, because the next import would overwrite any change.
 */
export const READONLY_WIDGET = 'kennisbank-alleen-lezen';
export const IMPORTED_NOTE =
  'Wordt ingelezen met een importscript; hier alleen ter inzage. Wijzig de bron en voer de import opnieuw uit.';

function collectionFor(name: CollectionName, today: string): Record<string, unknown> {
  const type = contentTypes[name] as ContentType;
  const fields = objectFields(type.schema).map(([n, s]) => fieldFor(n, s));
  if (type.source.kind === 'list') {
    const { key, file, idField } = type.source;
    const listField: DecapField = type.imported
      ? {
          name: key,
          label: type.label,
          widget: READONLY_WIDGET,
          required: false,
          columns: [...new Set([type.titleField, idField])].map((n) => ({
            name: n,
            label: fields.find((f) => f.name === n)?.label ?? n,
          })),
        }
      : { name: key, label: type.label, widget: 'list', summary: summaryFor(type.schema), fields };
    return {
      name,
      label: type.label,
      label_singular: type.labelSingular,
      ...(type.imported ? { description: IMPORTED_NOTE } : {}),
      editor: { preview: false },
      files: [{ name, label: type.label, file: `content/${file}`, fields: [listField] }],
    };
  }
  const source = type.source;
  const withBody = source.extension !== 'yaml';
  return {
    name,
    label: type.label,
    label_singular: type.labelSingular,
    folder: `content/${source.dir}`,
    extension: source.extension === 'yaml' ? 'yaml' : source.extension,
    format: source.extension === 'yaml' ? 'yaml' : 'frontmatter',
    create: !type.imported,
    delete: !type.imported,
    slug: '{{slug}}',
    identifier_field: fields.some((f) => f.name === 'titel') ? 'titel' : fields[0].name,
    summary: `{{${type.titleField}}}`,
    ...workbenchFor(type.schema, type.titleField, today),
    fields: withBody
      ? [
          ...fields,
          {
            name: 'body',
            label: 'Tekst',
            widget: 'markdown',
            required: false,
            editor_components: Object.keys(bodyComponents),
            hint: 'Gewone Markdown. Kaders, citaten en kerncijfers voeg je in met de knop "+"; HTML en code zijn niet toegestaan. Afbeeldingen horen in het veld «Afbeeldingen».',
          },
        ]
      : fields,
  };
}

/**
 * The Decap backend. Production: GitHub (or GitLab) with the editorial workflow, so every change is a
 * branch and a pull request a curator publishes by merging. No open authoring: officials without an
 * account submit through the "Praktijk delen" form; curators log in with write access to the repository.
 */
function backendFor(options: CmsOptions): Record<string, unknown> {
  // decap-server in Git mode works on a branch of the local clone (npm run cms:git); in file mode none.
  if (options.local)
    return { name: 'git-gateway', ...(options.localWorkflow ? { branch: options.branch ?? CMS_DEFAULTS.branch } : {}) };
  const common = { repo: options.repo ?? CMS_DEFAULTS.repo, branch: options.branch ?? CMS_DEFAULTS.branch };
  if (options.backend === 'gitlab')
    return { name: 'gitlab', ...common, auth_type: 'pkce', app_id: options.appId ?? CMS_DEFAULTS.gitlabAppId };
  return {
    name: 'github',
    ...common,
    ...(options.baseUrl ? { base_url: options.baseUrl } : {}),
    auth_scope: options.authScope ?? CMS_DEFAULTS.authScope,
    // Publishing a practice is one commit on the branch the site is built from.
    squash_merges: true,
  };
}

export function buildCmsConfig(options: CmsOptions): Record<string, unknown> {
  const workflow = !options.local || options.localWorkflow;
  return {
    locale: 'nl',
    backend: backendFor(options),
    // The site's own mark and name on the login page and in the header, not Decap's.
    logo: { src: ADMIN_LOGO, show_in_header: true },
    ...(options.local
      ? { local_backend: { url: `http://127.0.0.1:${options.localPort ?? DEFAULT_CMS_PORT}/api/v1` } }
      : {}),
    ...(workflow ? { publish_mode: 'editorial_workflow' } : {}),
    // Uploads go into the content tree, not public/: the build sends them through Astro's image pipeline.
    media_folder: `content/${MEDIA_DIR}`,
    public_folder: MEDIA_PATH,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    collections: collectionNames.map((name) => {
      const collection = collectionFor(name, options.today ?? new Date().toISOString().slice(0, 10));
      // Publishing in the workflow is refused while the curation status keeps the entry off the site.
      const rule = workflow ? publishRuleFor(name) : undefined;
      return rule ? { description: rule.description, ...collection, [PUBLISH_RULE_KEY]: rule } : collection;
    }),
  };
}

/** The script /admin/config.js: configuration, allowed body components and the preview stylesheet. */
export function adminConfigScript(
  config: Record<string, unknown>,
  bodyComponents: unknown,
  previewCss: string | undefined,
): string {
  return [
    'window.CMS_MANUAL_INIT = true;',
    `window.KENNISBANK_CMS_CONFIG = ${JSON.stringify(config)};`,
    `window.KENNISBANK_BODY_COMPONENTS = ${JSON.stringify(bodyComponents)};`,
    `window.KENNISBANK_PREVIEW_CSS = ${JSON.stringify(previewCss ?? null)};`,
    `window.KENNISBANK_LOCALE_NL = ${JSON.stringify(DUTCH_PHRASES)};`,
    '',
  ].join('\n');
}
