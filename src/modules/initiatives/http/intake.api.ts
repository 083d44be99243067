import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../../../core/app-context.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses, problemSchema } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { decisions, itemStatuses } from '../initiatives.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { getFollowedItem } from '../intake/get-followed-item.ts';
import '../intake/intake-i18n.ts';
import { maxFileBytes, maxPhotos, type SubmitItemInput, type Upload } from '../intake/intake-input.ts';
import { type SubmitItemResult, submitItem, submitItemInput } from '../intake/submit-item.ts';

// The intake part's API: anyone submits an item (no account; JSON, or multipart with photos;
// Idempotency-Key), and the resident reads where it stands with the private follow token.

const tags = ['Initiatives'];
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const submissionSchema = documented(submitItemInput, 'InitiativeSubmission', {
  description:
    'An idea, initiative, signal or question. categoryId from GET /initiatives/categories. Where: areaCode (buurt or wijk), or lon/lat (WGS84) inside the municipality, optionally an address. Contact details are optional; with any of them consent must be true (the consent text is stored). Leave honeypot empty. The same Idempotency-Key (header, or idempotencyKey) twice makes one item. channel defaults to "api"; phone, counter, street and email are for staff registering on behalf of a resident. Photos: send multipart/form-data.',
  example: {
    categoryId: '7d0f4a52-1c1e-4c59-9a57-3c1d3d5f2a10',
    description: 'Voor Dorpsstraat 12 ligt een stoeptegel los; er is al iemand over gestruikeld.',
    areaCode: 'BU99990101',
    address: 'Dorpsstraat 12',
    contactEmail: 'bewoner@example.org',
    consent: true,
  },
});

const multipartSchema = z
  .object({
    categoryId: z.string(),
    description: z.string(),
    photos: z.any().openapi({
      type: 'string',
      format: 'binary',
      description: `Up to ${maxPhotos} photos (JPEG, PNG, WebP), each at most ${maxFileBytes / 1024 / 1024} MB; re-encoded without metadata.`,
    }),
  })
  .catchall(z.any())
  .openapi('InitiativeSubmissionMultipart', {
    description:
      'The same fields as the JSON submission as form fields; attribute answers as attribute[code]; consent as "true".',
  });

const receiptSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().openapi({ example: 'M-2026-000123' }),
    followToken: z.string().openapi({ description: 'The private token; keep it secret.' }),
    followUrl: z.string().openapi({ description: 'The resident’s private page.' }),
    duplicate: z
      .boolean()
      .openapi({ description: 'true: this Idempotency-Key was seen before; nothing new was made.' }),
    detail: z.string(),
    _links: z.object({ follow: z.object({ href: z.string() }), page: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeReceipt');

const followedSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    description: z.string(),
    kindName: z.string(),
    categoryName: z.string(),
    areaName: z.string(),
    address: z.string().nullable(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    status: z.enum(itemStatuses as [string, ...string[]]),
    decision: z.enum(decisions as [string, ...string[]]).nullable(),
    answer: z.string().nullable(),
    ownerName: z.string().openapi({ description: 'The department, team or partner responsible now.' }),
    deadlineOn: z.string().openapi({ description: 'Answer at the latest on this date (Europe/Amsterdam).' }),
    overdue: z.boolean(),
    receivedAt: z.string(),
    closedAt: z.string().nullable(),
    requestedCents: z.number().int().nullable(),
    events: z.array(
      z.object({
        id: z.uuid(),
        event: z.string(),
        toStatus: z.string().nullable(),
        publicText: z.string(),
        createdAt: z.string(),
      }),
    ),
    photos: z.array(
      z.object({
        id: z.uuid(),
        url: z.string(),
        alt: z.string(),
        width: z.number().int().nullable(),
        height: z.number().int().nullable(),
      }),
    ),
    question: z.string().nullable(),
    mayAnswer: z.boolean(),
    mayRate: z.boolean(),
    rating: z.object({ satisfied: z.boolean(), reason: z.string(), createdAt: z.string() }).nullable(),
    accountingPath: z.string().nullable(),
    hasEmail: z.boolean(),
  })
  .openapi('FollowedInitiativeItem');

const tokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

const maxBody = maxPhotos * maxFileBytes + 1024 * 1024;

const contextOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

/** A multipart form's fields as the service's input, and its photos. */
async function readMultipart(form: FormData): Promise<{ input: Record<string, unknown>; uploads: Upload[] }> {
  const input: Record<string, unknown> = {};
  const attributeValues: Record<string, string[]> = {};
  const uploads: Upload[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') {
      if (key === 'photos' && (value.size > 0 || value.name))
        uploads.push({
          name: value.name,
          type: value.type,
          bytes: new Uint8Array(await value.arrayBuffer()),
        });
      continue;
    }
    const attribute = key.match(/^attribute\[([^\]]{1,60})\]$/)?.[1];
    if (attribute) attributeValues[attribute] = [...(attributeValues[attribute] ?? []), value];
    else input[key] = value;
  }
  input.attributeValues = Object.fromEntries(
    Object.entries(attributeValues).map(([k, v]) => [k, v.length === 1 ? (v[0] as string) : v]),
  );
  return { input, uploads };
}

