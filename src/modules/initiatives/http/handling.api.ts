import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import {
  linkHeader,
  linksSchema,
  pageLinks,
  problemResponses,
  problemSchema,
} from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { answerQuestion } from '../handling/answer-question.ts';
import { askResident } from '../handling/ask-resident.ts';
import { assignPerson } from '../handling/assign-person.ts';
import { changeItem } from '../handling/change-item.ts';
import { departmentFigures } from '../handling/figures.ts';
import { getItemForStaff } from '../handling/get-item.ts';
import '../handling/handling-i18n.ts';
import { listItems, listScopes, listSorts, listStatusFilters } from '../handling/list-items.ts';
import { rateItem } from '../handling/rate-item.ts';
import { transferItem } from '../handling/transfer-item.ts';
import { transitionItem } from '../handling/transition-item.ts';
import { channels, decisions, type Item, type ItemEvent, itemStatuses } from '../initiatives.ts';

// The handling part's API under /api/v1/initiatives: the work inbox (items the caller may read,
// filtered in the database, cursor paging), one item (ETag = its version), the handling steps
// (transitions, transfers, questions, changes, assignment), the history, the department figures,
// and the resident's answer and rating by the private follow token. Items the caller may not read
// are 404 (a department cannot probe for items routed elsewhere).

const tags = ['Initiatives: handling'];
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});
const conflict = problem('The item changed since the version in the body (reload and try again)');
const preconditionFailedDoc = problem('If-Match does not match the item’s current version');
const unprocessable = problem('Not possible in the item’s current status (the whitelist), with the reason');

const status = z.enum(itemStatuses as [string, ...string[]]);
const decision = z.enum(decisions as [string, ...string[]]);

const itemSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().openapi({ example: 'M-2026-000123' }),
    kindId: z.uuid(),
    categoryId: z.uuid(),
    title: z.string(),
    description: z.string(),
    areaId: z.uuid(),
    areaPath: z.string(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    address: z.string().nullable(),
    status,
    decision: decision.nullable(),
    answer: z.string().nullable(),
    ownerOrganisationId: z.uuid(),
    ownerPersonId: z.uuid().nullable(),
    channel: z.enum(channels as [string, ...string[]]),
    registeredBy: z.uuid().nullable(),
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable(),
    locale: z.enum(['nl', 'en']),
    requestedCents: z.number().int().nullable(),
    attributeValues: z.record(z.string(), z.unknown()),
    receivedAt: z.string(),
    deadlineOn: z.string().openapi({ description: 'The deadline (end of this day, Europe/Amsterdam).' }),
    escalateOn: z.string(),
    escalatedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    public: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }), page: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeItem');

