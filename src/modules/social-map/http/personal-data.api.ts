import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import type { ConsentRecord } from '../consents.repository.ts';
import {
  consentPurposes,
  listConsents,
  recordConsent,
  recordConsentInput,
  withdrawConsent,
} from '../key-person-consent.ts';
import {
  exportPersonalData,
  type PersonalData,
  removePersonalData,
  requestPersonalDataLink,
  viewPersonalData,
} from '../personal-data.ts';
import { assetIdParam } from './assets.api.ts';
import { apiBase, contextOf, jsonBody, notJson, problem, smHook } from './social-map-http.ts';

// Personal data on the social map: key persons' consents (recorded by editors), and the
// e-mailed link through which anyone sees, downloads or removes what is kept about them.

const tags = ['Social map: personal data'];
const invalidLink = problem('The link is invalid or has expired');

const consentSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(consentPurposes),
    consentText: z.string().openapi({ description: 'The text shown to the person, word for word.' }),
    locale: z.enum(['nl', 'en']),
    givenVia: z.enum(['in_person', 'email', 'form', 'phone']),
    givenAt: z.string(),
    recordedByLabel: z.string(),
    withdrawnAt: z.string().nullable(),
  })
  .openapi('SocialMapConsent');

function consentJson(c: ConsentRecord) {
  return {
    id: c.id,
    purpose: c.purpose as (typeof consentPurposes)[number],
    consentText: c.consentText,
    locale: c.locale,
    givenVia: c.givenVia,
    givenAt: c.givenAt.toISOString(),
    recordedByLabel: c.recordedByLabel,
    withdrawnAt: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
  };
}

const tokenParam = z.object({
  token: z
    .string()
    .max(1000)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'From the e-mailed link.' }),
});

const contactSchema = z.object({ type: z.string(), value: z.string() });
const personalDataSchema = z
  .object({
    email: z.string(),
    keyPersons: z.array(
      z.object({
        assetId: z.uuid(),
        name: z.string(),
        summary: z.string(),
        description: z.string(),
        contact: z.array(contactSchema),
        photoUrl: z.string().nullable(),
        area: z.string(),
        publiclyListed: z.boolean(),
        consents: z.array(consentSchema.omit({ id: true })),
      }),
    ),
    items: z.array(
      z.object({
        assetId: z.uuid(),
        title: z.string(),
        contact: z.array(contactSchema),
        youMaintainIt: z.boolean(),
      }),
    ),
    submissions: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        name: z.string().nullable(),
        status: z.string(),
        createdAt: z.string(),
      }),
    ),
    reports: z.array(
      z.object({
        id: z.uuid(),
        itemTitle: z.string(),
        reason: z.string(),
        message: z.string(),
        createdAt: z.string(),
      }),
    ),
    _links: z.object({ export: z.object({ href: z.string() }) }),
  })
  .openapi('SocialMapPersonalData');

function personalDataJson(d: PersonalData, token: string) {
  return {
    email: d.email,
    keyPersons: d.keyPersons.map((k) => ({
      ...k,
      consents: k.consents.map((c) => {
        const { id: _id, ...rest } = consentJson({ ...c, id: '', assetId: k.assetId });
        return rest;
      }),
    })),
    items: d.items,
    submissions: d.submissions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })),
    reports: d.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    _links: { export: { href: `${apiBase}/personal-data/${encodeURIComponent(token)}/export` } },
  };
}