function receiptJson(ctx: AppContext, r: SubmitItemResult, locale: 'nl' | 'en') {
  const page = absoluteUrl(ctx.publicUrl, initiativesPaths.follow(r.followToken));
  return {
    id: r.id,
    reference: r.reference,
    followToken: r.followToken,
    followUrl: page,
    duplicate: r.duplicate,
    detail: translate(locale, 'initiatives.intake.receipt.reference', { reference: r.reference }),
    _links: {
      follow: { href: `/api/v1/initiatives/follow/${encodeURIComponent(r.followToken)}` },
      page: { href: page },
    },
  };
}

/** A bot that filled in the honeypot hears the usual answer, even when the rest is nonsense. */
function honeypotHook(ctx: AppContext) {
  return async (
    result: { success: true } | { success: false; error: z.ZodError },
    // biome-ignore lint/suspicious/noExplicitAny: any route's context
    c: Context<HonoEnv, any, any>,
  ): Promise<never> => {
    if (result.success) return undefined as never;
    const raw: unknown = await c.req.json().catch(() => null);
    const honeypot = (raw as { honeypot?: unknown } | null)?.honeypot;
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      const decoy = await submitItem(ctx, serviceContext(c.get('rc')), { honeypot } as SubmitItemInput);
      return c.json(receiptJson(ctx, decoy, c.get('rc').locale), 201) as never;
    }
    throw new ValidationError(toFieldErrors(result.error));
  };
}

export function registerIntakeApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/items',
      tags,
      summary: 'Submit an idea, initiative, signal or question (no account needed)',
      description:
        'Anonymous callers are rate limited per address and, like browsers, send the CSRF token (cookie + X-CSRF-Token); API tokens need neither. The answer carries the reference number and the private follow token. With an Idempotency-Key a retry answers 200 with the first item (duplicate: true); the same key with a different submission is a 409.',
      middleware: [
        bodyLimit({
          maxSize: maxBody,
          onError: () => {
            throw new ValidationError([{ field: 'photos', key: 'initiatives.intake.error.requestTooLarge' }]);
          },
        }),
      ],
      request: {
        headers: z.object({
          'idempotency-key': z
            .string()
            .min(8)
            .max(100)
            .optional()
            .openapi({ description: 'Retrying with the same key makes one item.' }),
        }),
        body: {
          content: {
            'application/json': { schema: submissionSchema },
            'multipart/form-data': { schema: multipartSchema },
          },
          // Not "required": with two media types that would validate the body against both.
          required: false,
        },
      },
      responses: {
        201: {
          description: 'Received',
          content: { 'application/json': { schema: receiptSchema } },
        },
        200: {
          description: 'Received before with this Idempotency-Key: the first item',
          content: { 'application/json': { schema: receiptSchema } },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (anonymous callers)'),
        409: problem('The Idempotency-Key was used for a different submission'),
        429: problem('Too many submissions from this address; see Retry-After'),
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const type = c.req.header('content-type') ?? '';
      let input: Record<string, unknown>;
      let uploads: Upload[] = [];
      if (type.startsWith('multipart/form-data')) {
        ({ input, uploads } = await readMultipart(await c.req.formData()));
      } else if (type.startsWith('application/json')) {
        // The raw body (already checked by the schema): the service applies the defaults itself.
        input = { ...((await c.req.json()) as Record<string, unknown>) };
      } else {
        throw new ValidationError([{ field: '_', key: 'validation.invalid' }]);
      }
      const headerKey = c.req.valid('header')['idempotency-key'];
      const result = await submitItem(
        ctx,
        contextOf(c),
        {
          ...input,
          channel: (input.channel as SubmitItemInput['channel']) ?? 'api',
          locale: (input.locale as 'nl' | 'en' | undefined) ?? rc.locale,
          ...(headerKey ? { idempotencyKey: headerKey } : {}),
        } as SubmitItemInput,
        uploads,
      );
      const body = receiptJson(ctx, result, rc.locale);
      if (result.duplicate) return c.json(body, 200);
      return c.json(body, 201, { Location: body._links.follow.href });
    },
    honeypotHook(ctx),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/follow/{token}',
      tags,
      summary: 'Where an item stands, for the resident (by the private follow token)',
      description:
        'Status, who handles it, the deadline, what the resident was told, the answer and the photos. Never contact details, internal notes or staff names.',
      request: { params: tokenParam },
      responses: {
        200: {
          description: 'The item as the resident sees it',
          content: { 'application/json': { schema: followedSchema } },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const item = await getFollowedItem(contextOf(c), c.req.valid('param').token);
      return c.json(item, 200, { 'Cache-Control': 'private, no-store' });
    },
  );
}
