import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
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
import { addMember } from '../add-member.ts';
import { changeMember } from '../change-member.ts';
import { createItem } from '../create-item.ts';
import { createPlan } from '../create-plan.ts';
import { deleteItem } from '../delete-item.ts';
import { getItemView, getPlanView } from '../get-plan.ts';
import '../i18n.ts';
import { addIndicator, addIndicatorValue, changeIndicator } from '../item-indicators.ts';
import { addMilestone, changeMilestone } from '../item-milestones.ts';
import { listPlans } from '../list-plans.ts';
import {
  type Indicator,
  type ItemLevel,
  itemLevels,
  itemStatuses,
  memberRoles,
  type Plan,
  type PlanItem,
  type PlanMember,
  type PlanTreeNode,
  planStates,
} from '../plan.ts';
import { planKinds } from '../plan-input.ts';
import { flattenTree } from '../plan-tree.ts';
import { ItemConflictError, updateItem } from '../update-item.ts';
import { PlanConflictError, updatePlan } from '../update-plan.ts';

// /api/v1/plans…: plans, their members, the item tree (goals → action lines → interventions) with
// milestones, indicators and their values. Thin: the services check permissions and decide.
// Optimistic concurrency: GET gives an ETag (the version); PATCH with If-Match answers 412 when
// the plan or item moved on (with the current ETag), and a body `version` that is stale 409.

const tags = ['Plans'];
const base = '/api/v1/plans';

function problem(description: string) {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

const planParam = z.object({ planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' } }) });
const itemParams = planParam.extend({ itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }) });
const memberParams = planParam.extend({
  memberId: z.uuid().openapi({ param: { name: 'memberId', in: 'path' } }),
});
const milestoneParams = itemParams.extend({
  milestoneId: z.uuid().openapi({ param: { name: 'milestoneId', in: 'path' } }),
});
const indicatorParams = itemParams.extend({
  indicatorId: z.uuid().openapi({ param: { name: 'indicatorId', in: 'path' } }),
});
const ifMatchHeader = z.object({
  'if-match': z.string().max(100).optional().openapi({
    description: 'The ETag from GET: the version the change starts from (412 when it moved on).',
  }),
});

// ---- response schemas ----

const areaRefSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() }).openapi('PlanAreaRef');
const planSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(planKinds),
    area: areaRefSchema,
    title: z.string(),
    summary: z.string(),
    vision: z.string(),
    periodStart: z.string().openapi({ example: '2026-01-01' }),
    periodEnd: z.string().openapi({ example: '2029-12-31' }),
    state: z.enum(planStates),
    adoptedAt: z.string().nullable(),
    version: z.number().int().openapi({ description: 'Goes up by one on every change of the plan text.' }),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }), items: z.object({ href: z.string() }) }),
  })
  .openapi('Plan');

const memberSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(memberRoles),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
    person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .openapi('PlanMember');

const milestoneSchema = z
  .object({ id: z.uuid(), title: z.string(), dueDate: z.string().nullable(), doneOn: z.string().nullable() })
  .openapi('PlanMilestone');

const indicatorValueSchema = z
  .object({
    id: z.string(),
    measuredOn: z.string(),
    value: z.number(),
    source: z.string(),
    note: z.string(),
  })
  .openapi('PlanIndicatorValue');

const indicatorSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease']),
    baseline: z.number().nullable(),
    baselineOn: z.string().nullable(),
    target: z.number().nullable(),
    targetOn: z.string().nullable(),
    sourceKind: z.enum(['manual', 'cbs']),
    cbs: z.object({ key: z.string(), area: areaRefSchema }).nullable(),
    values: z.array(indicatorValueSchema),
  })
  .openapi('PlanIndicator');

const itemSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    parentId: z.uuid().nullable(),
    level: z.enum(itemLevels),
    position: z.number().int(),
    title: z.string(),
    description: z.string(),
    ownerOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    contactPerson: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    status: z.enum(itemStatuses),
    themes: z.array(z.string()),
    areas: z.array(areaRefSchema),
    weight: z.number().nullable(),
    progress: z
      .number()
      .nullable()
      .openapi({ description: 'As set by the owner (0–100); null: from milestones or children.' }),
    rolledUpProgress: z
      .number()
      .nullable()
      .openapi({ description: 'Own value, milestones, or the (weighted) average of the children.' }),
    milestones: z.array(milestoneSchema),
    indicators: z.array(indicatorSchema),
    links: z.array(
      z.object({
        module: z.enum(['social_map', 'initiatives']),
        refId: z.uuid(),
        label: z.string().nullable(),
        href: z.string().nullable(),
      }),
    ),
    version: z.number().int(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }), plan: z.object({ href: z.string() }) }),
  })
  .openapi('PlanItem');

const permissionsSchema = z
  .object({
    read: z.boolean(),
    editPlan: z.boolean(),
    manage: z.boolean(),
    editableItemIds: z.array(z.uuid()),
    addItemUnder: z.array(z.uuid()),
  })
  .openapi('PlanPermissions');

const planViewSchema = z
  .object({
    plan: planSchema,
    members: z.array(memberSchema),
    items: z
      .array(itemSchema)
      .openapi({ description: 'The tree depth first: parents before their children.' }),
    progress: z.number().nullable(),
    permissions: permissionsSchema,
  })
  .openapi('PlanView');

// ---- input schemas: the shape; the services check the details and answer with the same problem ----

const dateField = z.string().max(10).openapi({ example: '2026-03-01' });
const planInputSchema = z
  .object({
    areaCode: z.string().max(20).openapi({ example: 'WK999902' }),
    kind: z.enum(planKinds).optional(),
    title: z.string().max(200).openapi({ example: 'Wijkplan Noordhoek 2026–2029' }),
    summary: z.string().max(2000).optional(),
    vision: z.string().max(20000).optional(),
    periodStart: dateField,
    periodEnd: dateField,
    state: z.enum(planStates).optional(),
  })
  .openapi('PlanInput');

const planPatchSchema = planInputSchema
  .omit({ kind: true })
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'The version the change starts from, when If-Match is not sent.' }),
  })
  .openapi('PlanPatch');

const linkInputSchema = z.object({ module: z.enum(['social_map', 'initiatives']), refId: z.uuid() });
const itemFieldsSchema = {
  title: z.string().max(200),
  description: z.string().max(10000).optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  contactPersonId: z.uuid().nullable().optional(),
  startDate: dateField.nullable().optional(),
  endDate: dateField.nullable().optional(),
  status: z.enum(itemStatuses).optional(),
  themes: z.array(z.string().max(60)).max(20).optional(),
  weight: z.number().nullable().optional(),
  progress: z.number().int().nullable().optional(),
  areaCodes: z.array(z.string().max(20)).max(50).optional(),
  links: z.array(linkInputSchema).max(50).optional(),
};
const itemInputSchema = z
  .object({
    parentId: z.uuid().nullable().optional().openapi({ description: 'Absent or null: a goal.' }),
    level: z
      .enum(itemLevels)
      .optional()
      .openapi({ description: 'Follows from the parent; checked when given.' }),
    ...itemFieldsSchema,
  })
  .openapi('PlanItemInput');
const itemPatchSchema = z
  .object({
    ...itemFieldsSchema,
    parentId: z.uuid().optional(),
    position: z.number().int().min(0).optional(),
  })
  .partial()
  .extend({ version: z.number().int().optional().openapi({ description: 'When If-Match is not sent.' }) })
  .openapi('PlanItemPatch');

const memberInputSchema = z
  .object({
    organisationId: z.uuid().optional(),
    personId: z.uuid().optional(),
    role: z.enum(memberRoles),
  })
  .openapi('PlanMemberInput');
const milestoneInputSchema = z
  .object({
    title: z.string().max(200),
    dueDate: dateField.nullable().optional(),
    doneOn: dateField.nullable().optional(),
  })
  .openapi('PlanMilestoneInput');
