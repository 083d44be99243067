import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { editorialPolicies } from '../asset.ts';
import { listSynonyms, restoreDefaultSynonyms, setSynonyms } from '../search/synonyms.ts';
import { getEditorialPolicy, setEditorialPolicy, setEditorialPolicyInput } from '../set-editorial-policy.ts';
import { getSocialMapSettings, updateSettingsInput, updateSocialMapSettings } from '../settings.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { apiBase, contextOf, jsonBody, notJson, smHook } from './social-map-http.ts';

// How the map is run: the editorial policy per area, the municipality's settings (reports,
// freshness, retention), the search synonyms, and the taxonomy (public).

const tags = ['Social map: settings'];

const areaCodeParam = z.object({
  areaCode: z
    .string()
    .max(20)
    .openapi({ param: { name: 'areaCode', in: 'path' }, example: 'WK999901' }),
});

const policySchema = z
  .object({
    areaCode: z.string(),
    own: z
      .enum(editorialPolicies)
      .nullable()
      .openapi({ description: 'The area’s own setting; null: inherited.' }),
    effective: z.enum(editorialPolicies).openapi({ description: 'What applies here.' }),
    fromAreaCode: z
      .string()
      .nullable()
      .openapi({ description: 'The area the effective policy comes from; null: the default (edited).' }),
    label: z.string(),
    description: z.string(),
  })
  .openapi('SocialMapEditorialPolicy', {
    example: {
      areaCode: 'BU99990202',
      own: null,
      effective: 'partners_only',
      fromAreaCode: 'WK999902',
      label: 'Alleen partners',
      description: 'De gemeente en partnerorganisaties publiceren zelf; anderen worden eerst beoordeeld.',
    },
  });

const settingsSchema = documented(updateSettingsInput, 'SocialMapSettings', {
  description:
    'reportHideThreshold: reports by different people before an item is hidden; verifyAfterMonths: when the owner is asked to confirm; graceMonths: then shown as possibly outdated; hideAfterMonths: then hidden; retention of key persons and submitters’ data.',
  example: {
    reportHideThreshold: 3,
    verifyAfterMonths: 6,
    graceMonths: 1,
    hideAfterMonths: 3,
    keyPersonRetentionMonths: 24,
    submitterRetentionMonths: 12,
  },
});

const synonymSchema = z
  .object({ term: z.string(), synonyms: z.array(z.string()) })
  .openapi('SocialMapSynonym', { example: { term: 'schulden', synonyms: ['geldzaken', 'rood staan'] } });
const synonymListSchema = z.object({ items: z.array(synonymSchema) }).openapi('SocialMapSynonymList');

const termSchema = z
  .object({ code: z.string(), labelNl: z.string(), labelEn: z.string(), label: z.string() })
  .openapi('SocialMapTerm', {
    example: { code: 'ontmoeting', labelNl: 'Ontmoeting', labelEn: 'Meeting people', label: 'Ontmoeting' },
  });

