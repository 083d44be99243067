import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, cursorValue, signedIn } from '../../../core/http/api/api-helpers.ts';
import {
  encodeCursor,
  linkHeader,
  linksSchema,
  pageLinks,
  paginationQuery,
  problemResponses,
} from '../../../core/http/api/pagination.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { deleteFeed } from '../feeds/delete-feed.ts';
import type { Feed, FeedRun } from '../feeds/feed.ts';
import { feedStateFilter } from '../feeds/feed-input.ts';
import { feedStates } from '../feeds/feeds.tables.ts';
import { fetchFeedNow } from '../feeds/fetch-feed-now.ts';
import { getFeed } from '../feeds/get-feed.ts';
import { listFeeds } from '../feeds/list-feeds.ts';
import { registerFeed } from '../feeds/register-feed.ts';
import { updateFeed } from '../feeds/update-feed.ts';
import { contextOf, jsonBody, smHook } from './social-map-http.ts';

// Calendar feeds (agenda-koppelingen): register an iCalendar URL, see its state, fetch it now.
// The services check everything (formats, permissions); these schemas describe the shape.

const tags = ['Social map: calendar feeds'];
const apiBase = '/api/v1/social-map/feeds';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ type: z.string(), title: z.string() }) } },
});

const problemSchema = z
  .object({ key: z.string(), message: z.string(), detail: z.string().nullable() })
  .nullable()
  .openapi({
    description: 'Why the last fetch failed: a message in the caller’s language and the technical detail.',
  });

const runSchema = z
  .object({
    startedAt: z.string(),
    state: z.enum(['ok', 'not_modified', 'error', 'bad_source']),
    problem: problemSchema,
    created: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    unchanged: z.number().int(),
    warnings: z.array(z.string()),
  })
  .openapi('SocialMapFeedRun');

const feedSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    area: z.object({ code: z.string(), name: z.string() }),
    themes: z.array(z.string()),
    targetGroups: z.array(z.string()),
    owner: z.object({
      organisationId: z.string().nullable(),
      organisationName: z.string().nullable(),
      personName: z.string().nullable(),
    }),
    intervalMinutes: z.number().int(),
    state: z.enum(feedStates).openapi({
      description:
        'new: not fetched yet; ok; error: fetching failed (retried later); bad_source: the URL or its content must be fixed.',
    }),
    problem: problemSchema,
    lastFetchedAt: z.string().nullable(),
    lastSucceededAt: z.string().nullable(),
    nextFetchAt: z.string().nullable(),
    itemCount: z.number().int().openapi({ description: 'Activities from this feed on the map.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }), fetch: z.object({ href: z.string() }) }),
  })
  .openapi('SocialMapFeed');

const feedDetailSchema = feedSchema
  .extend({ runs: z.array(runSchema).openapi({ description: 'The most recent fetches, newest first.' }) })
  .openapi('SocialMapFeedDetail');

const feedInputSchema = z
  .object({
    name: z.string().max(200).openapi({ example: 'Agenda Buurthuis De Linde' }),
    url: z.string().max(2000).openapi({
      example: 'https://buurthuisdelinde.example/agenda.ics',
      description: 'http(s) or webcal URL of an iCalendar feed.',
    }),
    organisationId: z.uuid().nullable().optional().openapi({
      description:
        'The owning organisation (the caller must be a member, or an editor); without it the feed is the caller’s own.',
    }),
    areaCode: z
      .string()
      .max(20)
      .nullable()
      .optional()
      .openapi({ description: 'Area of the items; default the whole municipality.' }),
    themes: z.array(z.string().max(60)).max(20).optional(),
    targetGroups: z.array(z.string().max(60)).max(20).optional(),
    intervalMinutes: z.number().int().optional().openapi({ description: '15 to 10080; default 360.' }),
  })
  .openapi('SocialMapFeedInput');

const feedPatchSchema = feedInputSchema
  .omit({ organisationId: true })
  .partial()
  .openapi('SocialMapFeedPatch');

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const cursorSchema = z.object({ name: z.string(), id: z.uuid() });

type Locale = Parameters<typeof translate>[0];

function problemJson(locale: Locale, key: string | null, detail: string | null) {
  return key ? { key, message: translate(locale, key), detail } : null;
}

function runJson(locale: Locale, r: FeedRun) {
  return {
    startedAt: r.startedAt.toISOString(),
    state: r.state,
    problem: problemJson(locale, r.problemKey, r.problemDetail),
    created: r.created,
    updated: r.updated,
    removed: r.removed,
    unchanged: r.unchanged,
    warnings: r.warnings,
  };
}

