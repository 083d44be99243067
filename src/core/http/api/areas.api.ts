import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { type AreaSummary, areaKinds } from '../../areas/area.ts';
import { getArea, getAreaBoundary } from '../../areas/get-area.ts';
import { childBoundaries, listAreas } from '../../areas/list-areas.ts';
import { locatePoint } from '../../areas/locate-point.ts';
import type { Api } from './api.ts';
import { linkHeader, linksSchema, pageLinks, paginationQuery, problemResponses } from './pagination.ts';

const areaCode = z
  .string()
  .regex(/^[A-Z]{2}[0-9A-Z]{4,12}$/)
  .openapi({ example: 'WK999901', description: 'CBS code (GM…, WK…, BU…) or own gebied code (GB…).' });

const areaSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(areaKinds),
    parentCode: z.string().nullable(),
    centroid: z.object({ lat: z.number(), lon: z.number() }).nullable(),
    bbox: z
      .array(z.number())
      .length(4)
      .nullable()
      .openapi({ description: '[west, south, east, north] in WGS84' }),
    childCount: z.number().int().optional(),
    _links: z.object({ self: z.object({ href: z.string() }), geometry: z.object({ href: z.string() }) }),
  })
  .openapi('AreaSummary');

const areaSchema = areaSummarySchema
  .extend({
    description: z.string(),
    attributes: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'CBS key figures; null means suppressed by CBS.' }),
    ancestors: z.array(z.object({ code: z.string(), name: z.string(), kind: z.enum(areaKinds) })),
    updatedAt: z.string(),
  })
  .openapi('Area');

function parentCodeOf(a: AreaSummary): string | null {
  const parts = a.path.split('/');
  return parts.length > 1 ? (parts[parts.length - 2] ?? null) : null;
}

function summaryJson(a: AreaSummary & { childCount?: number }) {
  return {
    code: a.code,
    name: a.name,
    kind: a.kind,
    parentCode: parentCodeOf(a),
    centroid: a.centroid ? { lat: a.centroid.lat, lon: a.centroid.lon } : null,
    bbox: a.bbox,
    ...(a.childCount !== undefined ? { childCount: a.childCount } : {}),
    _links: {
      self: { href: `/api/v1/areas/${a.code}` },
      geometry: { href: `/api/v1/areas/${a.code}/geometry` },
    },
  };
}

export function areaFeature(a: AreaSummary, boundary: GeoJSON.Geometry | null) {
  return {
    type: 'Feature' as const,
    id: a.code,
    geometry: boundary,
    properties: {
      code: a.code,
      name: a.name,
      kind: a.kind,
      parentCode: parentCodeOf(a),
      href: `/wijken/${a.code}`,
    },
  };
}

/** GeoJSON with its own media type (RFC 7946); typed as the route's JSON for the OpenAPI types. */
function geoJson(body: unknown): never {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/geo+json', 'Cache-Control': 'public, max-age=300' },
  }) as never;
}

const featureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.unknown(),
    properties: z.record(z.string(), z.unknown()),
  })
  .openapi('AreaFeature');

export function registerAreaRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas',
      tags: ['Areas'],
      summary: 'List areas (gemeente, gebied, wijk, buurt)',
      request: {
        query: z.object({
          kind: z.enum(areaKinds).optional(),
          parent: areaCode.optional().openapi({ description: 'Only direct children of this area.' }),
          within: areaCode.optional().openapi({ description: 'Only this area and everything below it.' }),
          q: z
            .string()
            .trim()
            .min(1)
            .max(100)
            .optional()
            .openapi({ description: 'Name contains (accents ignored).' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of areas, ordered by code',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(areaSummarySchema), _links: linksSchema }),
            },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rc = c.get('rc');
      const page = await listAreas(ctx.db, rc.actor, {
        kind: q.kind,
        parentCode: q.parent,
        withinCode: q.within,
        q: q.q,
        afterCode: q.cursor,
        limit: q.limit,
      });
      return c.json(
        { items: page.items.map(summaryJson), _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas/locate',
      tags: ['Areas'],
      summary: 'Which buurt and wijk contain a point',
      request: {
        query: z.object({
          lat: z.coerce.number().min(-90).max(90).openapi({ example: 52.06 }),
          lon: z.coerce.number().min(-180).max(180).openapi({ example: 5.64 }),
        }),
      },
      responses: {
        200: {
          description: 'The areas containing the point (null where none does)',
          content: {
            'application/json': {
              schema: z
                .object({
                  buurt: areaSummarySchema.nullable(),
                  wijk: areaSummarySchema.nullable(),
                  gebied: areaSummarySchema.nullable(),
                  gemeente: areaSummarySchema.nullable(),
                })
                .openapi('Location'),
            },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const { lat, lon } = c.req.valid('query');
      const loc = await locatePoint(ctx.db, c.get('rc').actor, lat, lon);
      const j = (a: AreaSummary | null) => (a ? summaryJson(a) : null);
      return c.json(
        { buurt: j(loc.buurt), wijk: j(loc.wijk), gebied: j(loc.gebied), gemeente: j(loc.gemeente) },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas/{code}',
      tags: ['Areas'],
      summary: 'One area by its code',
      request: { params: z.object({ code: areaCode }) },
      responses: {
        200: { description: 'The area', content: { 'application/json': { schema: areaSchema } } },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const a = await getArea(ctx.db, c.get('rc').actor, c.req.valid('param').code);
      return c.json(
        {
          ...summaryJson({ ...a, childCount: a.childCount }),
          description: a.description,
          attributes: a.attributes,
          ancestors: a.ancestors.map((x) => ({ code: x.code, name: x.name, kind: x.kind })),
          updatedAt: a.updatedAt,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas/{code}/children',
      tags: ['Areas'],
      summary: 'The areas directly below an area',
      request: { params: z.object({ code: areaCode }), query: z.object(paginationQuery) },
      responses: {
        200: {
          description: 'A page of child areas',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(areaSummarySchema), _links: linksSchema }),
            },
          },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const q = c.req.valid('query');
      const rc = c.get('rc');
      await getArea(ctx.db, rc.actor, code); // 404 when the parent does not exist
      const page = await listAreas(ctx.db, rc.actor, {
        parentCode: code,
        afterCode: q.cursor,
        limit: q.limit,
      });
      return c.json(
        { items: page.items.map(summaryJson), _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas/{code}/geometry',
      tags: ['Areas'],
      summary: 'The boundary of an area as a GeoJSON Feature (WGS84)',
      request: { params: z.object({ code: areaCode }) },
      responses: {
        200: {
          description: 'GeoJSON Feature',
          content: { 'application/geo+json': { schema: featureSchema } },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { area, boundary } = await getAreaBoundary(ctx.db, c.get('rc').actor, c.req.valid('param').code);
      return geoJson(areaFeature(area, boundary));
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/areas/{code}/children/geometry',
      tags: ['Areas'],
      summary: 'The boundaries of the areas directly below an area, as a GeoJSON FeatureCollection',
      request: { params: z.object({ code: areaCode }) },
      responses: {
        200: {
          description: 'GeoJSON FeatureCollection',
          content: {
            'application/geo+json': {
              schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) }),
            },
          },
        },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const parent = await getArea(ctx.db, rc.actor, c.req.valid('param').code);
      const children = await childBoundaries(ctx.db, rc.actor, parent.id);
      const body = {
        type: 'FeatureCollection',
        features: children.map((x) => areaFeature(x.summary, x.boundary)),
      };
      return geoJson(body);
    },
  );
}
