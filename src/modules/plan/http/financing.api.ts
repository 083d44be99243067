import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { documented } from '../../../core/http/api/documented-schema.ts';
import { problemResponses, problemSchema } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import type { BudgetLine, FinanceItemRef } from '../financing/budget-line.ts';
import { budgetLineInput } from '../financing/budget-line-input.ts';
import { budgetLinesCsv } from '../financing/budget-lines-csv.ts';
import { budgetSourceKinds, type FinanceSummary } from '../financing/co-financing.ts';
import { financeText } from '../financing/finance-i18n.ts';
import { getItemFinances } from '../financing/get-item-finances.ts';
import { getProgrammeFinances, programmeFinancesInput } from '../financing/programme-finances.ts';
import {
  BudgetLineConflictError,
  createBudgetLine,
  deleteBudgetLine,
  getBudgetLine,
  updateBudgetLine,
} from '../financing/write-budget-line.ts';

// Financing under /api/v1: an item's budget lines (amounts in euro cents, ETag = the line's
// version, If-Match → 412), and the programme's finances with the share from other sources.

const tags = ['Plan financing'];
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const amountsSchema = z.object({ committedCents: z.number().int(), spentCents: z.number().int() });

const summarySchema = z
  .object({
    committedCents: z.number().int(),
    spentCents: z.number().int(),
    programmeCents: z.number().int().openapi({ description: 'Committed from the programme’s own budget.' }),
    otherSourcesCents: z.number().int().openapi({ description: 'Committed from every other source.' }),
    otherSharePercent: z.number().nullable().openapi({
      description:
        'otherSourcesCents as a percentage of committedCents (one decimal); null when nothing is committed.',
    }),
    bySourceKind: z.object(
      Object.fromEntries(budgetSourceKinds.map((k) => [k, amountsSchema])) as Record<
        (typeof budgetSourceKinds)[number],
        typeof amountsSchema
      >,
    ),
    overspent: z.boolean(),
  })
  .openapi('FinanceSummary');

const orgRef = z.object({ id: z.uuid(), name: z.string() });

const budgetLineSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    itemId: z.uuid(),
    sourceKind: z.enum(budgetSourceKinds),
    sourceOrganisation: orgRef.nullable(),
    sourceName: z.string(),
    description: z.string(),
    year: z.number().int(),
    committedCents: z.number().int(),
    spentCents: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('BudgetLine');

const itemRefSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    level: z.enum(['goal', 'action_line', 'intervention']),
    title: z.string(),
    ownerOrganisation: orgRef.nullable(),
  })
  .openapi('FinanceItemRef');

const itemFinancesSchema = z
  .object({
    item: itemRefSchema,
    items: z
      .array(budgetLineSchema)
      .openapi({ description: 'The item’s own budget lines (interventions only).' }),
    summary: summarySchema,
    interventions: z
      .array(z.object({ item: itemRefSchema, summary: summarySchema }))
      .openapi({ description: 'For a goal or action line: the interventions below it with their totals.' }),
    canEdit: z.boolean(),
  })
  .openapi('ItemFinances');

const programmeFinancesSchema = z
  .object({
    year: z.number().int().nullable(),
    areaCode: z.string().nullable(),
    summary: summarySchema,
    projects: z.array(
      z.object({
        plan: z.object({ id: z.uuid(), title: z.string(), areaCode: z.string(), areaName: z.string() }),
        item: itemRefSchema,
        summary: summarySchema,
      }),
    ),
    years: z.array(z.number().int()),
  })
  .openapi('ProgrammeFinances');

const inputSchema = documented(budgetLineInput, 'BudgetLineInput', {
  description:
    'A budget line: the source (the programme’s own budget, another department, a partner, a national programme, a fund; an organisation id or a name, not needed for the programme budget), the budget year and the amounts in euro cents.',
});

const patchSchema = z
  .object({
    sourceKind: z.enum(budgetSourceKinds).optional(),
    sourceOrganisationId: z.uuid().nullable().optional(),
    sourceName: z.string().max(200).optional(),
    description: z.string().max(500).optional(),
    year: z.number().int().optional(),
    committedCents: z.number().int().optional(),
    spentCents: z.number().int().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version the change starts from; or send If-Match.' }),
  })
  .openapi('BudgetLinePatch');

const itemParams = z.object({
  planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' } }),
  itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }),
});
const lineParams = itemParams.extend({
  lineId: z.uuid().openapi({ param: { name: 'lineId', in: 'path' } }),
});
const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The ETag of the version the change starts from.' }),
});

const lineHref = (l: BudgetLine) => `/api/v1/plans/${l.planId}/items/${l.itemId}/budget-lines/${l.id}`;
const etagOf = (l: BudgetLine) => `"v${l.version}"`;

/** The version an If-Match names: undefined without one (or '*'), null when it is not ours. */
function ifMatchVersion(header: string | undefined): number | null | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = header.trim().match(/^(?:W\/)?"v(\d{1,9})"$/);
  return m ? Number(m[1]) : null;
}

function preconditionFailed(c: Context<HonoEnv>): never {
  const locale = c.get('rc').locale;
  return problemResponse(c, {
    status: 412,
    title: titleFor(412, locale),
    detail: financeText(locale, 'plan.finance.error.conflict'),
  }) as never;
}

function lineJson(l: BudgetLine) {
  return { ...l, _links: { self: { href: lineHref(l) } } };
}

const itemRefJson = (i: FinanceItemRef) => ({ ...i });
const summaryJson = (s: FinanceSummary) => ({ ...s });

