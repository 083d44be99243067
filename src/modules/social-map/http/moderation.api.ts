import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import { assetKinds, assetStatuses } from '../asset.ts';
import { listQueue } from '../list-queue.ts';
import { resolveReports, resolveReportsInput } from '../resolve-reports.ts';
import { restoreRevision } from '../restore-revision.ts';
import { reviewRevision, reviewRevisionInput } from '../review-revision.ts';
import {
  areaRefSchema,
  changesJson,
  fieldChangeSchema,
  writeResultJson,
  writeResultSchema,
} from './asset-json.ts';
import { assetIdParam } from './assets.api.ts';
import { apiBase, contextOf, jsonBody, notJson, problem, smHook } from './social-map-http.ts';

// The editors' work: the moderation queue (proposals with their diff, reported items, items gone
// stale), deciding on a revision, dealing with reports, and restoring an earlier version.

const tags = ['Social map: moderation'];
const href = z.object({ href: z.string() });

const revisionIdParam = z.object({
  id: z.uuid({ error: 'validation.invalid' }).openapi({ param: { name: 'id', in: 'path' } }),
});

const queueSchema = z
  .object({
    revisions: z.array(
      z.object({
        revisionId: z.uuid(),
        assetId: z.uuid(),
        assetTitle: z.string(),
        kind: z.enum(assetKinds),
        area: areaRefSchema,
        state: z.enum(['pending', 'to_check']).openapi({
          description: 'pending: not public yet; to_check: already published (open policy), to be checked.',
        }),
        isNew: z.boolean().openapi({ description: 'The first version of a new item.' }),
        source: z.string(),
        authorLabel: z.string(),
        changeNote: z.string(),
        submittedAt: z.string(),
        changes: z.array(fieldChangeSchema),
        baseOutdated: z.boolean().openapi({
          description: 'The item changed since this proposal: approving overwrites those changes.',
        }),
        possibleDuplicates: z.array(z.object({ assetId: z.uuid(), title: z.string() })),
        _links: z.object({ review: href, asset: href }),
      }),
    ),
    reports: z.array(
      z.object({
        assetId: z.uuid(),
        assetTitle: z.string(),
        kind: z.enum(assetKinds),
        area: areaRefSchema,
        hidden: z.boolean().openapi({ description: 'Hidden from the public until resolved.' }),
        reports: z.array(
          z.object({
            id: z.uuid(),
            reason: z.enum(['error', 'abuse', 'other']),
            message: z.string(),
            createdAt: z.string(),
          }),
        ),
        _links: z.object({ resolve: href, asset: href }),
      }),
    ),
    stale: z.array(
      z.object({
        assetId: z.uuid(),
        title: z.string(),
        kind: z.enum(assetKinds),
        area: areaRefSchema,
        lastVerifiedAt: z.string(),
        _links: z.object({ asset: href }),
      }),
    ),
  })
  .openapi('SocialMapQueue');

const reviewInputSchema = documented(reviewRevisionInput, 'SocialMapReviewInput', {
  description: 'A reason is required to reject; the submitter receives it by e-mail.',
  example: { decision: 'reject', reason: 'Dit staat al op de kaart als "Breiclub De Schakel".' },
});
const resolveInputSchema = documented(resolveReportsInput, 'SocialMapResolveReportsInput', {
  description: 'keep: the item is fine and shown again; remove: archived (taken off the map, never deleted).',
  example: { decision: 'keep', reason: 'Gecontroleerd bij de organisator: klopt.' },
});

