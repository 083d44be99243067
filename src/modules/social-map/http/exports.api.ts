import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppContext } from '../../../core/app-context.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { parseInput } from '../../../core/validation.ts';
import { assetKinds, formalities } from '../asset.ts';
import { exportAssetsCsv } from '../exports/asset-csv.ts';
import { areaAssetsGeoJson } from '../exports/asset-geojson.ts';
import { type CalendarScope, calendarFeed } from '../exports/calendar-feed.ts';

// The social map's exports over HTTP: iCalendar feeds per area, theme and organisation, GeoJSON
// per area and CSV of the list. Public, read-only data: any website may fetch them (CORS *),
// caches may keep them for five minutes, and the calendars answer conditional requests.
// Decision 009.

const corsAnyOrigin = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  exposeHeaders: ['ETag', 'Last-Modified', 'Link', 'API-Version', 'Content-Disposition'],
  maxAge: 86400,
});

/**
 * Read-only public data: any origin may read it (no credentials). A response that shared caches
 * may keep must not carry a cookie (the anonymous id the app hands out would be shared).
 */
export const publicGetCors = createMiddleware<HonoEnv>(async (c, next) => {
  const preflight = await corsAnyOrigin(c, next);
  if (preflight) return preflight;
  if (c.res.headers.get('Cache-Control')?.startsWith('public')) c.res.headers.delete('Set-Cookie');
});

const CACHE = 'public, max-age=300';

/** 304 when the client's copy is current (If-None-Match first, else If-Modified-Since). */
export function conditionalResponse(
  c: Context<HonoEnv>,
  body: string,
  headers: { contentType: string; lastModified?: Date | undefined; disposition?: string },
): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const common: Record<string, string> = { ETag: etag, 'Cache-Control': CACHE, Vary: 'Accept-Language' };
  if (headers.lastModified) common['Last-Modified'] = headers.lastModified.toUTCString();
  const ifNoneMatch = c.req.header('if-none-match');
  const ifModifiedSince = c.req.header('if-modified-since');
  let notModified = false;
  if (ifNoneMatch !== undefined) {
    notModified = ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === etag || t === '*');
  } else if (ifModifiedSince && headers.lastModified) {
    const since = Date.parse(ifModifiedSince);
    notModified = !Number.isNaN(since) && headers.lastModified.getTime() <= since;
  }
  if (notModified) return new Response(null, { status: 304, headers: common });
  return new Response(body, {
    status: 200,
    headers: {
      ...common,
      'Content-Type': headers.contentType,
      ...(headers.disposition ? { 'Content-Disposition': headers.disposition } : {}),
    },
  });
}

/** Absolute links in exports point at the configured public address, else at this host. */
function baseUrl(c: Context<HonoEnv>, ctx: AppContext): string {
  return ctx.config.publicUrl ?? new URL(c.req.url).origin;
}

const tags = ['Social map exports'];

const areaCode = z
  .string()
  .regex(/^[A-Z]{2}[0-9A-Z]{4,12}$/)
  .openapi({ example: 'WK999901', description: 'CBS code (GM…, WK…, BU…) or own gebied code (GB…).' });

const calendarResponses = {
  200: {
    description:
      'An iCalendar (RFC 5545) feed: recurring activities as RRULE/EXDATE series with RECURRENCE-ID changes, in Europe/Amsterdam with its VTIMEZONE',
    content: { 'text/calendar': { schema: z.string() } },
  },
  304: { description: 'Not modified (If-None-Match or If-Modified-Since)' },
  400: problemResponses[400],
  404: problemResponses[404],
} as const;

const calendars: Array<{
  by: CalendarScope['by'];
  segment: string;
  param: string;
  schema: z.ZodType<string>;
  summary: string;
}> = [
  {
    by: 'area',
    segment: 'areas',
    param: 'code',
    schema: areaCode,
    summary: 'Calendar feed of an area and its sub-areas',
  },
  {
    by: 'theme',
    segment: 'themes',
    param: 'theme',
    schema: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
      .openapi({ example: 'ontmoeting', description: 'Theme code of the taxonomy.' }),
    summary: 'Calendar feed of a theme',
  },
  {
    by: 'organisation',
    segment: 'organisations',
    param: 'id',
    schema: z.uuid().openapi({ description: 'Organisation id.' }),
    summary: 'Calendar feed of an organisation',
  },
];

const boolFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional()
  .openapi({ type: 'boolean' });
const codeList = z.union([z.string().max(60), z.array(z.string().max(60))]).optional();

