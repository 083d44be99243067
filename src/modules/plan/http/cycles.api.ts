import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../core/app-context.ts';
import { ValidationError } from '../../../core/errors.ts';
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
} from '../../../core/http/api/pagination.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { createCycle } from '../cycles/create-cycle.ts';
import type { PlanningCycle } from '../cycles/cycle.ts';
import { createCycleInput, updateCycleInput } from '../cycles/cycle-input.ts';
import { addDays, deadlineIntervals, deadlinePurposes, isIsoDate } from '../cycles/deadlines.ts';
import { deleteCycle } from '../cycles/delete-cycle.ts';
import { getCycle } from '../cycles/get-cycle.ts';
import { getPlanTimeline } from '../cycles/get-plan-timeline.ts';
import { listCycles, occurrencesOf } from '../cycles/list-cycles.ts';
import { timelineFlags } from '../cycles/timeline.ts';
import { updateCycle } from '../cycles/update-cycle.ts';
import { registerNeighbourhoodCheckRoutes } from './neighbourhood-checks.api.ts';

// Planning cycles (tandwielen) and the plan's timeline: /api/v1/planning-cycles…,
// /api/v1/plans/{planId}/timeline; and the wijktoets (neighbourhood-checks.api.ts).
// Thin routes on the services in ../cycles and ../checks.

const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable();

const deadlineSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    purpose: z.enum(deadlinePurposes),
    everyMonths: z.union(deadlineIntervals.map((n) => z.literal(n))),
    month: z.number().int(),
    day: z.number().int(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
  })
  .openapi('PlanningCycleDeadline');