const eventSchema = z
  .object({
    id: z.uuid(),
    event: z.string().openapi({ example: 'transferred' }),
    fromStatus: status.nullable(),
    toStatus: status.nullable(),
    fromOrganisationId: z.uuid().nullable(),
    toOrganisationId: z.uuid().nullable(),
    reason: z.string().nullable(),
    publicText: z.string().nullable().openapi({ description: 'What the resident was told.' }),
    internalNote: z.string().nullable(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .openapi('InitiativeEvent');

const summarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    status,
    decision: decision.nullable(),
    kindId: z.uuid(),
    categoryId: z.uuid(),
    categoryName: z.string(),
    categoryNameEn: z.string().nullable(),
    areaCode: z.string(),
    areaName: z.string(),
    ownerOrganisationId: z.uuid(),
    ownerName: z.string(),
    ownerPersonId: z.uuid().nullable(),
    ownerPersonName: z.string().nullable(),
    channel: z.string(),
    receivedAt: z.string(),
    deadlineOn: z.string(),
    escalateOn: z.string(),
    overdue: z.boolean(),
    escalated: z.boolean(),
    escalatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('InitiativeItemSummary');

const orgRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

const viewSchema = z
  .object({
    item: itemSchema,
    events: z.array(eventSchema),
    category: z
      .object({ id: z.uuid(), code: z.string(), name: z.string(), handlingDays: z.number().int() })
      .catchall(z.unknown())
      .nullable(),
    area: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    ownerName: z.string(),
    ownerPersonName: z.string().nullable(),
    organisationNames: z.record(z.string(), z.string()),
    overdue: z.boolean(),
    escalated: z.boolean(),
    allowedNext: z.array(status),
    may: z.object({
      handle: z.boolean(),
      transfer: z.boolean(),
      ask: z.boolean(),
      change: z.boolean(),
      assign: z.boolean(),
    }),
    transferTargets: z.array(orgRef),
    assignable: z.array(z.object({ id: z.uuid(), name: z.string() })),
    files: z.array(
      z.object({
        id: z.uuid(),
        purpose: z.string(),
        contentType: z.string(),
        byteSize: z.number().int(),
        width: z.number().int().nullable(),
        height: z.number().int().nullable(),
        alt: z.string(),
        url: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('InitiativeItemView');

const versionField = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: 'The version the step starts from (409 when it moved on); or send If-Match.' });

const transitionBody = documented(
  z.object({
    toStatus: status,
    decision: decision.optional().openapi({ description: 'Required for decided.' }),
    answer: z
      .string()
      .max(5000)
      .optional()
      .openapi({ description: 'Required for decided: what the resident reads.' }),
    reason: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'Required for cancelled; the resident reads it.' }),
    note: z.string().max(2000).optional().openapi({ description: 'For colleagues only.' }),
    version: versionField,
  }),
  'InitiativeTransition',
  {
    description:
      'A step along the whitelist: received → in_progress | decided | cancelled; in_progress → decided | cancelled; awaiting_resident → in_progress | decided | cancelled; decided → in_execution | done | reopened; in_execution → done | cancelled; done, cancelled → reopened; reopened → in_progress | decided | cancelled. To ask the resident a question use /questions.',
    example: {
      toStatus: 'decided',
      decision: 'granted',
      answer: 'Wij plaatsen de bank in de week van 12 mei.',
      version: 2,
    },
  },
);

const transferBody = documented(
  z.object({
    organisationId: z.uuid(),
    personId: z.uuid().nullable().optional(),
    reason: z.string().min(1).max(2000),
    version: versionField,
  }),
  'InitiativeTransfer',
  { description: 'Hand the item on to a department, team or partner, with a reason the resident reads.' },
);

const questionBody = documented(
  z.object({ question: z.string().min(1).max(2000), version: versionField }),
  'InitiativeQuestion',
  { description: 'A question to the resident; the clock stops until they answer.' },
);

const patchBody = documented(
  z.object({
    categoryId: z.uuid().optional(),
    areaCode: z.string().max(20).optional(),
    lon: z.number().min(-180).max(180).nullable().optional(),
    lat: z.number().min(-90).max(90).nullable().optional(),
    address: z.string().max(300).nullable().optional(),
    version: versionField,
  }),
  'InitiativeItemPatch',
  {
    description:
      'Correct the category or location. Either one re-runs the routing rules (a new owner is a transfer the resident is told about); a new category gives an open item a new deadline from its receipt. A point without areaCode finds its buurt.',
  },
);

const assigneeBody = documented(
  z.object({ personId: z.uuid().nullable(), version: versionField }),
  'InitiativeAssignee',
  { description: 'A person of the owner organisation, or null for the organisation as a whole.' },
);

const answerBody = documented(z.object({ text: z.string().min(1).max(5000) }), 'InitiativeResidentAnswer');
const ratingBody = documented(
  z.object({ satisfied: z.boolean(), reason: z.string().max(2000).optional() }),
  'InitiativeRating',
  {
    description:
      'After closing: satisfied or not, and why. Unhappy within the reopen period reopens the item.',
  },
);

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});
const ifMatchHeader = z.object({
  'if-match': z.string().max(100).optional().openapi({
    description: 'The ETag from GET /items/{id}: the version the step starts from (412 when it moved on).',
  }),
});

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

const listQuery = z.object({
  scope: z.enum(listScopes).optional().openapi({
    description:
      'mine: assigned to me; organisation: my organisation’s; areas: my areas; all: all I may see.',
  }),
  status: z
    .enum(listStatusFilters as unknown as [string, ...string[]])
    .optional()
    .openapi({ description: 'A status, or open (deadline running) / closed.' }),
  overdue: flag.openapi({ description: 'Only open items past their deadline.' }),
  escalated: flag.openapi({ description: 'Only open items escalated to the coordinator.' }),
  categoryId: z.uuid().optional(),
  areaCode: z.string().max(20).optional().openapi({ description: 'This area and the areas inside it.' }),
  organisationId: z.uuid().optional().openapi({ description: 'The owner organisation.' }),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'A reference (M-2026-000123) or words in the title or description.' }),
  sort: z.enum(listSorts).optional().openapi({ description: 'deadline (soonest first, default) or newest.' }),
  withTotal: flag.openapi({ description: 'Also count every matching item.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});

const itemHref = (id: string) => `/api/v1/initiatives/items/${id}`;
const etagOf = (version: number) => `"v${version}"`;

function itemJson(i: Item) {
  return {
    ...i,
    _links: { self: { href: itemHref(i.id) }, page: { href: `/meldingen/behandelen/${i.id}` } },
  };
}
const eventJson = (e: ItemEvent) => ({ ...e });

/** The version an If-Match names: undefined without one (or '*'), null when it is not ours. */
function ifMatchVersion(header: string | undefined): number | null | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = header.trim().match(/^(?:W\/)?"v(\d{1,9})"$/);
  return m ? Number(m[1]) : null;
}

function preconditionFailed(c: Context<HonoEnv>): Response {
  const locale = c.get('rc').locale;
  return problemResponse(c, {
    status: 412,
    title: titleFor(412, locale),
    detail: translate(locale, 'initiatives.handling.error.conflict'),
  });
}

const contextOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

/**
 * Runs a handling step with the version from If-Match (a stale one: 412) or the body (stale:
 * 409); without either it is a 400 — a step must say which state it starts from.
 */
async function withVersion(
  c: Context<HonoEnv>,
  header: string | undefined,
  bodyVersion: number | undefined,
  step: (version: number) => Promise<Item>,
): Promise<Response> {
  const expected = ifMatchVersion(header);
  if (expected === null) return preconditionFailed(c);
  const version = expected ?? bodyVersion;
  if (version === undefined) throw new ValidationError([{ field: 'version', key: 'validation.required' }]);
  try {
    const item = await step(version);
    return c.json(itemJson(item), 200, { ETag: etagOf(item.version) });
  } catch (error) {
    if (expected !== undefined && error instanceof ConflictError) return preconditionFailed(c);
    throw error;
  }
}

const stepResponses = {
  200: {
    description: 'The item after the step; the ETag is its new version',
    content: { 'application/json': { schema: itemSchema } },
  },
  400: problemResponses[400],
  401: problemResponses[401],
  403: problemResponses[403],
  404: problemResponses[404],
  409: conflict,
  412: preconditionFailedDoc,
  422: unprocessable,
};

export function registerHandlingApi(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/items',
      tags,
      summary: 'The work inbox: items the caller may read, by deadline or newest first',
      description:
        'Departments and partners see what is routed to them, area officers their areas, coordinators and administrators everything. Cursor paging with a Link header.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: listQuery },
      responses: {
        200: {
          description: 'A page of items',
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(summarySchema),
                total: z.number().int().nullable(),
                _links: linksSchema,
              }),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listItems(contextOf(c), {
        scope: q.scope,
        status: q.status as never,
        overdue: q.overdue,
        escalated: q.escalated,
        categoryId: q.categoryId,
        areaCode: q.areaCode,
        organisationId: q.organisationId,
        q: q.q,
        sort: q.sort,
        withTotal: q.withTotal,
        limit: q.limit,
        cursor: q.cursor,
      });
      return c.json(
        { items: page.items, total: page.total, _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/items/{id}',
      tags,
      summary: 'One item with its history, category, owner and what the caller may do (ETag: its version)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'The item',
          headers: { ETag: { schema: { type: 'string' }, description: 'The item’s version, quoted.' } },
          content: { 'application/json': { schema: viewSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await getItemForStaff(contextOf(c), c.req.valid('param').id);
      return c.json({ ...v, item: itemJson(v.item), events: v.events.map(eventJson) }, 200, {
        ETag: etagOf(v.item.version),
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/items/{id}/events',
      tags,
      summary: 'The item’s history, oldest first, with what the resident was told and internal notes',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: {
          description: 'The history',
          content: { 'application/json': { schema: z.object({ items: z.array(eventSchema) }) } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const v = await getItemForStaff(contextOf(c), c.req.valid('param').id);
      return c.json({ items: v.events.map(eventJson) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/items/{id}/transitions',
      tags,
      summary: 'Move the item to another status (decide, start, carry out, close, cancel, reopen)',
      description:
        'The resident is told in the words of the event’s template. Off the whitelist: 422; a decision without decision or answer, or a cancellation without reason: 400 on that field.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: transitionBody } }, required: true },
      },
      responses: stepResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        transitionItem(ctx, contextOf(c), id, {
          ...body,
          toStatus: body.toStatus as never,
          decision: body.decision as never,
          version,
        }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/items/{id}/transfers',
      tags,
      summary: 'Hand the item on to another department, team or partner, with a reason',
      description: 'Logged with from and to; the resident is told who has it now. The deadline stays.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: transferBody } }, required: true },
      },
      responses: stepResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        transferItem(ctx, contextOf(c), id, { ...body, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/items/{id}/questions',
      tags,
      summary: 'Ask the resident a question (the clock stops until they answer)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: questionBody } }, required: true },
      },
      responses: stepResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        askResident(ctx, contextOf(c), id, { question: body.question, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/initiatives/items/{id}',
      tags,
      summary: 'Correct the category or location (re-routes; a new category gives a new deadline)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: patchBody } }, required: true },
      },
      responses: stepResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        changeItem(ctx, contextOf(c), id, { ...body, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/initiatives/items/{id}/assignee',
      tags,
      summary: 'Name the person in the owner organisation who picks it up (or null)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: assigneeBody } }, required: true },
      },
      responses: stepResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        assignPerson(contextOf(c), id, { personId: body.personId, version }),
      ) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/initiatives/figures',
      tags,
      summary:
        'Per department/partner: open, overdue, escalated; received and decided in time; satisfaction (also per category)',
      description:
        'Over the items the caller may read. from/to: the period (Amsterdam dates, inclusive); default the last 12 months.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          from: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional()
            .openapi({ example: '2026-01-01' }),
          to: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional()
            .openapi({ example: '2026-12-31' }),
        }),
      },
      responses: {
        200: {
          description: 'The figures',
          content: {
            'application/json': {
              schema: z
                .object({
                  from: z.string(),
                  to: z.string(),
                  today: z.string(),
                  organisations: z.array(
                    z.object({
                      organisationId: z.uuid(),
                      name: z.string(),
                      kind: z.string(),
                      open: z.number().int(),
                      overdue: z.number().int(),
                      escalated: z.number().int(),
                      received: z.number().int(),
                      decidedInTime: z.number().int(),
                      decidedLate: z.number().int(),
                      satisfied: z.number().int(),
                      unsatisfied: z.number().int(),
                    }),
                  ),
                  categories: z.array(
                    z.object({
                      categoryId: z.uuid(),
                      name: z.string(),
                      nameEn: z.string().nullable(),
                      received: z.number().int(),
                      satisfied: z.number().int(),
                      unsatisfied: z.number().int(),
                    }),
                  ),
                  totals: z.record(z.string(), z.number()),
                })
                .openapi('InitiativeDepartmentFigures'),
            },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const to = q.to ?? new Date().toISOString().slice(0, 10);
      // A year back by the calendar (29 February has no twin a year earlier).
      const yearBack = new Date(`${to}T00:00:00Z`);
      yearBack.setUTCFullYear(yearBack.getUTCFullYear() - 1);
      const from = q.from ?? (Number.isNaN(yearBack.getTime()) ? to : yearBack.toISOString().slice(0, 10));
      return c.json(await departmentFigures(contextOf(c), { from, to }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/follow/{token}/answer',
      tags,
      summary: 'The resident answers the question asked of them (by the private follow token)',
      request: {
        params: tokenParam,
        body: { content: { 'application/json': { schema: answerBody } }, required: true },
      },
      responses: {
        200: {
          description: 'Back in handling; the deadline moved by the working days waited',
          content: {
            'application/json': {
              schema: z.object({ status, deadlineOn: z.string() }).openapi('InitiativeAnswerResult'),
            },
          },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        404: problemResponses[404],
        422: problem('There is no open question'),
        429: problem('Too many requests; see Retry-After'),
      },
    }),
    async (c) =>
      c.json(await answerQuestion(ctx, contextOf(c), c.req.valid('param').token, c.req.valid('json')), 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/initiatives/follow/{token}/rating',
      tags,
      summary: 'The resident says whether they are satisfied (after closing)',
      request: {
        params: tokenParam,
        body: { content: { 'application/json': { schema: ratingBody } }, required: true },
      },
      responses: {
        200: {
          description: 'Recorded; reopened when unhappy within the reopen period',
          content: {
            'application/json': {
              schema: z.object({ reopened: z.boolean(), status }).openapi('InitiativeRatingResult'),
            },
          },
        },
        400: problemResponses[400],
        403: problem('CSRF token missing (browsers)'),
        404: problemResponses[404],
        422: problem('Not closed, the rating period is over, or already rated'),
        429: problem('Too many requests; see Retry-After'),
      },
    }),
    async (c) =>
      c.json(await rateItem(ctx, contextOf(c), c.req.valid('param').token, c.req.valid('json')), 200),
  );
}
