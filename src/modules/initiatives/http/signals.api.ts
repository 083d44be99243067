import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { ConflictError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import {
  linkHeader,
  linksSchema,
  pageLinks,
  paginationQuery,
  problemResponses,
  problemSchema,
} from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { itemStatuses } from '../initiatives.ts';
import { createSignal } from '../signals/create-signal.ts';
import { getPublicSignals } from '../signals/get-public-signals.ts';
import { getSignal } from '../signals/get-signal.ts';
import { getStatistics } from '../signals/get-statistics.ts';
import { linkSignalToPlan } from '../signals/link-signal.ts';
import { listSignals } from '../signals/list-signals.ts';
import { recordSignalOutcome } from '../signals/record-signal-outcome.ts';
import { sendSignal } from '../signals/send-signal.ts';
import { createSignalInput } from '../signals/signal-input.ts';
import type { NeighbourhoodSignal, NeighbourhoodSignalView } from '../signals/signals.ts';
import { signalStatuses } from '../signals/signals.ts';
import '../signals/signals-i18n.ts';
import { updateSignal } from '../signals/update-signal.ts';

// The signals part's API: counts per area, category and month for staff (/statistics), the
// public signal map as GeoJSON (/public-signals: opt-in, rounded, no residents' text), and
// wijksignalen (/neighbourhood-signals: create, read, change, link to a plan item, send on,
// record the outcome — nothing is deleted; a signal is closed with its outcome).

const tags = ['Initiatives: signals'];
const base = '/api/v1/initiatives/neighbourhood-signals';
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const statusEnum = z.enum(itemStatuses as [string, ...string[]]);
const signalStatusEnum = z.enum(signalStatuses as [string, ...string[]]);

const statisticsSchema = documented(
  z.object({
    from: month,
    to: month,
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    rows: z.array(
      z.object({
        areaCode: z.string(),
        areaName: z.string(),
        categoryId: z.uuid(),
        categoryCode: z.string(),
        month,
        count: z.number().int(),
        open: z.number().int(),
      }),
    ),
  }),
  'InitiativeStatistics',
);

const featureCollectionSchema = documented(
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).length(2) }),
        properties: z.object({
          category: z.string(),
          categoryName: z.string(),
          status: statusEnum,
          month,
          areaCode: z.string(),
          areaName: z.string(),
          count: z.number().int(),
        }),
      }),
    ),
    properties: z.object({
      enabled: z.boolean(),
      from: z.string(),
      months: z.number().int(),
      truncated: z.boolean(),
    }),
  }),
  'PublicSignalFeatures',
);

const signalSchema = documented(
  z.object({
    id: z.uuid(),
    area: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
    title: z.string(),
    explanation: z.string(),
    status: signalStatusEnum,
    planItemId: z.uuid().nullable(),
    sentToOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    sentToBoard: z.string().nullable(),
    outcome: z.string().nullable(),
    itemCount: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  }),
  'NeighbourhoodSignal',
);

const signalViewSchema = documented(
  z.object({
    signal: signalSchema,
    items: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        title: z.string(),
        status: statusEnum,
        categoryId: z.uuid(),
        category: z.string(),
        area: z.object({ code: z.string(), name: z.string() }),
        receivedAt: z.string(),
        reachable: z.boolean(),
      }),
    ),
    planItem: z
      .object({
        planId: z.uuid(),
        planTitle: z.string(),
        itemId: z.uuid(),
        itemTitle: z.string(),
        level: z.string(),
      })
      .nullable(),
  }),
  'NeighbourhoodSignalView',
);