const cycleSchema = z
  .object({
    id: z.uuid(),
    organisation: organisationRef.openapi({
      description:
        'The organisation whose cycle it is; null for the municipality’s own cycle (applies to every department).',
    }),
    name: z.string(),
    description: z.string(),
    deadlines: z.array(deadlineSchema),
    version: z.number().int(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('PlanningCycle');

const occurrenceSchema = z
  .object({
    date: z.string(),
    deadline: deadlineSchema,
    cycle: z.object({ id: z.uuid(), name: z.string(), organisation: organisationRef }),
  })
  .openapi('PlanningCycleOccurrence');

const occurrenceFactsSchema = z.object({
  date: z.string(),
  deadlineId: z.uuid(),
  cycleId: z.uuid(),
  cycleName: z.string(),
  title: z.string(),
  purpose: z.enum(deadlinePurposes),
  organisationId: z.uuid().nullable(),
});

const timelineSchema = z
  .object({
    plan: z.object({ id: z.uuid(), title: z.string(), periodStart: z.string(), periodEnd: z.string() }),
    today: z.string(),
    window: z.object({ from: z.string(), to: z.string() }),
    lanes: z.array(
      z.object({
        owner: organisationRef,
        entries: z.array(
          z.object({
            item: z.object({
              id: z.uuid(),
              parentId: z.uuid().nullable(),
              level: z.string(),
              title: z.string(),
              status: z.string(),
              startDate: z.string().nullable(),
              endDate: z.string().nullable(),
            }),
            committedCents: z.number().int(),
            inPlanBy: occurrenceFactsSchema.nullable(),
            inBudgetBy: occurrenceFactsSchema.nullable(),
            flags: z.array(z.enum(timelineFlags)),
          }),
        ),
      }),
    ),
    deadlines: z.array(occurrenceFactsSchema.extend({ organisation: organisationRef })),
    flagCounts: z.record(z.enum(timelineFlags), z.number().int()),
  })
  .openapi('PlanTimeline');

const cycleIdParam = z.object({ cycleId: z.uuid().openapi({ param: { name: 'cycleId', in: 'path' } }) });
const planIdParam = z.object({ planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' } }) });
const offsetCursor = z.object({ offset: z.number().int().min(0) });
const dateQuery = z.string().refine(isIsoDate, 'validation.localDate');

function cycleJson(c: PlanningCycle) {
  return { ...c, _links: { self: { href: `/api/v1/planning-cycles/${c.id}` } } };
}

const etag = (c: PlanningCycle) => ({ ETag: `"${c.version}"` });

export function registerCyclesApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/planning-cycles',
      tags: ['Planning cycles'],
      summary: 'List planning cycles (the municipality’s own first, then by organisation)',
      request: {
        query: z.object({
          organisationId: z
            .uuid()
            .optional()
            .openapi({ description: 'Only this organisation’s cycles (and the municipality’s own).' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of planning cycles',
          content: {
            'application/json': { schema: z.object({ items: z.array(cycleSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listCycles(ctx.db, c.get('rc').actor, {
        organisationIds: q.organisationId ? [q.organisationId] : undefined,
        offset: cursorValue(q.cursor, offsetCursor)?.offset,
        limit: q.limit,
      });
      const next = page.nextOffset === null ? null : encodeCursor({ offset: page.nextOffset });
      return c.json(
        { items: page.items.map(cycleJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/planning-cycles/deadlines',
      tags: ['Planning cycles'],
      summary: 'Every date a deadline of the planning cycles falls on in a window (at most five years)',
      request: {
        query: z.object({
          from: dateQuery.openapi({ example: '2027-01-01' }),
          to: dateQuery.openapi({ example: '2027-12-31' }),
          organisationId: z.uuid().optional(),
        }),
      },
      responses: {
        200: {
          description: 'The dates, oldest first',
          content: { 'application/json': { schema: z.object({ items: z.array(occurrenceSchema) }) } },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if (q.to < q.from || q.to > addDays(q.from, 5 * 366))
        throw new ValidationError([{ field: 'to', key: 'validation.invalid' }]);
      const cycles = await listCycles(ctx.db, c.get('rc').actor, {
        organisationIds: q.organisationId ? [q.organisationId] : undefined,
        limit: 1000,
      });
      return c.json({ items: occurrencesOf(cycles.items, q.from, q.to) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/planning-cycles',
      tags: ['Planning cycles'],
      summary: 'Register a planning cycle with its recurring deadlines',
      description:
        'Members of an organisation register its cycles; coordinators and administrators any, including the municipality’s own (organisationId null).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: { 'application/json': { schema: documented(createCycleInput, 'PlanningCycleInput') } },
          required: true,
        },
      },
      responses: {
        201: { description: 'The new cycle', content: { 'application/json': { schema: cycleSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const cycle = await createCycle(serviceContext(c.get('rc')), c.req.valid('json'));
      return c.json(cycleJson(cycle), 201, {
        Location: `/api/v1/planning-cycles/${cycle.id}`,
        ...etag(cycle),
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/planning-cycles/{cycleId}',
      tags: ['Planning cycles'],
      summary: 'One planning cycle (the ETag is its version)',
      request: { params: cycleIdParam },
      responses: {
        200: { description: 'The cycle', content: { 'application/json': { schema: cycleSchema } } },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const cycle = await getCycle(ctx.db, c.get('rc').actor, c.req.valid('param').cycleId);
      return c.json(cycleJson(cycle), 200, etag(cycle));
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/planning-cycles/{cycleId}',
      tags: ['Planning cycles'],
      summary: 'Change a planning cycle (deadlines, when sent, replace the list)',
      description:
        'Send the version you started from; when the cycle changed in the meantime nothing is written and the answer is 409.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: cycleIdParam,
        body: {
          content: { 'application/json': { schema: documented(updateCycleInput, 'PlanningCyclePatch') } },
          required: true,
        },
      },
      responses: {
        200: { description: 'The changed cycle', content: { 'application/json': { schema: cycleSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: { ...problemResponses[400], description: 'The cycle changed since the version sent' },
      },
    }),
    async (c) => {
      const cycle = await updateCycle(
        serviceContext(c.get('rc')),
        c.req.valid('param').cycleId,
        c.req.valid('json'),
      );
      return c.json(cycleJson(cycle), 200, etag(cycle));
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/planning-cycles/{cycleId}',
      tags: ['Planning cycles'],
      summary: 'Delete a planning cycle and its deadlines',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: cycleIdParam },
      responses: {
        204: { description: 'Deleted' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      await deleteCycle(serviceContext(c.get('rc')), c.req.valid('param').cycleId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/timeline',
      tags: ['Plans'],
      summary: 'The plan’s timeline: items by owner, the owners’ cycle deadlines, and what needs attention',
      description:
        'Per item the last deadline of its owner’s plan and budget cycle before it starts, and flags: no_owner, no_money (no money committed and its budget deadline, or its start, has passed), money_due (that deadline is within 90 days), no_dates.',
      request: { params: planIdParam },
      responses: {
        200: { description: 'The timeline', content: { 'application/json': { schema: timelineSchema } } },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const t = await getPlanTimeline(serviceContext(c.get('rc')), c.req.valid('param').planId);
      return c.json(
        {
          plan: {
            id: t.plan.id,
            title: t.plan.title,
            periodStart: t.plan.periodStart,
            periodEnd: t.plan.periodEnd,
          },
          today: t.today,
          window: t.window,
          lanes: t.lanes.map((lane) => ({
            owner: lane.owner,
            entries: lane.entries.map((e) => ({
              item: e.item,
              committedCents: e.committedCents,
              inPlanBy: e.timeline.inPlanBy,
              inBudgetBy: e.timeline.inBudgetBy,
              flags: e.timeline.flags,
            })),
          })),
          deadlines: t.deadlines,
          flagCounts: t.flagCounts,
        },
        200,
      );
    },
  );
  registerNeighbourhoodCheckRoutes(api, ctx);
}