const indicatorInputSchema = z
  .object({
    name: z.string().max(200),
    unit: z.string().max(40).optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    baseline: z.number().nullable().optional(),
    baselineOn: dateField.nullable().optional(),
    target: z.number().nullable().optional(),
    targetOn: dateField.nullable().optional(),
    sourceKind: z.enum(['manual', 'cbs']).optional(),
    cbsKey: z
      .string()
      .max(80)
      .nullable()
      .optional()
      .openapi({ description: "For 'cbs': a key of the area's CBS figures." }),
    cbsAreaCode: z.string().max(20).nullable().optional(),
  })
  .openapi('PlanIndicatorInput');
const indicatorValueInputSchema = z
  .object({
    measuredOn: dateField,
    value: z.number(),
    source: z.string().max(200).openapi({ example: 'Bewonersenquête 2026' }),
    note: z.string().max(1000).optional(),
  })
  .openapi('PlanIndicatorValueInput');

// ---- mapping ----

function planJson(p: Plan) {
  const { municipalityId: _, ...rest } = p;
  return { ...rest, _links: { self: { href: `${base}/${p.id}` }, items: { href: `${base}/${p.id}/items` } } };
}

function itemJson(item: PlanItem, rolledUpProgress: number | null) {
  return {
    ...item,
    rolledUpProgress,
    _links: {
      self: { href: `${base}/${item.planId}/items/${item.id}` },
      plan: { href: `${base}/${item.planId}` },
    },
  };
}

function itemsJson(tree: PlanTreeNode[]) {
  return flattenTree(tree).map((n) => itemJson(n.item, n.rolledUpProgress));
}

const etag = (version: number) => `"${version}"`;

/** The version an If-Match names: undefined without the header or with *, -1 for one that is not ours. */
function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = header.trim().match(/^(?:W\/)?"(\d{1,9})"$/);
  return m?.[1] ? Number(m[1]) : -1;
}

/** A 412 problem with the current ETag (typed as never so a route's declared answers still check). */
function preconditionFailed(c: Context<HonoEnv>, currentVersion: number): never {
  const locale = c.get('rc').locale;
  return problemResponse(
    c,
    { status: 412, title: titleFor(412, locale), detail: translate(locale, 'plan.error.conflict') },
    { ETag: etag(currentVersion) },
  ) as never;
}

/** If-Match wins over a version in the body; one of them is needed for a change. */
function versionOf(header: string | undefined, body: { version?: number | undefined }): number | undefined {
  return ifMatchVersion(header) ?? body.version;
}

const ctxOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));