export function registerFinancingApi(api: Api, ctx: AppContext): void {
  void ctx;
  const base = '/plans/{planId}/items/{itemId}/budget-lines';

  api.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'The money of a plan item: its budget lines and the share from other sources',
      description:
        'For whoever may read the plan. An intervention has its own budget lines (few, so not paged); a goal or action line lists the interventions below it with their totals.',
      request: { params: itemParams },
      responses: {
        200: {
          description: 'The item’s finances',
          content: { 'application/json': { schema: itemFinancesSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const v = await getItemFinances(serviceContext(c.get('rc')), planId, itemId);
      return c.json(
        {
          item: itemRefJson(v.item),
          items: v.lines.map(lineJson),
          summary: summaryJson(v.summary),
          interventions: v.interventions.map((i) => ({
            item: itemRefJson(i.item),
            summary: summaryJson(i.summary),
          })),
          canEdit: v.canEdit,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Add a budget line to an intervention or project',
      description: 'The plan’s managers, or a co-author for their own part.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: itemParams,
        body: { content: { 'application/json': { schema: inputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new line; its ETag for later changes',
          content: { 'application/json': { schema: budgetLineSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: problem('Goals and action lines have no budget lines of their own'),
      },
    }),
    async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const line = await createBudgetLine(serviceContext(c.get('rc')), planId, itemId, c.req.valid('json'));
      return c.json(lineJson(line), 201, { Location: lineHref(line), ETag: etagOf(line) });
    },
  );

  /** The line, when it belongs to the item in the path (else 404). */
  const lineOf = async (c: Context<HonoEnv>, p: z.infer<typeof lineParams>) => {
    const line = await getBudgetLine(serviceContext(c.get('rc')), p.planId, p.lineId);
    if (line.itemId !== p.itemId) throw new NotFoundError('plan_budget_line');
    return line;
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{lineId}`,
      tags,
      summary: 'One budget line',
      request: { params: lineParams },
      responses: {
        200: {
          description: 'The line; the ETag is its version (for If-Match)',
          headers: { ETag: { schema: { type: 'string' }, description: 'The line’s version, quoted.' } },
          content: { 'application/json': { schema: budgetLineSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const line = await lineOf(c, c.req.valid('param'));
      return c.json(lineJson(line), 200, { ETag: etagOf(line) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{lineId}`,
      tags,
      summary: 'Change a budget line (only the fields sent)',
      description:
        'Name the version the change starts from with If-Match (412 when it moved on) or with version in the body (409 when it moved on).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: lineParams,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: patchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed line',
          content: { 'application/json': { schema: budgetLineSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: problem('Someone changed the line since the version in the body'),
        412: problem('If-Match does not match the line’s version'),
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = ifMatchVersion(c.req.valid('header')['if-match']);
      await lineOf(c, p);
      if (expected === null) return preconditionFailed(c);
      const version = expected ?? body.version;
      if (version === undefined)
        throw new ValidationError([{ field: 'version', key: 'validation.required' }]);
      try {
        const line = await updateBudgetLine(serviceContext(c.get('rc')), p.planId, p.lineId, {
          ...body,
          version,
        });
        return c.json(lineJson(line), 200, { ETag: etagOf(line) });
      } catch (error) {
        if (expected !== undefined && error instanceof BudgetLineConflictError) return preconditionFailed(c);
        throw error;
      }
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{lineId}`,
      tags,
      summary: 'Remove a budget line',
      description: 'With If-Match only when nobody changed it since (412 otherwise).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: lineParams, headers: ifMatchHeader },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        412: problem('If-Match does not match the line’s version'),
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const expected = ifMatchVersion(c.req.valid('header')['if-match']);
      await lineOf(c, p);
      if (expected === null) return preconditionFailed(c);
      try {
        await deleteBudgetLine(serviceContext(c.get('rc')), p.planId, p.lineId, expected);
      } catch (error) {
        if (expected !== undefined && error instanceof BudgetLineConflictError) return preconditionFailed(c);
        throw error;
      }
      return c.body(null, 204);
    },
  );

  const programmeQuery = z.object({
    year: programmeFinancesInput.shape.year.openapi({
      description: 'Only lines of this budget year.',
      example: 2026,
    }),
    areaCode: z
      .string()
      .trim()
      .max(20)
      .optional()
      .openapi({ description: 'Only plans of this area and the areas inside it.', example: 'WK999902' }),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/programme/finances',
      tags,
      summary: 'The programme’s finances: every project with money, and the share from other sources',
      description:
        'Over the plans the caller may read; for the programme office (administrators, coordinators) and area officers.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: programmeQuery },
      responses: {
        200: {
          description: 'Projects and totals',
          content: { 'application/json': { schema: programmeFinancesSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const f = await getProgrammeFinances(serviceContext(c.get('rc')), c.req.valid('query'));
      return c.json(
        {
          year: f.year,
          areaCode: f.areaCode,
          summary: summaryJson(f.summary),
          projects: f.projects.map((p) => ({
            plan: p.plan,
            item: itemRefJson(p.item),
            summary: summaryJson(p.summary),
          })),
          years: f.years,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/programme/finances/budget-lines.csv',
      tags,
      summary: 'Every budget line of the programme as CSV, for the finance department',
      description:
        'The same filters and access as /programme/finances. UTF-8 with BOM, semicolons, amounts in euros (decimal comma in Dutch, point with Accept-Language en).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { query: programmeQuery },
      responses: {
        200: {
          description: 'CSV (text/csv; header=present)',
          content: { 'text/csv': { schema: z.string() } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const rc = c.get('rc');
      const csv = await budgetLinesCsv(serviceContext(rc), c.req.valid('query'), rc.locale);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'attachment; filename="begrotingsregels.csv"',
      }) as never;
    },
  );
}