function feedJson(locale: Locale, f: Feed) {
  return {
    id: f.id,
    name: f.name,
    url: f.url,
    area: { code: f.area.code, name: f.area.name },
    themes: f.themes,
    targetGroups: f.targetGroups,
    owner: {
      organisationId: f.ownerOrganisationId,
      organisationName: f.ownerOrganisationName,
      personName: f.ownerPersonName,
    },
    intervalMinutes: f.intervalMinutes,
    state: f.state,
    problem: problemJson(locale, f.problemKey, f.problemDetail),
    lastFetchedAt: f.lastFetchedAt?.toISOString() ?? null,
    lastSucceededAt: f.lastSucceededAt?.toISOString() ?? null,
    nextFetchAt: f.nextFetchAt?.toISOString() ?? null,
    itemCount: f.itemCount,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    _links: { self: { href: `${apiBase}/${f.id}` }, fetch: { href: `${apiBase}/${f.id}/fetch` } },
  };
}

export function registerFeedsApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/feeds',
      tags,
      summary: 'List calendar feeds (own, and for editors all in their areas)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: z.object({ state: feedStateFilter.optional(), ...paginationQuery }) },
      responses: {
        200: {
          description: 'A page of feeds, by name',
          content: {
            'application/json': { schema: z.object({ items: z.array(feedSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const q = c.req.valid('query');
      const page = await listFeeds(ctx.db, rc.actor, {
        state: q.state,
        after: cursorValue(q.cursor, cursorSchema),
        limit: q.limit,
      });
      const next = page.nextCursor ? encodeCursor(page.nextCursor) : null;
      return c.json(
        { items: page.items.map((f) => feedJson(rc.locale, f)), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/feeds',
      tags,
      summary: 'Register a calendar feed',
      description:
        'For the caller, or for an organisation the caller belongs to (editors: any). The feed is fetched soon; POST …/fetch fetches it at once. Its items are published by the area’s editorial policy, as the caller’s own items would be.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: { body: { content: { 'application/json': { schema: feedInputSchema } }, required: true } },
      responses: {
        201: { description: 'The new feed', content: { 'application/json': { schema: feedSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        415: problem('The body is not JSON'),
      },
    }),
    async (c) => {
      const f = await registerFeed(contextOf(c), c.req.valid('json'));
      return c.json(feedJson(c.get('rc').locale, f), 201, { Location: `${apiBase}/${f.id}` });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/feeds/{id}',
      tags,
      summary: 'One feed with its state and recent fetches (owner or editor)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: { description: 'The feed', content: { 'application/json': { schema: feedDetailSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const locale = c.get('rc').locale;
      const f = await getFeed(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      return c.json({ ...feedJson(locale, f), runs: f.runs.map((r) => runJson(locale, r)) }, 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/social-map/feeds/{id}',
      tags,
      summary: 'Change a feed (owner or editor)',
      description:
        'Only the fields sent. A new URL starts afresh; new defaults reach the items at the next fetch.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: feedPatchSchema } }, required: true },
      },
      responses: {
        200: { description: 'The changed feed', content: { 'application/json': { schema: feedSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        415: problem('The body is not JSON'),
      },
    }),
    async (c) => {
      const f = await updateFeed(contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(feedJson(c.get('rc').locale, f), 200);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/social-map/feeds/{id}',
      tags,
      summary: 'Remove a feed (owner or editor); its items are archived, not deleted',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      await deleteFeed(contextOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/feeds/{id}/fetch',
      tags,
      summary: 'Fetch a feed now (owner or editor)',
      description:
        'Fetches and applies the feed at once. The answer says what happened; a feed that cannot be fetched is not an error of this request (200 with state error or bad_source).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'What the fetch did, and the feed afterwards',
          content: {
            'application/json': {
              schema: z.object({ result: runSchema.omit({ startedAt: true }), feed: feedDetailSchema }),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const id = c.req.valid('param').id;
      const report = await fetchFeedNow(contextOf(c), id);
      const f = await getFeed(ctx.db, rc.actor, id);
      return c.json(
        {
          result: {
            state: report.state,
            problem: problemJson(rc.locale, report.problem?.key ?? null, report.problem?.detail ?? null),
            created: report.created,
            updated: report.updated,
            removed: report.removed,
            unchanged: report.unchanged,
            warnings: report.warnings,
          },
          feed: { ...feedJson(rc.locale, f), runs: f.runs.map((r) => runJson(rc.locale, r)) },
        },
        200,
      );
    },
    smHook,
  );
}