export function registerPersonalDataRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/assets/{id}/consents',
      tags,
      summary: 'The consents of a key person (editors)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: assetIdParam },
      responses: {
        200: {
          description: 'All consents, withdrawn ones included',
          content: { 'application/json': { schema: z.object({ items: z.array(consentSchema) }) } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: problem('The item is not a key person'),
      },
    }),
    async (c) => {
      const items = await listConsents(contextOf(c), c.req.valid('param').id);
      return c.json({ items: items.map(consentJson) }, 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/assets/{id}/consents',
      tags,
      summary: 'Record a key person’s consent (editors)',
      description:
        'With purpose publication the key person appears on the public map. The person is mailed a copy with their personal-data link.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: assetIdParam,
        body: {
          content: {
            'application/json': {
              schema: documented(recordConsentInput, 'SocialMapConsentInput', {
                example: {
                  purpose: 'publication',
                  consentText:
                    'Ik geef toestemming om met mijn naam en telefoonnummer op de sociale kaart te staan.',
                  givenVia: 'in_person',
                  locale: 'nl',
                },
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        201: { description: 'Recorded', content: { 'application/json': { schema: consentSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        415: notJson,
        422: problem('The item is not a key person'),
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const record = await recordConsent(ctx, contextOf(c), id, c.req.valid('json'));
      return c.json(consentJson(record), 201, { Location: `${apiBase}/assets/${id}/consents` });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/social-map/assets/{id}/consents/{purpose}',
      tags,
      summary: 'Record that a key person withdrew a consent (editors)',
      description: 'Without publication consent the key person is staff-only again.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: assetIdParam.extend({
          purpose: z.enum(consentPurposes).openapi({ param: { name: 'purpose', in: 'path' } }),
        }),
      },
      responses: {
        204: { description: 'Withdrawn' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: problem('The item is not a key person'),
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await withdrawConsent(contextOf(c), p.id, p.purpose);
      return c.body(null, 204);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/personal-data/requests',
      tags,
      summary: 'Ask for the link to your personal data',
      description:
        'A link is e-mailed when the social map keeps anything about the address; the answer is the same either way, so it does not tell who is on the map. Rate limited. No account needed (browsers send the CSRF header).',
      middleware: [jsonBody],
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ email: z.email({ error: 'validation.email' }).max(320) })
                .openapi('SocialMapPersonalDataRequest', { example: { email: 'ria.hendriks@example.org' } }),
            },
          },
          required: true,
        },
      },
      responses: {
        202: {
          description: 'If we keep anything, a link is on its way',
          content: {
            'application/json': { schema: z.object({ accepted: z.literal(true), detail: z.string() }) },
          },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        415: notJson,
        429: problem('Too many requests from this address; see Retry-After'),
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      await requestPersonalDataLink(ctx, contextOf(c), c.req.valid('json').email, rc.locale);
      return c.json(
        { accepted: true as const, detail: translate(rc.locale, 'socialMap.api.personalDataRequested') },
        202,
      );
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/personal-data/{token}',
      tags,
      summary: 'Everything the social map keeps about the address in the link',
      request: { params: tokenParam },
      responses: {
        200: { description: 'Your data', content: { 'application/json': { schema: personalDataSchema } } },
        422: invalidLink,
      },
    }),
    async (c) => {
      const token = c.req.valid('param').token;
      const data = await viewPersonalData(ctx, contextOf(c), token);
      return c.json(personalDataJson(data, token), 200, { 'Cache-Control': 'no-store' });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/personal-data/{token}/export',
      tags,
      summary: 'The same, as a JSON file to download',
      request: { params: tokenParam },
      responses: {
        200: {
          description: 'A JSON document (Content-Disposition: attachment)',
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
        422: invalidLink,
      },
    }),
    async (c) => {
      const json = await exportPersonalData(ctx, contextOf(c), c.req.valid('param').token);
      return new Response(json, {
        status: 200,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': 'attachment; filename="sociale-kaart-mijn-gegevens.json"',
          'Cache-Control': 'no-store',
        },
      }) as never;
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/social-map/personal-data/{token}',
      tags,
      summary: 'Remove your personal data',
      description:
        'Key person entries are emptied and archived; elsewhere the address is taken out (items others rely on stay). Unconfirmed submissions are deleted. Browsers send the CSRF header.',
      request: { params: tokenParam },
      responses: {
        200: {
          description: 'What was removed',
          content: {
            'application/json': {
              schema: z
                .object({
                  keyPersons: z.number().int(),
                  items: z.number().int(),
                  submissions: z.number().int(),
                  reports: z.number().int(),
                })
                .openapi('SocialMapPersonalDataRemoved'),
            },
          },
        },
        403: problem('CSRF token missing (browsers)'),
        422: invalidLink,
      },
    }),
    async (c) => c.json(await removePersonalData(ctx, contextOf(c), c.req.valid('param').token), 200),
    smHook,
  );
}
