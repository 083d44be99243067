import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, cursorValue, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import {
  encodeCursor,
  linkHeader,
  linksSchema,
  pageLinks,
  paginationQuery,
  problemResponses,
  problemSchema,
} from '../../../core/http/api/pagination.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { createVersion } from '../reviews/create-version.ts';
import { holdReview } from '../reviews/hold-review.ts';
import { getReview, listReviews } from '../reviews/list-reviews.ts';
import { compareVersions, getVersion, listVersions } from '../reviews/list-versions.ts';
import type { PlanVersion, Review, ReviewDetail } from '../reviews/review.ts';
import { reviewStates, verdicts } from '../reviews/review.ts';
import '../reviews/review-i18n.ts';
import {
  assessmentInputSchema,
  holdInputSchema,
  reviewInputSchema,
  reviewUpdateSchema,
  versionInputSchema,
} from '../reviews/review-input.ts';
import { saveAssessments } from '../reviews/save-assessments.ts';
import { scheduleReview } from '../reviews/schedule-review.ts';
import { cancelReview, updateReview } from '../reviews/update-review.ts';

// /api/v1/plans/{planId}/reviews… and /versions…: review moments (peilmomenten), their verdicts,
// and the plan's versions with the comparison of any two. Thin: the services check and decide.

const tags = ['Plan reviews and versions'];
const conflict = {
  description: 'The review was changed in the meantime, or it has been held already',
  content: { 'application/problem+json': { schema: problemSchema } },
};

const planParam = z.object({ planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' } }) });
const reviewParams = planParam.extend({
  reviewId: z.uuid().openapi({ param: { name: 'reviewId', in: 'path' } }),
});
const versionParams = planParam.extend({
  versionId: z.uuid().openapi({ param: { name: 'versionId', in: 'path' } }),
});

const countsSchema = z.object({
  on_track: z.number().int(),
  needs_attention: z.number().int(),
  to_adjust: z.number().int(),
});

const reviewSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    title: z.string(),
    scheduledOn: z.string().openapi({ example: '2026-03-10' }),
    remindDaysBefore: z.number().int(),
    remindOn: z.string().openapi({ description: 'The day the item owners are reminded.' }),
    reminderSentAt: z.string().nullable(),
    state: z.enum(reviewStates),
    summary: z.string(),
    heldAt: z.string().nullable(),
    heldBy: z.string().nullable(),
    versionId: z.uuid().nullable().openapi({ description: 'The version saved when it was held.' }),
    versionNumber: z.number().int().nullable(),
    counts: countsSchema.openapi({ description: 'Items per verdict.' }),
    version: z.number().int().openapi({ description: 'Send it back when changing the review.' }),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('PlanReview');

const reviewDetailSchema = reviewSchema
  .extend({
    assessments: z.array(
      z.object({
        itemId: z.uuid().nullable(),
        itemTitle: z.string(),
        verdict: z.enum(verdicts),
        note: z.string(),
        assessedAt: z.string(),
      }),
    ),
  })
  .openapi('PlanReviewDetail');

const versionSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    number: z.number().int(),
    label: z.string(),
    reviewId: z.uuid().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    itemCount: z.number().int(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('PlanVersion');

const snapshotItemSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(['goal', 'action_line', 'intervention']),
  title: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  contact: z.object({ id: z.string(), name: z.string() }).nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.string(),
  progress: z.number().nullable(),
  verdict: z.object({ verdict: z.enum(verdicts), note: z.string() }).nullable(),
});

const versionDetailSchema = versionSchema
  .extend({
    snapshot: z.object({
      schema: z.literal(1),
      plan: z.object({
        id: z.uuid(),
        kind: z.string(),
        title: z.string(),
        state: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        version: z.number().int(),
        progress: z.number().nullable(),
      }),
      items: z.array(snapshotItemSchema),
    }),
  })
  .openapi('PlanVersionDetail');

const itemRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  level: z.string(),
  parentTitle: z.string().nullable(),
});
const changeOf = <T extends z.ZodType>(value: T) => z.object({ item: itemRefSchema, from: value, to: value });
const periodSchema = z.object({ startDate: z.string().nullable(), endDate: z.string().nullable() });

