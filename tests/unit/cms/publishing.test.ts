/** Decap's "publiceren" and the practice's curation status: the rule the admin script applies before a merge. */
import { describe, it, expect } from 'vitest';
import { publishRuleFor, PUBLISH_RULE_KEY, STATUS_PATH } from '../../../cms/publishing.ts';
import { buildCmsConfig, cmsOptionsFromEnv } from '../../../cms/config.ts';
import { collectionNames } from '../../../src/schemas/index.ts';
import { CURATION_STATUSES, ON_SITE_STATUSES } from '../../../src/schemas/practice.ts';
import { schemaAt } from '../../../src/lib/content/schema-walk.ts';
import { contentTypes } from '../../../src/schemas/index.ts';

const rule = publishRuleFor('praktijken')!;

describe('publishRuleFor', () => {
  it('allows publishing a practice only with a status that has a page on the site', () => {
    expect(rule.path).toEqual([...STATUS_PATH]);
    expect(rule.allowed).toEqual([...ON_SITE_STATUSES]);
    // Every status the schema knows has the label the form shows.
    expect(rule.labels).toEqual(CURATION_STATUSES);
    for (const refused of ['ingediend', 'in-review']) expect(rule.allowed).not.toContain(refused);
  });

  it('says what to do, in the words of the form', () => {
    expect(rule.message).toContain('«%{status}»');
    expect(rule.message).toContain('«Curatiestatus»');
    expect(rule.message).toContain('«Gepubliceerd»');
    expect(rule.message).toMatch(/blijft ze in de redactiestroom/);
    expect(rule.description).toContain('«Gepubliceerd» in de werkbalk betekent: op de site');
  });

  it('exists exactly for the collections whose entries carry a curation status', () => {
    const withStatus = collectionNames.filter((n) => schemaAt(contentTypes[n].schema, STATUS_PATH));
    expect(withStatus).toContain('praktijken');
    expect(collectionNames.filter((n) => publishRuleFor(n))).toEqual(withStatus);
  });
});

describe('the rule in the generated configuration', () => {
  const ruleOf = (env: Record<string, string>) =>
    (buildCmsConfig(cmsOptionsFromEnv(env)).collections as Record<string, unknown>[])
      .filter((c) => c[PUBLISH_RULE_KEY])
      .map((c) => c.name);

  it('explains above the practices what "Gepubliceerd" means there', () => {
    const practices = (buildCmsConfig(cmsOptionsFromEnv({})).collections as Record<string, unknown>[]).find(
      (c) => c.name === 'praktijken',
    )!;
    expect(practices.description).toBe(rule.description);
  });

  it('is set wherever the editorial workflow runs: production and npm run cms:git', () => {
    expect(ruleOf({})).toEqual(['praktijken']);
    expect(ruleOf({ KENNISBANK_CMS_LOCAL: '1', KENNISBANK_CMS_WORKFLOW: '1' })).toEqual(['praktijken']);
  });

  it('is absent under npm start, where every save publishes and a submission must stay editable', () => {
    expect(ruleOf({ KENNISBANK_CMS_LOCAL: '1' })).toEqual([]);
  });
});
