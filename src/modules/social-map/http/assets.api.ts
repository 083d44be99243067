import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, cursorValue, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import {
  encodeCursor,
  linkHeader,
  linksSchema,
  pageLinks,
  problemResponses,
} from '../../../core/http/api/pagination.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { assetKinds, formalities } from '../asset.ts';
import { createAsset, createAssetInput } from '../create-asset.ts';
import { getAsset } from '../get-asset.ts';
import { listRevisions } from '../list-revisions.ts';
import { searchAssets } from '../search/search-assets.ts';
import { listTaxonomy, termLabel } from '../taxonomy.ts';
import { updateAsset, updateAssetInput } from '../update-asset.ts';
import { verifyAsset } from '../verify-asset.ts';
import {
  assetJson,
  assetSchema,
  revisionJson,
  revisionSchema,
  searchHitJson,
  searchHitSchema,
  writeResultJson,
  writeResultSchema,
} from './asset-json.ts';
import {
  apiBase,
  contextOf,
  etagOf,
  ifMatchRevision,
  jsonBody,
  notJson,
  preconditionFailed,
  problem,
  smHook,
} from './social-map-http.ts';

// The items of the social map: search with facets (public), one item, create and edit through
// the area's editorial policy, "still correct", and the revision history with diffs.

const tags = ['Social map: assets'];

export const assetIdParam = z.object({
  id: z.uuid({ error: 'validation.invalid' }).openapi({ param: { name: 'id', in: 'path' } }),
});

const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .openapi({ description: 'Repeat the parameter for more values (OR within one parameter).' });
const flag = z.enum(['true', 'false']).optional();

const searchQuery = z.object({
  q: z.string().max(200).optional().openapi({
    description: 'Plain Dutch words; stemming, typos and synonyms are taken into account.',
    example: 'koffie ouderen',
  }),
  kind: listOf(z.enum(assetKinds)),
  theme: listOf(z.string().max(60)).openapi({ example: 'ontmoeting' }),
  targetGroup: listOf(z.string().max(60)),
  formality: z.enum(formalities).optional(),
  area: z
    .string()
    .max(20)
    .optional()
    .openapi({ description: 'Area code: the area and everything in it.', example: 'WK999901' }),
  free: flag.openapi({ description: 'true: only free of charge.' }),
  accessible: flag.openapi({ description: 'true: only wheelchair accessible.' }),
  lat: z.coerce
    .number()
    .min(-90)
    .max(90)
    .optional()
    .openapi({ description: 'Near this point (with lon): sorted by distance.' }),
  lon: z.coerce.number().min(-180).max(180).optional(),
  radiusKm: z.coerce
    .number()
    .positive()
    .max(100)
    .optional()
    .openapi({ description: 'With lat/lon; default 5.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: 'Items per page (1–100).' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Opaque cursor from the previous page’s next link.' }),
});

const facetSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
const flagFacetSchema = z.object({ value: z.boolean(), count: z.number().int() });
const facetsSchema = z
  .object({
    kind: z.array(facetSchema),
    theme: z.array(facetSchema),
    targetGroup: z.array(facetSchema),
    formality: z.array(facetSchema),
    area: z.array(facetSchema),
    free: z.array(flagFacetSchema),
    accessible: z.array(flagFacetSchema),
  })
  .openapi('SocialMapFacets', {
    description:
      'Counts of the matching items per value, most frequent first; labels in the request language.',
  });

const searchResultSchema = z
  .object({
    items: z.array(searchHitSchema),
    total: z.number().int().openapi({ description: 'All matching items (every page).' }),
    facets: facetsSchema,
    searchedFor: z.array(z.array(z.string())).openapi({
      description: 'The words searched for, each with its synonyms.',
      example: [['schulden', 'geldzaken']],
    }),
    _links: linksSchema,
  })
  .openapi('SocialMapSearchResult');

