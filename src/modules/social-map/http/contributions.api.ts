import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { confirmSubmission } from '../confirm-submission.ts';
import { reportAsset, reportAssetInput } from '../report-asset.ts';
import { submitAsset, submitAssetInput } from '../submit-asset.ts';
import { verifyAssetByToken } from '../verify-asset.ts';
import { assetIdParam } from './assets.api.ts';
import { apiBase, contextOf, jsonBody, notJson, problem, smHook } from './social-map-http.ts';

// What anyone can do without an account: propose an item (confirmed by an e-mailed link),
// report an error or abuse, and confirm "still correct" from the reminder. Rate limited per
// address; a filled-in honeypot gets the usual answer and nothing is kept.

const tags = ['Social map: contributions'];
const href = z.object({ href: z.string() });
const publicNote =
  ' No account needed. Browsers send the CSRF header with their cookie; API clients with a token are exempt.';

const tooMany = problem('Too many requests from this address; see Retry-After');
const invalidLink = problem('The link is invalid or has expired');

/** A bot that filled in the honeypot hears the same as everyone, even when the rest is nonsense. */
function honeypotHook(key: AcceptedKey) {
  return async (
    result: { success: true } | { success: false; error: z.ZodError },
    // biome-ignore lint/suspicious/noExplicitAny: any route's context
    c: Context<HonoEnv, any, any>,
  ): Promise<never> => {
    if (!result.success) {
      const raw: unknown = await c.req.json().catch(() => null);
      const honeypot = (raw as { honeypot?: unknown } | null)?.honeypot;
      // The route's own typed answer, from outside its handler.
      if (typeof honeypot === 'string' && honeypot.trim() !== '') return accepted(c, key) as never;
    }
    return smHook(result, c) as never;
  };
}

type AcceptedKey = 'socialMap.api.submissionAccepted' | 'socialMap.api.reportReceived';

// biome-ignore lint/suspicious/noExplicitAny: any route's context
function accepted(c: Context<HonoEnv, any, any>, key: AcceptedKey) {
  return c.json({ accepted: true as const, detail: translate(c.get('rc').locale, key) }, 202);
}

const acceptedSchema = z
  .object({ accepted: z.literal(true), detail: z.string() })
  .openapi('SocialMapAccepted', {
    example: {
      accepted: true,
      detail: 'Bedankt! Bevestig uw aanmelding met de link in de e-mail die we stuurden.',
    },
  });

const submissionSchema = documented(submitAssetInput, 'SocialMapSubmission', {
  description:
    'A resident’s proposal: the item plus who they are. Leave honeypot empty (it is hidden in forms). idempotencyKey (or the Idempotency-Key header): the same key twice submits once.',
  example: {
    kind: 'group',
    title: 'Breiclub Noorderhof',
    summary: 'Elke week samen breien en haken, met koffie.',
    areaCode: 'BU99990202',
    themes: ['ontmoeting'],
    targetGroups: ['ouderen'],
    locationType: 'none',
    costFree: true,
    submitterName: 'Fatima',
    submitterEmail: 'fatima@example.org',
  },
});

const tokenBody = (name: string) =>
  z
    .object({ token: z.string().min(1, 'validation.required').max(500) })
    .openapi(name, { example: { token: 'Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA' } });

const reportSchema = documented(reportAssetInput, 'SocialMapReportInput', {
  description: 'email is optional: to hear what was done. Leave honeypot empty.',
  example: { reason: 'error', message: 'De koffieochtend is verhuisd naar de woensdag.' },
});

export function registerContributionRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/submissions',
      tags,
      summary: 'Propose an item without an account',
      description: `A confirmation link is e-mailed; nothing reaches the editors before it is followed. The answer is the same whatever happened (it tells a bot nothing).${publicNote}`,
      middleware: [jsonBody],
      request: {
        headers: z.object({
          'idempotency-key': z.string().min(8).max(100).optional().openapi({
            description: 'Retrying with the same key submits once.',
            example: 'd2f1c0e4-aanmelding-1',
          }),
        }),
        body: { content: { 'application/json': { schema: submissionSchema } }, required: true },
      },
      responses: {
        202: {
          description: 'Received; check your e-mail',
          content: { 'application/json': { schema: acceptedSchema } },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        404: problem('The area does not exist'),
        415: notJson,
        429: tooMany,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const key = c.req.valid('header')['idempotency-key'];
      await submitAsset(ctx, contextOf(c), {
        ...body,
        locale: body.locale ?? c.get('rc').locale,
        idempotencyKey: body.idempotencyKey ?? key,
      });
      return accepted(c, 'socialMap.api.submissionAccepted');
    },
    honeypotHook('socialMap.api.submissionAccepted'),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/submissions/confirm',
      tags,
      summary: 'Confirm a submission with the e-mailed token',
      description: `The submission becomes an item: waiting in the queue (edited, partners only) or published and to be checked (open). Confirming again changes nothing.${publicNote}`,
      middleware: [jsonBody],
      request: {
        body: {
          content: { 'application/json': { schema: tokenBody('SocialMapConfirmInput') } },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'Confirmed',
          content: {
            'application/json': {
              schema: z
                .object({
                  assetId: z.uuid(),
                  outcome: z.enum(['pending', 'to_check']),
                  alreadyConfirmed: z.boolean(),
                  _links: z.object({ asset: href }),
                })
                .openapi('SocialMapConfirmResult'),
            },
          },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        415: notJson,
        422: invalidLink,
      },
    }),
    async (c) => {
      const r = await confirmSubmission(contextOf(c), c.req.valid('json').token);
      return c.json({ ...r, _links: { asset: { href: `${apiBase}/assets/${r.assetId}` } } }, 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/assets/{id}/reports',
      tags,
      summary: 'Report an error or abuse',
      description: `The item goes back to the editors’ queue; after a number of reports by different people (a setting, default 3) it is hidden until an editor has looked at it.${publicNote}`,
      middleware: [jsonBody],
      request: {
        params: assetIdParam,
        body: { content: { 'application/json': { schema: reportSchema } }, required: true },
      },
      responses: {
        202: { description: 'Received', content: { 'application/json': { schema: acceptedSchema } } },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        404: problemResponses[404],
        415: notJson,
        429: tooMany,
      },
    }),
    async (c) => {
      await reportAsset(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return accepted(c, 'socialMap.api.reportReceived');
    },
    honeypotHook('socialMap.api.reportReceived'),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/verifications',
      tags,
      summary: 'Confirm "still correct" with the token from the reminder',
      description: `Works without an account; doing it twice does no harm.${publicNote}`,
      middleware: [jsonBody],
      request: {
        body: {
          content: { 'application/json': { schema: tokenBody('SocialMapVerificationInput') } },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'Verified now',
          content: {
            'application/json': {
              schema: z
                .object({ assetId: z.uuid(), title: z.string(), _links: z.object({ asset: href }) })
                .openapi('SocialMapVerificationResult'),
            },
          },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        415: notJson,
        422: invalidLink,
      },
    }),
    async (c) => {
      const r = await verifyAssetByToken(ctx, contextOf(c), c.req.valid('json').token);
      return c.json({ ...r, _links: { asset: { href: `${apiBase}/assets/${r.assetId}` } } }, 200);
    },
    smHook,
  );
}