const versionField = z.number().int().min(1).optional();
const patchSchema = documented(
  z.object({
    title: z.string().optional(),
    explanation: z.string().optional(),
    addItemIds: z.array(z.uuid()).max(200).optional(),
    removeItemIds: z.array(z.uuid()).max(200).optional(),
    version: versionField,
  }),
  'NeighbourhoodSignalPatch',
  { description: 'Only the fields sent. The version (or If-Match) the change starts from.' },
);
const linkSchema = documented(
  z.object({ planId: z.uuid(), planItemId: z.uuid(), version: versionField }),
  'NeighbourhoodSignalPlanLink',
);
const sendSchema = documented(
  z.object({
    organisationId: z.uuid().optional(),
    board: z.string().max(200).optional(),
    version: versionField,
  }),
  'NeighbourhoodSignalSending',
  { description: 'An organisation of the municipality, a board or meeting (free text), or both.' },
);
const outcomeSchema = documented(
  z.object({ outcome: z.string(), close: z.boolean().optional(), version: versionField }),
  'NeighbourhoodSignalOutcome',
  {
    description:
      'What happened. Every bundled item gets it in its history (the resident reads it on their page); residents who left an e-mail address get it by mail. close (default true) closes the signal.',
  },
);

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const ifMatchHeader = z.object({
  'if-match': z.string().max(100).optional().openapi({
    description: 'The ETag from GET (412 when the signal moved on); or send version in the body.',
  }),
});

const etag = (version: number) => `"${version}"`;

function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = header.trim().match(/^(?:W\/)?"(\d{1,9})"$/);
  return m?.[1] ? Number(m[1]) : -1;
}

function signalJson(s: NeighbourhoodSignal) {
  return { ...s, _links: { self: { href: `${base}/${s.id}` } } };
}

function viewJson(v: NeighbourhoodSignalView) {
  return { ...v, signal: signalJson(v.signal) };
}

const ctxOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

const changeResponses = {
  400: problemResponses[400],
  401: problemResponses[401],
  403: problemResponses[403],
  404: problemResponses[404],
  409: problem('The version in the body is not the current one, or the signal is closed'),
  412: problem('If-Match does not match the current version'),
};

/**
 * Runs a change with the version from If-Match (or the body); a stale If-Match is a 412 with the
 * current ETag, a stale body version a 409.
 */
async function versioned(
  c: Context<HonoEnv>,
  id: string,
  header: string | undefined,
  bodyVersion: number | undefined,
  change: (version: number) => Promise<NeighbourhoodSignal>,
): Promise<Response> {
  const fromHeader = ifMatchVersion(header);
  try {
    const signal = await change(fromHeader ?? bodyVersion ?? 0);
    return c.json(signalJson(signal), 200, { ETag: etag(signal.version) });
  } catch (error) {
    if (
      error instanceof ConflictError &&
      error.key === 'initiatives.signals.error.conflict' &&
      fromHeader !== undefined
    ) {
      const rc = c.get('rc');
      const current = await getSignal(ctxOf(c), id, rc.locale);
      return problemResponse(
        c,
        { status: 412, title: titleFor(412, rc.locale), detail: translate(rc.locale, error.key) },
        { ETag: etag(current.signal.version) },
      );
    }
    throw error;
  }
}

