import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { assetKinds } from '../asset.ts';
import { type AreaOverview, getAreaOverview } from '../overview/get-area-overview.ts';
import { smHook } from './social-map-http.ts';

// The area officer's overview as JSON: the same figures as the page /sociale-kaart/overzicht/:code.

const tags = ['Social map: overview'];
const matrix = z
  .record(z.string(), z.record(z.string(), z.number().int()))
  .openapi({ description: 'Row key → column key → number of items; "-" is "none given".' });
const gap = z.object({ buurtCode: z.string(), missing: z.array(z.string()) });

const overviewSchema = z
  .object({
    area: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
    total: z.number().int().openapi({ description: 'Published items in the area and below it.' }),
    byKind: z.record(z.enum(assetKinds), z.object({ formal: z.number().int(), informal: z.number().int() })),
    byFormality: z.object({ formal: z.number().int(), informal: z.number().int() }),
    themes: z.array(z.object({ code: z.string(), labelNl: z.string(), labelEn: z.string() })),
    targetGroups: z.array(z.object({ code: z.string(), labelNl: z.string(), labelEn: z.string() })),
    themeByKind: matrix,
    targetGroupByKind: matrix,
    themeByTargetGroup: matrix,
    buurten: z.array(z.object({ code: z.string(), name: z.string(), total: z.number().int() })),
    buurtByTheme: matrix,
    buurtByTargetGroup: matrix,
    themeGaps: z.array(gap).openapi({ description: 'Per buurt, the themes with nothing in it.' }),
    targetGroupGaps: z.array(gap),
    themesMissingEverywhere: z.array(z.string()),
    targetGroupsMissingEverywhere: z.array(z.string()),
    freshness: z.object({
      published: z.number().int(),
      verifiedWithinPeriod: z.number().int(),
      share: z.number().openapi({ description: '0..1' }),
      periodMonths: z.number().int(),
    }),
    queue: z.object({ revisions: z.number().int(), reportedItems: z.number().int() }),
    feedsInError: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        state: z.enum(['error', 'bad_source']),
        problemKey: z.string().nullable(),
        area: z.object({ code: z.string(), name: z.string() }),
      }),
    ),
    staleTotal: z.number().int(),
    stale: z.array(
      z.object({
        assetId: z.string(),
        title: z.string(),
        kind: z.enum(assetKinds),
        freshness: z.string(),
        lastVerifiedAt: z.string(),
        area: z.object({ code: z.string(), name: z.string() }),
      }),
    ),
    _links: z.object({ self: z.object({ href: z.string() }), page: z.object({ href: z.string() }) }),
  })
  .openapi('SocialMapAreaOverview');

export function overviewJson(o: AreaOverview) {
  return {
    ...o,
    themes: o.themes.map((t) => ({ code: t.code, labelNl: t.labelNl, labelEn: t.labelEn })),
    targetGroups: o.targetGroups.map((t) => ({ code: t.code, labelNl: t.labelNl, labelEn: t.labelEn })),
    freshness: {
      published: o.freshness.published,
      verifiedWithinPeriod: o.freshness.verifiedWithinPeriod,
      share: o.freshness.share,
      periodMonths: o.freshness.periodMonths,
    },
    stale: o.stale.map((s) => ({ ...s, lastVerifiedAt: s.lastVerifiedAt.toISOString() })),
    _links: {
      self: { href: `/api/v1/social-map/overview/${o.area.code}` },
      page: { href: `/sociale-kaart/overzicht/${o.area.code}` },
    },
  };
}

export function registerOverviewRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/overview/{areaCode}',
      tags,
      summary: 'The area officer’s overview of an area’s social map',
      description:
        'Counts by theme × target group × kind, formal versus informal, freshness, the gaps per buurt, the queue and the items going stale. Area officers of the area’s subtree, coordinators and administrators.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: z.object({
          areaCode: z
            .string()
            .max(20)
            .openapi({ param: { name: 'areaCode', in: 'path' }, example: 'WK999901' }),
        }),
      },
      responses: {
        200: { description: 'The overview', content: { 'application/json': { schema: overviewSchema } } },
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const o = await getAreaOverview(ctx.db, c.get('rc').actor, c.req.valid('param').areaCode);
      return c.json(overviewJson(o), 200);
    },
    smHook,
  );
}