export function registerModerationRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/social-map/queue',
      tags,
      summary: 'The moderation queue of the caller’s areas',
      description:
        'For editors (area officers for their areas; coordinators and administrators everywhere). Three lists, oldest first: revisions to review with their diff, items with open reports, and items hidden because nobody confirmed them. The queue is returned whole (it is a work list, not paged).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          area: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Only this area (and what lies in it).', example: 'WK999901' }),
        }),
      },
      responses: {
        200: { description: 'The queue', content: { 'application/json': { schema: queueSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problem('The area does not exist'),
      },
    }),
    async (c) => {
      const q = await listQueue(ctx.db, c.get('rc').actor, { areaCode: c.req.valid('query').area });
      const area = (a: { code: string; name: string }) => ({ code: a.code, name: a.name });
      return c.json(
        {
          revisions: q.revisions.map((r) => ({
            revisionId: r.revisionId,
            assetId: r.assetId,
            assetTitle: r.assetTitle,
            kind: r.kind,
            area: area(r.area),
            state: r.state,
            isNew: r.isNew,
            source: r.source,
            authorLabel: r.authorLabel,
            changeNote: r.changeNote,
            submittedAt: r.submittedAt.toISOString(),
            changes: changesJson(r.changes),
            baseOutdated: r.baseOutdated,
            possibleDuplicates: r.possibleDuplicates,
            _links: {
              review: { href: `${apiBase}/revisions/${r.revisionId}/review` },
              asset: { href: `${apiBase}/assets/${r.assetId}` },
            },
          })),
          reports: q.reports.map((r) => ({
            assetId: r.assetId,
            assetTitle: r.assetTitle,
            kind: r.kind,
            area: area(r.area),
            hidden: r.hidden,
            reports: r.reports.map((x) => ({ ...x, createdAt: x.createdAt.toISOString() })),
            _links: {
              resolve: { href: `${apiBase}/assets/${r.assetId}/reports/resolve` },
              asset: { href: `${apiBase}/assets/${r.assetId}` },
            },
          })),
          stale: q.stale.map((s) => ({
            assetId: s.assetId,
            title: s.title,
            kind: s.kind,
            area: area(s.area),
            lastVerifiedAt: new Date(s.lastVerifiedAt).toISOString(),
            _links: { asset: { href: `${apiBase}/assets/${s.assetId}` } },
          })),
        },
        200,
      );
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/revisions/{id}/review',
      tags,
      summary: 'Approve or reject a revision in the queue',
      description:
        'Approve: a proposal goes live (a change already published under an open policy is marked checked). Reject (reason required): a proposal is dropped; an already published change is rolled back, a new item goes off the map. The submitter is mailed the decision and the reason.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: revisionIdParam,
        body: { content: { 'application/json': { schema: reviewInputSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'Decided',
          content: {
            'application/json': {
              schema: z
                .object({
                  assetId: z.uuid(),
                  assetStatus: z.enum(assetStatuses),
                  _links: z.object({ asset: href }),
                })
                .openapi('SocialMapReviewResult'),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('Already decided'),
        415: notJson,
      },
    }),
    async (c) => {
      const r = await reviewRevision(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(
        {
          assetId: r.assetId,
          assetStatus: r.assetStatus,
          _links: { asset: { href: `${apiBase}/assets/${r.assetId}` } },
        },
        200,
      );
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/revisions/{id}/restore',
      tags,
      summary: 'Bring back an earlier published version (editors)',
      description:
        'History is never rewritten: the restore is a new revision with the old content, published at once.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: revisionIdParam },
      responses: {
        201: {
          description: 'The new revision',
          content: { 'application/json': { schema: writeResultSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: problem('This version was never published'),
      },
    }),
    async (c) => {
      const r = await restoreRevision(contextOf(c), c.req.valid('param').id);
      return c.json(writeResultJson(r), 201, { ETag: `"${r.revisionId}"` });
    },
    smHook,
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/social-map/assets/{id}/reports/resolve',
      tags,
      summary: 'Deal with the open reports of an item (editors)',
      description: 'Reporters who left an address hear the outcome.',
      security: bearerAuth,
      middleware: [signedIn, jsonBody],
      request: {
        params: assetIdParam,
        body: { content: { 'application/json': { schema: resolveInputSchema } }, required: true },
      },
      responses: {
        204: { description: 'Resolved' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        415: notJson,
      },
    }),
    async (c) => {
      await resolveReports(ctx, contextOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
    smHook,
  );
}