export function registerExportsApi(api: Api, ctx: AppContext): void {
  api.use('/social-map/calendars/*', publicGetCors);
  api.use('/social-map/areas/:code/assets.geojson', publicGetCors);
  api.use('/social-map/assets.csv', publicGetCors);

  for (const cal of calendars) {
    // The OpenAPI path ends in "{param}.ics"; Hono would read that as a parameter named
    // "param.ics", so the route is registered with a pattern and the doc separately.
    api.openAPIRegistry.registerPath(
      createRoute({
        method: 'get',
        path: `/social-map/calendars/${cal.segment}/{${cal.param}}.ics`,
        tags,
        summary: `${cal.summary} (iCalendar)`,
        description:
          'Published, publicly visible activities and groups with a schedule. Public: CORS allows any origin. ETag and Last-Modified; conditional requests get 304.',
        request: { params: z.object({ [cal.param]: cal.schema }) },
        responses: calendarResponses,
      }),
    );
    api.get(`/social-map/calendars/${cal.segment}/:file{[^/]+\\.ics}`, async (c) => {
      const value = c.req.param('file').slice(0, -'.ics'.length);
      const { v } = parseInput(z.object({ v: cal.schema }), { v: value });
      const scope: CalendarScope =
        cal.by === 'organisation' ? { by: cal.by, id: v } : { by: cal.by, code: v };
      const rc = c.get('rc');
      const feed = await calendarFeed(ctx.db, rc.actor, scope, {
        locale: rc.locale,
        baseUrl: baseUrl(c, ctx),
      });
      return conditionalResponse(c, feed.body, {
        contentType: 'text/calendar; charset=utf-8',
        lastModified: feed.lastModified,
        disposition: `inline; filename="${cal.segment}-${value}.ics"`,
      });
    });
  }

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/areas/{code}/assets.geojson',
      tags,
      summary: 'Publicly visible items of an area and its sub-areas as a GeoJSON FeatureCollection',
      description:
        'RFC 7946 (WGS84, [longitude, latitude]). An item without its own point gets the point of the place it is located at (properties.locatedAt); items with neither are left out. Key persons are never included.',
      request: { params: z.object({ code: areaCode }) },
      responses: {
        200: {
          description: 'GeoJSON FeatureCollection of Point features',
          content: {
            'application/geo+json': {
              schema: z
                .object({
                  type: z.literal('FeatureCollection'),
                  bbox: z.array(z.number()).length(4).optional(),
                  features: z.array(
                    z.object({
                      type: z.literal('Feature'),
                      id: z.string(),
                      geometry: z.object({
                        type: z.literal('Point'),
                        coordinates: z.array(z.number()).length(2),
                      }),
                      properties: z.record(z.string(), z.unknown()),
                    }),
                  ),
                })
                .openapi('SocialMapAssetFeatures'),
            },
          },
        },
        304: { description: 'Not modified' },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const collection = await areaAssetsGeoJson(ctx.db, rc.actor, c.req.valid('param').code, {
        baseUrl: baseUrl(c, ctx),
      });
      return conditionalResponse(c, JSON.stringify(collection), {
        contentType: 'application/geo+json',
      }) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/assets.csv',
      tags,
      summary: 'The publicly visible items as CSV, with the filters of the list',
      description:
        'UTF-8 with a byte order mark, semicolon-separated, CRLF, RFC 4180 quoting; column headers in the language asked for (lang or Accept-Language). Cells that a spreadsheet would read as a formula start with an apostrophe.',
      request: {
        query: z.object({
          q: z.string().max(200).optional().openapi({ description: 'Search words.' }),
          kind: z
            .union([z.enum(assetKinds), z.array(z.enum(assetKinds))])
            .optional()
            .openapi({ description: 'Kind(s) of item.' }),
          theme: codeList.openapi({ description: 'Theme code(s).' }),
          targetGroup: codeList.openapi({ description: 'Target group code(s).' }),
          formality: z.enum(formalities).optional(),
          area: areaCode.optional().openapi({ description: 'Only this area and its sub-areas.' }),
          free: boolFlag,
          accessible: boolFlag,
          lat: z.coerce
            .number()
            .min(-90)
            .max(90)
            .optional()
            .openapi({ description: 'Near this point (with lon): sorted by distance.' }),
          lon: z.coerce.number().min(-180).max(180).optional(),
          radiusKm: z.coerce.number().positive().max(100).optional().openapi({ description: 'Default 5.' }),
        }),
      },
      responses: {
        200: {
          description: 'CSV (text/csv; header=present)',
          content: { 'text/csv': { schema: z.string() } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if ((q.lat === undefined) !== (q.lon === undefined)) {
        throw new ValidationError([
          { field: q.lat === undefined ? 'lat' : 'lon', key: 'socialMap.api.nearNeedsBoth' },
        ]);
      }
      const rc = c.get('rc');
      const body = await exportAssetsCsv(
        ctx.db,
        rc.actor,
        {
          q: q.q ?? '',
          kind: q.kind ?? [],
          theme: q.theme ?? [],
          targetGroup: q.targetGroup ?? [],
          formality: q.formality,
          areaCode: q.area,
          free: q.free,
          accessible: q.accessible,
          near:
            q.lat !== undefined && q.lon !== undefined
              ? { lat: q.lat, lon: q.lon, radiusKm: q.radiusKm ?? 5 }
              : undefined,
        },
        { locale: rc.locale, baseUrl: baseUrl(c, ctx) },
      );
      return conditionalResponse(c, body, {
        contentType: 'text/csv; charset=utf-8; header=present',
        disposition: 'attachment; filename="sociale-kaart.csv"',
      }) as never;
    },
  );
}