export function registerSettingsRoutes(api: Api, ctx: AppContext) {
  const policyJson = (p: Awaited<ReturnType<typeof getEditorialPolicy>>, locale: 'nl' | 'en') => ({
    ...p,
    label: translate(locale, `socialMap.policy.${p.effective}`),
    description: translate(locale, `socialMap.policy.${p.effective}.description`),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/editorial-policies/{areaCode}',
      tags,
      summary: 'How the social map of an area is edited (public)',
      request: { params: areaCodeParam },
      responses: {
        200: {
          description: 'Own and effective policy',
          content: { 'application/json': { schema: policySchema } },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const p = await getEditorialPolicy(ctx.db, rc.actor, c.req.valid('param').areaCode);
      return c.json(policyJson(p, rc.locale), 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/social-map/editorial-policies/{areaCode}',
      tags,
      summary: 'Set the editorial policy of an area (editors of that area)',
      description: 'policy null removes the own setting: the area inherits from the area above it.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: areaCodeParam,
        body: {
          content: {
            'application/json': {
              schema: documented(setEditorialPolicyInput, 'SocialMapEditorialPolicyInput', {
                example: { policy: 'open' },
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: { description: 'The policy now', content: { 'application/json': { schema: policySchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        415: notJson,
      },
    }),
    async (c) => {
      const p = await setEditorialPolicy(contextOf(c), c.req.valid('param').areaCode, c.req.valid('json'));
      return c.json(policyJson(p, c.get('rc').locale), 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/settings',
      tags,
      summary: 'The municipality’s social map settings (public: how the map is kept current)',
      responses: {
        200: { description: 'The settings', content: { 'application/json': { schema: settingsSchema } } },
      },
    }),
    async (c) => c.json(await getSocialMapSettings(ctx.db, c.get('rc').actor.municipalityId), 200),
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/social-map/settings',
      tags,
      summary: 'Change the settings (administrators)',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: { body: { content: { 'application/json': { schema: settingsSchema } }, required: true } },
      responses: {
        200: { description: 'The settings now', content: { 'application/json': { schema: settingsSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        415: notJson,
      },
    }),
    async (c) => c.json(await updateSocialMapSettings(contextOf(c), c.req.valid('json')), 200),
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/synonyms',
      tags,
      summary: 'The search synonyms (public)',
      description: 'Words that count as the same in resident search, both ways (schulden ↔ geldzaken).',
      responses: {
        200: {
          description: 'All entries, by term',
          content: { 'application/json': { schema: synonymListSchema } },
        },
      },
    }),
    async (c) => c.json({ items: await listSynonyms(ctx.db, c.get('rc').actor) }, 200),
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/social-map/synonyms/{term}',
      tags,
      summary: 'Set the synonyms of a term (coordinators, administrators)',
      description:
        'Replaces the entry; an empty list removes it. Terms are stored lower case without accents.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: z.object({
          term: z
            .string()
            .max(60)
            .openapi({ param: { name: 'term', in: 'path' }, example: 'schulden' }),
        }),
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ synonyms: z.array(z.string().max(60)).max(30) })
                .openapi('SocialMapSynonymInput', { example: { synonyms: ['geldzaken', 'rood staan'] } }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: { description: 'The entry now', content: { 'application/json': { schema: synonymSchema } } },
        204: { description: 'Removed (empty list)' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        415: notJson,
      },
    }),
    async (c) => {
      const entry = await setSynonyms(contextOf(c), {
        term: c.req.valid('param').term,
        synonyms: c.req.valid('json').synonyms,
      });
      return entry ? c.json(entry, 200) : c.body(null, 204);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/social-map/synonyms/{term}',
      tags,
      summary: 'Remove a term from the synonyms (coordinators, administrators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: z.object({
          term: z
            .string()
            .max(60)
            .openapi({ param: { name: 'term', in: 'path' } }),
        }),
      },
      responses: {
        204: { description: 'Removed (or was not there)' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      await setSynonyms(contextOf(c), { term: c.req.valid('param').term, synonyms: [] });
      return c.body(null, 204);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/synonyms/restore-defaults',
      tags,
      summary: 'Bring back the default Dutch synonyms (own changes are kept)',
      security: bearerAuth,
      middleware: [signedIn],
      responses: {
        200: {
          description: 'All entries now',
          content: { 'application/json': { schema: synonymListSchema } },
        },
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => c.json({ items: await restoreDefaultSynonyms(contextOf(c)) }, 200),
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/taxonomy',
      tags,
      summary: 'Themes, target groups and the six ABCD asset categories, with Dutch and English labels',
      description: 'label is in the request language (Accept-Language or ?lang=).',
      responses: {
        200: {
          description: 'The active terms of the municipality, in their order',
          content: {
            'application/json': {
              schema: z
                .object({
                  themes: z.array(termSchema),
                  targetGroups: z.array(termSchema),
                  abcdCategories: z.array(termSchema),
                  _links: z.object({ self: z.object({ href: z.string() }) }),
                })
                .openapi('SocialMapTaxonomy'),
            },
          },
        },
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const terms = await listTaxonomy(ctx.db, rc.actor.municipalityId);
      const of = (vocabulary: string) =>
        terms
          .filter((t) => t.vocabulary === vocabulary)
          .map((t) => ({
            code: t.code,
            labelNl: t.labelNl,
            labelEn: t.labelEn,
            label: rc.locale === 'en' ? t.labelEn : t.labelNl,
          }));
      return c.json(
        {
          themes: of('theme'),
          targetGroups: of('target_group'),
          abcdCategories: of('abcd'),
          _links: { self: { href: `${apiBase}/taxonomy` } },
        },
        200,
      );
    },
    smHook,
  );
}