const assetInputSchema = documented(createAssetInput, 'SocialMapAssetInput', {
  description:
    'A new item. Without areaCode the area is found from the point; key persons only by editors. The area’s editorial policy decides whether it is published at once.',
  example: {
    kind: 'group',
    formality: 'informal',
    title: 'Breiclub Noorderhof',
    summary: 'Elke week samen breien en haken, met koffie.',
    areaCode: 'BU99990202',
    themes: ['ontmoeting'],
    targetGroups: ['ouderen'],
    locationType: 'none',
    costFree: true,
    schedules: [{ start: '2026-01-06T10:00', durationMinutes: 120, rrule: 'FREQ=WEEKLY;BYDAY=TU' }],
  },
});
const assetPatchSchema = documented(updateAssetInput, 'SocialMapAssetPatch', {
  description: 'Only the fields that change; null clears an optional field. The kind never changes.',
  example: { summary: 'Elke dinsdag samen breien en haken, met koffie en thee.', changeNote: 'Nieuwe dag' },
});

const revisionCursor = z.object({ n: z.number().int() });

export function registerAssetRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/assets',
      tags,
      summary: 'Search the social map',
      description:
        'What everyone may see (published, current, not hidden), for residents in plain Dutch: ranked by relevance, or by distance with lat/lon, else by title. With facet counts for the current filters.',
      request: { query: searchQuery },
      responses: {
        200: {
          description: 'A page of matching items, with facets; the next page in the Link header',
          content: { 'application/json': { schema: searchResultSchema } },
        },
        400: problemResponses[400],
        404: problem('The area does not exist'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rc = c.get('rc');
      const hasLat = q.lat !== undefined;
      if (hasLat !== (q.lon !== undefined)) {
        throw new ValidationError([{ field: hasLat ? 'lon' : 'lat', key: 'socialMap.api.nearNeedsBoth' }]);
      }
      const [result, terms] = await Promise.all([
        searchAssets(ctx.db, rc.actor, {
          q: q.q ?? '',
          kind: q.kind ?? [],
          theme: q.theme ?? [],
          targetGroup: q.targetGroup ?? [],
          formality: q.formality,
          areaCode: q.area,
          free: q.free === undefined ? undefined : q.free === 'true',
          accessible: q.accessible === undefined ? undefined : q.accessible === 'true',
          near:
            q.lat !== undefined && q.lon !== undefined
              ? { lat: q.lat, lon: q.lon, radiusKm: q.radiusKm ?? 5 }
              : undefined,
          limit: q.limit,
          cursor: q.cursor,
        }),
        listTaxonomy(ctx.db, rc.actor.municipalityId),
      ]);
      const label = (vocabulary: string, code: string) => {
        const term = terms.find((t) => t.vocabulary === vocabulary && t.code === code);
        return term ? termLabel(term, rc.locale) : code;
      };
      const f = result.facets;
      const facets = {
        kind: f.kind.map((v) => ({ ...v, label: translate(rc.locale, `socialMap.kind.${v.value}`) })),
        theme: f.theme.map((v) => ({ ...v, label: label('theme', v.value) })),
        targetGroup: f.targetGroup.map((v) => ({ ...v, label: label('target_group', v.value) })),
        formality: f.formality.map((v) => ({
          ...v,
          label: translate(rc.locale, `socialMap.formality.${v.value}`),
        })),
        area: f.area.map((v) => ({ value: v.value, label: v.name, count: v.count })),
        free: f.free,
        accessible: f.accessible,
      };
      return c.json(
        {
          items: result.items.map(searchHitJson),
          total: result.total,
          facets,
          searchedFor: result.searchedFor,
          _links: pageLinks(c.req.url, result.nextCursor),
        },
        200,
        linkHeader(c.req.url, result.nextCursor),
      );
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/assets/{id}',
      tags,
      summary: 'One item, with links, schedule, contact and freshness',
      description:
        'Items that are not public (waiting for review, hidden, outdated; key persons without consent) exist only for their editors and owners: for others 404.',
      request: { params: assetIdParam },
      responses: {
        200: {
          description: 'The item; the ETag is its current revision (for If-Match on PATCH)',
          headers: { ETag: { schema: { type: 'string' }, description: 'The current revision, quoted.' } },
          content: { 'application/json': { schema: assetSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const asset = await getAsset(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      const etag = etagOf(asset.currentRevisionId);
      return c.json(assetJson(asset), 200, etag ? { ETag: etag } : {});
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/assets',
      tags,
      summary: 'Add an item (signed in)',
      description:
        'The area’s editorial policy (edited, open, partners only) and the caller’s role decide the outcome. Residents without an account use POST /social-map/submissions.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: { body: { content: { 'application/json': { schema: assetInputSchema } }, required: true } },
      responses: {
        201: {
          description: 'Created; outcome says whether it is live or waits for review',
          content: { 'application/json': { schema: writeResultSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        415: notJson,
      },
    }),
    async (c) => {
      const r = await createAsset(contextOf(c), c.req.valid('json'));
      return c.json(writeResultJson(r), 201, { Location: `${apiBase}/assets/${r.assetId}` });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/social-map/assets/{id}',
      tags,
      summary: 'Change an item (owner or editor)',
      description:
        'Only the fields sent. Send If-Match with the ETag from GET to make sure nobody changed it in the meantime (412 otherwise). Under an edited policy the change of a non-editor waits in the queue as a proposal (outcome pending) and the item stays as it was.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: assetIdParam,
        headers: z.object({
          'if-match': z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'The ETag of the version the change starts from.' }),
        }),
        body: { content: { 'application/json': { schema: assetPatchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'Changed or proposed; outcome says which',
          content: { 'application/json': { schema: writeResultSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('Another change came first (expectedRevisionId), or the item is closed'),
        412: problem('If-Match does not match the current version'),
        415: notJson,
      },
    }),
    async (c) => {
      const expected = ifMatchRevision(c.req.valid('header')['if-match']);
      const body = c.req.valid('json');
      let r: Awaited<ReturnType<typeof updateAsset>>;
      try {
        r = await updateAsset(contextOf(c), c.req.valid('param').id, {
          ...body,
          // An If-Match that is not one of our ETags can never match: a revision id that does not exist.
          ...(expected !== undefined
            ? { expectedRevisionId: expected ?? '00000000-0000-4000-8000-000000000000' }
            : {}),
        });
      } catch (error) {
        if (expected !== undefined && error instanceof ConflictError && error.key === 'error.conflict') {
          return preconditionFailed(c);
        }
        throw error;
      }
      const etag = r.outcome === 'pending' ? undefined : etagOf(r.revisionId);
      return c.json(writeResultJson(r), 200, etag ? { ETag: etag } : {});
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/assets/{id}/verify',
      tags,
      summary: 'Confirm the item is still correct (owner or editor)',
      description:
        'Makes the item fresh again. The e-mailed one-click link uses POST /social-map/verifications.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: assetIdParam },
      responses: {
        204: { description: 'Recorded as verified now' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      await verifyAsset(contextOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/assets/{id}/revisions',
      tags,
      summary: 'The history of an item, newest first, each with its diff (owner or editor)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: assetIdParam,
        query: z.object({
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(200)
            .default(50)
            .openapi({ description: 'Items per page (1–200).' }),
          cursor: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'Opaque cursor from the previous page’s next link.' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of revisions',
          content: {
            'application/json': { schema: z.object({ items: z.array(revisionSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = cursorValue(q.cursor, revisionCursor);
      const all = await listRevisions(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      const rest = after ? all.filter((r) => r.number < after.n) : all;
      const page = rest.slice(0, q.limit);
      const last = page.at(-1);
      const next = rest.length > q.limit && last ? encodeCursor({ n: last.number }) : null;
      return c.json(
        { items: page.map(revisionJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
    smHook,
  );
}