export function registerPlansApi(api: Api, _ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      tags,
      summary: 'List plans',
      description:
        'Adopted, under-review and closed plans for everyone; drafts only for their members and the staff of their area. Newest period first.',
      request: {
        query: z.object({
          areaCode: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Plans of this area and the areas inside it.', example: 'WK999902' }),
          state: z.enum(planStates).optional(),
          kind: z.enum(planKinds).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(200).optional(),
        }),
      },
      responses: {
        200: {
          description: 'A page of plans',
          content: {
            'application/json': { schema: z.object({ items: z.array(planSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listPlans(ctxOf(c), q);
      return c.json(
        { items: page.plans.map(planJson), _links: pageLinks(c.req.url, page.nextCursor) },
        200,
        linkHeader(c.req.url, page.nextCursor),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      tags,
      summary: 'Start a plan for an area (administrators, coordinators, the area’s officers)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: planInputSchema } }, required: true } },
      responses: {
        201: {
          description: 'The new plan',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: planSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const plan = await createPlan(ctxOf(c), c.req.valid('json'));
      return c.json(planJson(plan), 201, { Location: `${base}/${plan.id}`, ETag: etag(plan.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}',
      tags,
      summary: 'A plan with its members, its items (with rolled-up progress) and what the caller may do',
      request: { params: planParam },
      responses: {
        200: {
          description: 'The plan; the ETag is its version (for If-Match on PATCH)',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: planViewSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const view = await getPlanView(ctxOf(c), c.req.valid('param').planId);
      return c.json(
        {
          plan: planJson(view.plan),
          members: view.members,
          items: itemsJson(view.tree),
          progress: view.progress,
          permissions: view.permissions,
        },
        200,
        { ETag: etag(view.plan.version) },
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{planId}',
      tags,
      summary: 'Change the plan text, period, area or state (managers)',
      description:
        'Only the fields sent. Send If-Match with the ETag from GET (412 with the current ETag when the plan moved on), or the version in the body (409).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: planParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: planPatchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed plan',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: planSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('The version in the body is not the current one'),
        412: problem('If-Match does not match the current version'),
      },
    }),
    async (c) => {
      const header = c.req.valid('header')['if-match'];
      const body = c.req.valid('json');
      try {
        const plan = await updatePlan(ctxOf(c), c.req.valid('param').planId, {
          ...body,
          version: versionOf(header, body) as number,
        });
        return c.json(planJson(plan), 200, { ETag: etag(plan.version) });
      } catch (error) {
        if (error instanceof PlanConflictError && ifMatchVersion(header) !== undefined)
          return preconditionFailed(c, error.current.version);
        throw error;
      }
    },
  );

  // ---- members ----

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/members',
      tags,
      summary: 'The people and organisations of a plan with their role',
      request: { params: planParam },
      responses: {
        200: {
          description: 'Owners first, then co-authors, then readers',
          content: { 'application/json': { schema: z.object({ items: z.array(memberSchema) }) } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const view = await getPlanView(ctxOf(c), c.req.valid('param').planId);
      return c.json({ items: view.members }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/members',
      tags,
      summary: 'Add a person or an organisation as owner, co-author or reader (managers)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: planParam,
        body: { content: { 'application/json': { schema: memberInputSchema } }, required: true },
      },
      responses: {
        201: { description: 'The new member', content: { 'application/json': { schema: memberSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const member: PlanMember = await addMember(ctxOf(c), c.req.valid('param').planId, c.req.valid('json'));
      return c.json(member, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{planId}/members/{memberId}',
      tags,
      summary: 'Give a member another role (managers)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: memberParams,
        body: {
          content: {
            'application/json': {
              schema: z.object({ role: z.enum(memberRoles) }).openapi('PlanMemberPatch'),
            },
          },
          required: true,
        },
      },
      responses: {
        204: { description: 'Changed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, memberId } = c.req.valid('param');
      await changeMember(ctxOf(c), planId, memberId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/members/{memberId}',
      tags,
      summary: 'Remove a member (managers)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: memberParams },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, memberId } = c.req.valid('param');
      await changeMember(ctxOf(c), planId, memberId, null);
      return c.body(null, 204);
    },
  );

  // ---- items ----

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/items',
      tags,
      summary: 'The items of a plan, depth first, with rolled-up progress',
      request: {
        params: planParam,
        query: z.object({ level: z.enum(itemLevels).optional() }),
      },
      responses: {
        200: {
          description: 'Goals, action lines and interventions; parents before their children',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(itemSchema), progress: z.number().nullable() }),
            },
          },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const view = await getPlanView(ctxOf(c), c.req.valid('param').planId);
      const level: ItemLevel | undefined = c.req.valid('query').level;
      const items = itemsJson(view.tree).filter((i) => level === undefined || i.level === level);
      return c.json({ items, progress: view.progress }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/items',
      tags,
      summary: 'Add a goal, an action line or an intervention',
      description:
        'Managers add anything; co-authors add interventions under an action line, owned by their organisation.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: planParam,
        body: { content: { 'application/json': { schema: itemInputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new item',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: itemSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const planId = c.req.valid('param').planId;
      const item = await createItem(ctxOf(c), planId, c.req.valid('json'));
      const { node } = await getItemView(ctxOf(c), planId, item.id);
      return c.json(itemJson(node.item, node.rolledUpProgress), 201, {
        Location: `${base}/${planId}/items/${item.id}`,
        ETag: etag(item.version),
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{planId}/items/{itemId}',
      tags,
      summary: 'One item with its milestones, indicators and links',
      request: { params: itemParams },
      responses: {
        200: {
          description: 'The item; the ETag is its version (for If-Match on PATCH)',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: itemSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const { node } = await getItemView(ctxOf(c), planId, itemId);
      return c.json(itemJson(node.item, node.rolledUpProgress), 200, { ETag: etag(node.item.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{planId}/items/{itemId}',
      tags,
      summary: 'Change an item (managers; co-authors their own parts)',
      description:
        'Only the fields sent. Send If-Match with the ETag from GET (412 with the current ETag when the item moved on), or the version in the body (409). Nothing is written on a conflict.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: itemParams,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: itemPatchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed item',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: itemSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('The version in the body is not the current one'),
        412: problem('If-Match does not match the current version'),
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const header = c.req.valid('header')['if-match'];
      const body = c.req.valid('json');
      try {
        await updateItem(ctxOf(c), planId, itemId, { ...body, version: versionOf(header, body) as number });
      } catch (error) {
        if (error instanceof ItemConflictError && ifMatchVersion(header) !== undefined)
          return preconditionFailed(c, error.current.version);
        throw error;
      }
      const { node } = await getItemView(ctxOf(c), planId, itemId);
      return c.json(itemJson(node.item, node.rolledUpProgress), 200, { ETag: etag(node.item.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/items/{itemId}',
      tags,
      summary: 'Remove an item that has nothing below it',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: itemParams, headers: ifMatchHeader },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('The item still has items below it'),
        412: problem('If-Match does not match the current version'),
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const header = c.req.valid('header')['if-match'];
      try {
        await deleteItem(ctxOf(c), planId, itemId, ifMatchVersion(header));
      } catch (error) {
        if (error instanceof ItemConflictError) return preconditionFailed(c, error.current.version);
        throw error;
      }
      return c.body(null, 204);
    },
  );

  // ---- milestones ----

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/items/{itemId}/milestones',
      tags,
      summary: 'Add a milestone to an item',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: itemParams,
        body: { content: { 'application/json': { schema: milestoneInputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new milestone',
          content: { 'application/json': { schema: milestoneSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      return c.json(await addMilestone(ctxOf(c), planId, itemId, c.req.valid('json')), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{planId}/items/{itemId}/milestones/{milestoneId}',
      tags,
      summary: 'Change a milestone (for instance: mark it done)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: milestoneParams,
        body: { content: { 'application/json': { schema: milestoneInputSchema } }, required: true },
      },
      responses: {
        204: { description: 'Changed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId, milestoneId } = c.req.valid('param');
      await changeMilestone(ctxOf(c), planId, itemId, milestoneId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/items/{itemId}/milestones/{milestoneId}',
      tags,
      summary: 'Remove a milestone',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: milestoneParams },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId, milestoneId } = c.req.valid('param');
      await changeMilestone(ctxOf(c), planId, itemId, milestoneId, null);
      return c.body(null, 204);
    },
  );

  // ---- indicators ----

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/items/{itemId}/indicators',
      tags,
      summary: 'Add an indicator (manual, or a CBS key figure of an area)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: itemParams,
        body: { content: { 'application/json': { schema: indicatorInputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new indicator',
          content: { 'application/json': { schema: indicatorSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const indicator: Indicator = await addIndicator(ctxOf(c), planId, itemId, c.req.valid('json'));
      return c.json(indicator, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{planId}/items/{itemId}/indicators/{indicatorId}',
      tags,
      summary: 'Change an indicator',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: indicatorParams,
        body: { content: { 'application/json': { schema: indicatorInputSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed indicator',
          content: { 'application/json': { schema: indicatorSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId, indicatorId } = c.req.valid('param');
      const indicator = await changeIndicator(ctxOf(c), planId, itemId, indicatorId, c.req.valid('json'));
      return c.json(indicator as Indicator, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{planId}/items/{itemId}/indicators/{indicatorId}',
      tags,
      summary: 'Remove an indicator with its values',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: indicatorParams },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId, indicatorId } = c.req.valid('param');
      await changeIndicator(ctxOf(c), planId, itemId, indicatorId, null);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{planId}/items/{itemId}/indicators/{indicatorId}/values',
      tags,
      summary: 'Record a measured value with its source',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: indicatorParams,
        body: { content: { 'application/json': { schema: indicatorValueInputSchema } }, required: true },
      },
      responses: {
        201: { description: 'The value', content: { 'application/json': { schema: indicatorValueSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId, indicatorId } = c.req.valid('param');
      return c.json(await addIndicatorValue(ctxOf(c), planId, itemId, indicatorId, c.req.valid('json')), 201);
    },
  );
}
