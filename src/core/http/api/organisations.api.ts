import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { createOrganisation } from '../../organisations/create-organisation.ts';
import { getOrganisation } from '../../organisations/get-organisation.ts';
import { listOrganisations } from '../../organisations/list-organisations.ts';
import { type Organisation, organisationKinds } from '../../organisations/organisation.ts';
import { updateOrganisation } from '../../organisations/update-organisation.ts';
import { serviceContext } from '../request-context.ts';
import type { Api } from './api.ts';
import { bearerAuth, cursorValue, signedIn } from './api-helpers.ts';
import {
  encodeCursor,
  linkHeader,
  linksSchema,
  pageLinks,
  paginationQuery,
  problemResponses,
} from './pagination.ts';

const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    sector: z.string().nullable(),
    description: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    areas: z
      .array(z.object({ code: z.string(), name: z.string() }))
      .openapi({ description: 'The areas the organisation works in.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('Organisation');

// The shape of the input; the service checks the details (formats, areas, unique name) and
// answers with the same problem+json.
const organisationInputSchema = z
  .object({
    name: z.string().max(200).openapi({ example: 'Buurthuis De Linde' }),
    kind: z.enum(organisationKinds),
    sector: z.string().max(100).nullable().optional().openapi({ example: 'welzijn' }),
    description: z.string().max(2000).optional(),
    email: z.string().max(320).nullable().optional().openapi({ example: 'info@delinde.example' }),
    phone: z.string().max(40).nullable().optional(),
    website: z.string().max(500).nullable().optional().openapi({ example: 'https://delinde.example' }),
    areaCodes: z
      .array(z.string().max(20))
      .max(500)
      .optional()
      .openapi({ description: 'Codes of the areas served.', example: ['WK999901'] }),
  })
  .openapi('OrganisationInput');

const organisationPatchSchema = organisationInputSchema.partial().openapi('OrganisationPatch');

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const cursorSchema = z.object({ name: z.string(), id: z.uuid() });

function organisationJson(o: Organisation) {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    sector: o.sector,
    description: o.description,
    email: o.email,
    phone: o.phone,
    website: o.website,
    areas: o.areas.map((a) => ({ code: a.code, name: a.name })),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    _links: { self: { href: `/api/v1/organisations/${o.id}` } },
  };
}

export function registerOrganisationRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      tags: ['Organisations'],
      summary: 'List organisations (departments, partners, resident organisations, informal groups)',
      request: {
        query: z.object({
          q: z
            .string()
            .trim()
            .min(1)
            .max(100)
            .optional()
            .openapi({ description: 'Name contains (accents ignored).' }),
          kind: z.enum(organisationKinds).optional(),
          area: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: 'Only organisations serving this area (code).', example: 'WK999902' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of organisations, ordered by name',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(organisationSchema), _links: linksSchema }),
            },
          },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listOrganisations(ctx.db, c.get('rc').actor, {
        q: q.q,
        kind: q.kind,
        areaCode: q.area,
        after: cursorValue(q.cursor, cursorSchema),
        limit: q.limit,
      });
      const next = page.nextCursor ? encodeCursor(page.nextCursor) : null;
      return c.json(
        { items: page.items.map(organisationJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags: ['Organisations'],
      summary: 'Register an organisation',
      description:
        'Administrators register any organisation; area officers resident organisations and informal groups in their own areas.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: { content: { 'application/json': { schema: organisationInputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new organisation',
          content: { 'application/json': { schema: organisationSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const o = await createOrganisation(serviceContext(c.get('rc')), c.req.valid('json'));
      return c.json(organisationJson(o), 201, { Location: `/api/v1/organisations/${o.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}',
      tags: ['Organisations'],
      summary: 'One organisation',
      request: { params: idParam },
      responses: {
        200: {
          description: 'The organisation',
          content: { 'application/json': { schema: organisationSchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const o = await getOrganisation(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      return c.json(organisationJson(o), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags: ['Organisations'],
      summary: 'Change an organisation (only the fields sent; null or "" clears an optional field)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: organisationPatchSchema } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed organisation',
          content: { 'application/json': { schema: organisationSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const o = await updateOrganisation(
        serviceContext(c.get('rc')),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(organisationJson(o), 200);
    },
  );
}
