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
} from '../../../core/http/api/pagination.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { answerCheck } from '../checks/answer-check.ts';
import { checkStatuses, checkVerdicts, type NeighbourhoodCheck } from '../checks/check.ts';
import { answerCheckInput, createCheckInput } from '../checks/check-input.ts';
import { closeCheck } from '../checks/close-check.ts';
import { createCheck } from '../checks/create-check.ts';
import { getCheck } from '../checks/get-check.ts';
import { listChecks } from '../checks/list-checks.ts';

// The wijktoets: /api/v1/neighbourhood-checks… (internal to the municipality's staff).

const ref = z.object({ id: z.uuid(), name: z.string() }).nullable();

const checkSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    proposal: z.string(),
    question: z.string(),
    requestingOrganisation: ref,
    requestedBy: ref,
    plan: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    answerBy: z.string(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    status: z.enum(checkStatuses),
    areas: z.array(
      z.object({
        area: z.object({ id: z.uuid(), code: z.string(), name: z.string(), path: z.string() }),
        verdict: z.enum(checkVerdicts).nullable(),
        answer: z.string(),
        answeredBy: ref,
        answeredAt: z.string().nullable(),
      }),
    ),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('NeighbourhoodCheck');

const checkIdParam = z.object({ checkId: z.uuid().openapi({ param: { name: 'checkId', in: 'path' } }) });
const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

function checkJson(c: NeighbourhoodCheck) {
  return { ...c, _links: { self: { href: `/api/v1/neighbourhood-checks/${c.id}` } } };
}

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function registerNeighbourhoodCheckRoutes(api: Api, ctx: AppContext): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/neighbourhood-checks',
      tags: ['Neighbourhood checks'],
      summary: 'List wijktoetsen, newest first (municipal staff)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          area: z.string().max(20).optional().openapi({
            description: 'Checks that asked this area, an area in it or around it.',
            example: 'WK999902',
          }),
          planId: z.uuid().optional().openapi({ description: 'Checks about this plan.' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(checkSchema), _links: linksSchema }), 'A page of wijktoetsen'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listChecks(ctx.db, c.get('rc').actor, {
        areaCode: q.area,
        planId: q.planId,
        after: cursorValue(q.cursor, cursorSchema),
        limit: q.limit,
      });
      const next = page.nextCursor ? encodeCursor(page.nextCursor) : null;
      return c.json(
        { items: page.items.map(checkJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/neighbourhood-checks',
      tags: ['Neighbourhood checks'],
      summary: 'Ask the area officers for a wijktoets on a proposed decision or plan',
      description:
        'Department officers ask for their department; coordinators and administrators for any department.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: {
            'application/json': { schema: documented(createCheckInput, 'NeighbourhoodCheckInput') },
          },
          required: true,
        },
      },
      responses: {
        201: json(checkSchema, 'The new wijktoets'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const check = await createCheck(serviceContext(c.get('rc')), c.req.valid('json'));
      return c.json(checkJson(check), 201, { Location: `/api/v1/neighbourhood-checks/${check.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/neighbourhood-checks/{checkId}',
      tags: ['Neighbourhood checks'],
      summary: 'One wijktoets with the answer of every area',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: checkIdParam },
      responses: {
        200: json(checkSchema, 'The wijktoets'),
        400: problemResponses[400],
        401: problemResponses[401],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const check = await getCheck(ctx.db, c.get('rc').actor, c.req.valid('param').checkId);
      return c.json(checkJson(check), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/neighbourhood-checks/{checkId}/answers/{areaCode}',
      tags: ['Neighbourhood checks'],
      summary: 'The answer for one area (its area officers), until the check is closed',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: checkIdParam.extend({
          areaCode: z
            .string()
            .max(20)
            .openapi({ param: { name: 'areaCode', in: 'path' }, example: 'WK999902' }),
        }),
        body: {
          content: {
            'application/json': { schema: documented(answerCheckInput, 'NeighbourhoodCheckAnswer') },
          },
          required: true,
        },
      },
      responses: {
        200: json(checkSchema, 'The wijktoets with the answer'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: { ...problemResponses[400], description: 'The check is closed' },
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const check = await answerCheck(
        serviceContext(c.get('rc')),
        p.checkId,
        p.areaCode,
        c.req.valid('json'),
      );
      return c.json(checkJson(check), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/neighbourhood-checks/{checkId}/close',
      tags: ['Neighbourhood checks'],
      summary: 'Close a wijktoets (the requester, their department, coordinators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: checkIdParam },
      responses: {
        200: json(checkSchema, 'The closed wijktoets'),
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const check = await closeCheck(serviceContext(c.get('rc')), c.req.valid('param').checkId);
      return c.json(checkJson(check), 200);
    },
  );
}