const diffSchema = z
  .object({
    from: versionSchema,
    to: versionSchema,
    plan: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
    added: z.array(itemRefSchema),
    dropped: z.array(itemRefSchema),
    retimed: z.array(changeOf(periodSchema)),
    reowned: z.array(changeOf(z.object({ owner: z.string().nullable(), contact: z.string().nullable() }))),
    statusChanged: z.array(changeOf(z.string())),
    progressChanged: z.array(changeOf(z.number().nullable())),
    renamed: z.array(changeOf(z.string())),
    moved: z.array(changeOf(z.string().nullable())),
    unchanged: z.number().int(),
  })
  .openapi('PlanVersionComparison');

const reviewInput = documented(reviewInputSchema, 'PlanReviewInput');
const reviewUpdate = documented(reviewUpdateSchema, 'PlanReviewUpdate');
const assessmentsInput = documented(
  z.object({ assessments: z.array(assessmentInputSchema).max(2000) }),
  'PlanReviewAssessments',
  { description: 'Verdicts per item; a note is required unless the verdict is on_track.' },
);
const holdInput = documented(
  holdInputSchema.extend({ assessments: z.array(assessmentInputSchema).max(2000).default([]) }),
  'PlanReviewHold',
);
const versionInput = documented(versionInputSchema, 'PlanVersionInput');