export function registerSignalsApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/statistics',
      tags,
      summary: 'Items received per area, category and month (staff)',
      description:
        'Counts per the item’s own area (usually a buurt), category and month (Europe/Amsterdam), with how many of them are still open. Coordinators and administrators see the whole municipality, area officers their areas (area narrows it to one area and what lies inside it). Default: the last 12 months; at most 36.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          area: z.string().max(20).optional().openapi({ description: 'Area code.' }),
          from: month.optional().openapi({ description: 'First month, YYYY-MM.' }),
          to: month.optional().openapi({ description: 'Last month, YYYY-MM.' }),
        }),
      },
      responses: {
        200: { description: 'The counts', content: { 'application/json': { schema: statisticsSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const s = await getStatistics(ctxOf(c), { areaCode: q.area, from: q.from, to: q.to });
      return c.json(s, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/public-signals',
      tags,
      summary: 'The public signal map as GeoJSON (no account needed)',
      description:
        'RFC 7946 points, only when the municipality publishes the map and only for categories on it. Each feature is a location rounded to 3 decimals with the number of items of one category, status and month there; never an id, title, description, address or contact detail. Without the public map: an empty collection with properties.enabled false.',
      request: {
        query: z.object({
          months: z.coerce
            .number()
            .int()
            .min(1)
            .max(12)
            .optional()
            .openapi({ description: 'Months back (default 3).' }),
          category: z.string().max(60).optional().openapi({ description: 'Category code.' }),
          area: z.string().max(20).optional().openapi({ description: 'Area code.' }),
        }),
      },
      responses: {
        200: {
          description: 'GeoJSON FeatureCollection of Point features',
          content: { 'application/geo+json': { schema: featureCollectionSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rc = c.get('rc');
      const p = await getPublicSignals(
        ctx.db,
        rc.actor,
        { months: q.months, category: q.category, areaCode: q.area },
        rc.locale,
      );
      const body = {
        type: 'FeatureCollection' as const,
        properties: { enabled: p.enabled, from: p.from, months: p.months, truncated: p.truncated },
        features: p.signals.map((s) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [s.lon, s.lat] },
          properties: {
            category: s.categoryCode,
            categoryName: s.category,
            status: s.status,
            month: s.month,
            areaCode: s.areaCode,
            areaName: s.areaName,
            count: s.count,
          },
        })),
      };
      return c.body(JSON.stringify(body), 200, {
        'Content-Type': 'application/geo+json',
        'Cache-Control': 'public, max-age=300',
      }) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/neighbourhood-signals',
      tags,
      summary: 'Wijksignalen, newest first (area officers of the area, coordinators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          area: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Area code: signals of it and inside it.' }),
          status: signalStatusEnum.optional(),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of signals',
          content: {
            'application/json': { schema: z.object({ items: z.array(signalSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listSignals(ctxOf(c), {
        areaCode: q.area,
        status: q.status,
        cursor: q.cursor,
        limit: q.limit,
      });
      return c.json(
        { items: page.signals.map(signalJson), _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/neighbourhood-signals',
      tags,
      summary: 'Bundle items of an area into a wijksignaal',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: {
            'application/json': {
              schema: documented(createSignalInput, 'NeighbourhoodSignalNew', {
                description: 'itemIds: items inside the area (and the areas inside it).',
                example: {
                  areaCode: 'BU99990202',
                  title: 'Losse tegels rond het winkelcentrum',
                  explanation: 'Drie meldingen in twee maanden over dezelfde stoep: vraag om herbestrating.',
                  itemIds: [],
                },
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        201: {
          description: 'Created',
          headers: { ETag: { schema: { type: 'string' } }, Location: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const s = await createSignal(ctxOf(c), c.req.valid('json'));
      return c.json(signalJson(s), 201, { Location: `${base}/${s.id}`, ETag: etag(s.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/neighbourhood-signals/{id}',
      tags,
      summary: 'A wijksignaal with its items and the plan item it is linked to',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'The signal; the ETag is its version',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalViewSchema } },
        },
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await getSignal(ctxOf(c), c.req.valid('param').id, c.get('rc').locale);
      return c.json(viewJson(v), 200, { ETag: etag(v.signal.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/initiatives/neighbourhood-signals/{id}',
      tags,
      summary: 'Change the title, explanation or the bundled items',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: patchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed signal',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalSchema } },
        },
        ...changeResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      return versioned(c, id, c.req.valid('header')['if-match'], body.version, (version) =>
        updateSignal(ctxOf(c), id, { ...body, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/neighbourhood-signals/{id}/plan-link',
      tags,
      summary: 'Link the signal to an item of an area plan the caller can read',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: linkSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The linked signal',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalSchema } },
        },
        ...changeResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      return versioned(c, id, c.req.valid('header')['if-match'], body.version, (version) =>
        linkSignalToPlan(ctxOf(c), id, { ...body, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/neighbourhood-signals/{id}/sending',
      tags,
      summary: 'Send the signal to a department or a board',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: sendSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The signal, sent on',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalSchema } },
        },
        ...changeResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      return versioned(c, id, c.req.valid('header')['if-match'], body.version, (version) =>
        sendSignal(ctxOf(c), id, { ...body, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/neighbourhood-signals/{id}/outcome',
      tags,
      summary: 'Record what happened and tell the residents who reported',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: outcomeSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The signal with its outcome',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: signalSchema } },
        },
        ...changeResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      return versioned(c, id, c.req.valid('header')['if-match'], body.version, async (version) => {
        const r = await recordSignalOutcome(ctx, ctxOf(c), id, { ...body, version });
        return r.signal;
      }) as never;
    },
  );
}