const reviewHref = (r: Review) => `/api/v1/plans/${r.planId}/reviews/${r.id}`;
const reviewJson = (r: Review) => {
  const { assessments: _assessments, ...rest } = r as Review & Partial<Pick<ReviewDetail, 'assessments'>>;
  return { ...rest, _links: { self: { href: reviewHref(r) } } };
};
const reviewDetailJson = (r: ReviewDetail) => ({ ...r, _links: { self: { href: reviewHref(r) } } });
const versionJson = (v: PlanVersion) => {
  const { id, planId, number, label, reviewId, createdBy, createdAt, itemCount } = v;
  return {
    id,
    planId,
    number,
    label,
    reviewId,
    createdBy,
    createdAt,
    itemCount,
    _links: { self: { href: `/api/v1/plans/${planId}/versions/${id}` } },
  };
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export function registerReviewsApi(api: Api, ctx: AppContext): void {
  void ctx;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/reviews',
      tags,
      summary: 'The review moments (peilmomenten) of a plan, earliest first',
      request: { params: planParam },
      responses: {
        200: json(z.object({ items: z.array(reviewSchema), _links: linksSchema }), 'The review moments'),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const items = await listReviews(serviceContext(c.get('rc')), c.req.valid('param').planId);
      return c.json({ items: items.map(reviewJson), _links: pageLinks(c.req.url, null) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/reviews',
      tags,
      summary: 'Schedule a review moment',
      description: 'Plan managers. The item owners are reminded by mail remindDaysBefore days ahead.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: planParam, body: body(reviewInput) },
      responses: {
        201: json(reviewSchema, 'The scheduled review moment'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const r = await scheduleReview(
        serviceContext(c.get('rc')),
        c.req.valid('param').planId,
        c.req.valid('json'),
      );
      return c.json(reviewJson(r), 201, { Location: reviewHref(r) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/reviews/{reviewId}',
      tags,
      summary: 'One review moment with its verdicts per item',
      request: { params: reviewParams },
      responses: {
        200: json(reviewDetailSchema, 'The review moment'),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        reviewDetailJson(await getReview(serviceContext(c.get('rc')), p.planId, p.reviewId)),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{planId}/reviews/{reviewId}',
      tags,
      summary: 'Rename or move a scheduled review moment',
      description: 'Send the version from GET; a review changed in the meantime, or already held, is a 409.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: reviewParams, body: body(reviewUpdate) },
      responses: {
        200: json(reviewSchema, 'The changed review moment'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const r = await updateReview(serviceContext(c.get('rc')), p.planId, p.reviewId, c.req.valid('json'));
      return c.json(reviewJson(r), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/reviews/{reviewId}',
      tags,
      summary: 'Cancel a scheduled review moment (a held one stays: 409)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: reviewParams },
      responses: {
        204: { description: 'Cancelled' },
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await cancelReview(serviceContext(c.get('rc')), p.planId, p.reviewId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{planId}/reviews/{reviewId}/assessments',
      tags,
      summary: 'Save verdicts on items (on track / needs attention / to be adjusted, with a note)',
      description: 'Replaces the verdict of each item sent; others stay. Only while the review is not held.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: reviewParams, body: body(assessmentsInput) },
      responses: {
        200: json(reviewDetailSchema, 'The review with its verdicts'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const r = await saveAssessments(serviceContext(c.get('rc')), p.planId, p.reviewId, c.req.valid('json'));
      return c.json(reviewDetailJson(r), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/reviews/{reviewId}/hold',
      tags,
      summary: 'Hold the review moment: every item must have a verdict; the plan is saved as a version',
      description:
        'Saves the verdicts sent, then requires one for every item of the plan (400 naming how many are missing, nothing saved). The new version carries the verdicts.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: reviewParams, body: body(holdInput) },
      responses: {
        200: json(reviewDetailSchema, 'The held review; versionId names the new version'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const r = await holdReview(serviceContext(c.get('rc')), p.planId, p.reviewId, c.req.valid('json'));
      return c.json(reviewDetailJson(r), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/versions',
      tags,
      summary: 'The saved versions of a plan, newest first',
      request: { params: planParam, query: z.object(paginationQuery) },
      responses: {
        200: json(z.object({ items: z.array(versionSchema), _links: linksSchema }), 'A page of versions'),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const before = cursorValue(q.cursor, z.object({ before: z.number().int() }));
      const page = await listVersions(serviceContext(c.get('rc')), c.req.valid('param').planId, {
        before: before?.before,
        limit: q.limit,
      });
      const next = page.nextBefore !== null ? encodeCursor({ before: page.nextBefore }) : null;
      return c.json(
        { items: page.items.map(versionJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/versions',
      tags,
      summary: 'Save the plan as it is now as a new version',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: planParam, body: body(versionInput) },
      responses: {
        201: json(versionSchema, 'The new version'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await createVersion(
        serviceContext(c.get('rc')),
        c.req.valid('param').planId,
        c.req.valid('json'),
      );
      return c.json(versionJson(v), 201, { Location: `/api/v1/plans/${v.planId}/versions/${v.id}` });
    },
  );

  // Registered before /versions/{versionId}, so "compare" is not read as an id.
  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/versions/compare',
      tags,
      summary: 'Compare two versions: added, dropped, re-timed, re-owned, status and progress changes',
      request: {
        params: planParam,
        query: z.object({
          from: z.uuid().openapi({ description: 'The version compared from (usually the older).' }),
          to: z.uuid().openapi({ description: 'The version compared to.' }),
        }),
      },
      responses: {
        200: json(diffSchema, 'What changed from one version to the other'),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await compareVersions(serviceContext(c.get('rc')), c.req.valid('param').planId, q.from, q.to);
      return c.json({ from: versionJson(r.from), to: versionJson(r.to), ...r.diff }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/versions/{versionId}',
      tags,
      summary: 'One version with its snapshot of the plan',
      request: { params: versionParams },
      responses: {
        200: json(versionDetailSchema, 'The version'),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const v = await getVersion(serviceContext(c.get('rc')), p.planId, p.versionId);
      return c.json({ ...versionJson(v), snapshot: v.snapshot }, 200);
    },
  );
}
