import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { locales } from '../../i18n/i18n.ts';
import { assignRole } from '../../people/assign-role.ts';
import { createPerson } from '../../people/create-person.ts';
import { getPerson } from '../../people/get-person.ts';
import { listPeople } from '../../people/list-people.ts';
import type { Person, RoleAssignment } from '../../people/person.ts';
import { removeRole } from '../../people/remove-role.ts';
import { personStatuses, updatePerson } from '../../people/update-person.ts';
import { roles } from '../../permissions/actor.ts';
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

export const roleAssignmentSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(roles),
    area: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'The area the role covers (with everything below it).' }),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
  })
  .openapi('RoleAssignment');

export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    locale: z.enum(locales),
    status: z.enum(personStatuses),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    roles: z.array(roleAssignmentSchema),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('Person');

const roleInputSchema = z
  .object({
    role: z.enum(roles),
    areaCode: z.string().max(20).optional().openapi({
      description: 'Required for area_officer; optional for partner and resident.',
      example: 'WK999901',
    }),
    organisationId: z
      .string()
      .max(60)
      .optional()
      .openapi({ description: 'A department for department_officer; a partner organisation for partner.' }),
  })
  .openapi('RoleAssignmentInput');

const personInputSchema = z
  .object({
    name: z.string().max(200).openapi({ example: 'Sanne de Vries' }),
    email: z.string().max(320).openapi({ example: 'sanne.devries@voorbeeld.example' }),
    password: z.string().max(200).optional().openapi({
      description:
        'A temporary password (at least 12 characters). Without one, the person is e-mailed a link to set their own.',
    }),
    locale: z.enum(locales).optional(),
    role: z.enum(roles).optional().openapi({
      description: 'Optionally a first role, with areaCode / organisationId as for POST /people/{id}/roles.',
    }),
    areaCode: z.string().max(20).optional(),
    organisationId: z.string().max(60).optional(),
  })
  .openapi('PersonInput');

const personPatchSchema = z
  .object({
    name: z.string().max(200).optional(),
    locale: z.enum(locales).optional(),
    status: z
      .enum(personStatuses)
      .optional()
      .openapi({ description: 'Administrators only. Disabling signs the person out everywhere.' }),
  })
  .openapi('PersonPatch');

const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const cursorSchema = z.object({ name: z.string(), id: z.uuid() });

function roleJson(r: RoleAssignment) {
  return {
    id: r.id,
    role: r.role,
    area: r.area ? { code: r.area.code, name: r.area.name } : null,
    organisation: r.organisation
      ? { id: r.organisation.id, name: r.organisation.name, kind: r.organisation.kind }
      : null,
  };
}

export function personJson(p: Person) {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    locale: p.locale,
    status: p.status,
    lastSignInAt: p.lastSignInAt,
    createdAt: p.createdAt,
    roles: p.roles.map(roleJson),
    _links: { self: { href: `/api/v1/people/${p.id}` } },
  };
}

export function registerPeopleRoutes(api: Api, ctx: AppContext) {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags: ['People'],
      summary: 'List the people with an account, with their roles (administrators and coordinators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        query: z.object({
          q: z
            .string()
            .trim()
            .min(1)
            .max(100)
            .optional()
            .openapi({ description: 'Name or e-mail address contains.' }),
          role: z.enum(roles).optional().openapi({ description: 'Only people with this role.' }),
          ...paginationQuery,
        }),
      },
      responses: {
        200: {
          description: 'A page of people, ordered by name',
          content: {
            'application/json': { schema: z.object({ items: z.array(personSchema), _links: linksSchema }) },
          },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listPeople(ctx.db, c.get('rc').actor, {
        q: q.q,
        role: q.role,
        after: cursorValue(q.cursor, cursorSchema),
        limit: q.limit,
      });
      const next = page.nextCursor ? encodeCursor(page.nextCursor) : null;
      return c.json(
        { items: page.items.map(personJson), _links: pageLinks(c.req.url, next) },
        200,
        linkHeader(c.req.url, next),
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags: ['People'],
      summary: 'Add a person (administrators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: personInputSchema } }, required: true } },
      responses: {
        201: { description: 'The new person', content: { 'application/json': { schema: personSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const p = await createPerson(serviceContext(c.get('rc')), ctx, c.req.valid('json'));
      return c.json(personJson(p), 201, { Location: `/api/v1/people/${p.id}` });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags: ['People'],
      summary: 'One person with their roles (yourself, or anyone for administrators and coordinators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParam },
      responses: {
        200: { description: 'The person', content: { 'application/json': { schema: personSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const p = await getPerson(ctx.db, c.get('rc').actor, c.req.valid('param').id);
      return c.json(personJson(p), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags: ['People'],
      summary: 'Change name, language or status (only the fields sent)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: personPatchSchema } }, required: true },
      },
      responses: {
        200: { description: 'The changed person', content: { 'application/json': { schema: personSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: {
          description: 'Not possible (e.g. disabling the last administrator)',
          content: problemResponses[400].content,
        },
      },
    }),
    async (c) => {
      const p = await updatePerson(serviceContext(c.get('rc')), c.req.valid('param').id, c.req.valid('json'));
      return c.json(personJson(p), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/roles',
      tags: ['People'],
      summary: 'Give a person a role (administrators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: roleInputSchema } }, required: true },
      },
      responses: {
        201: {
          description: 'The new role assignment',
          content: { 'application/json': { schema: roleAssignmentSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await assignRole(serviceContext(c.get('rc')), id, c.req.valid('json'));
      return c.json(roleJson(r), 201, { Location: `/api/v1/people/${id}` });
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}/roles/{roleId}',
      tags: ['People'],
      summary: 'Take a role away (administrators; never the last administrator)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParam.extend({ roleId: z.uuid().openapi({ param: { name: 'roleId', in: 'path' } }) }),
      },
      responses: {
        204: { description: 'Removed' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        422: { description: 'Not possible (the last administrator)', content: problemResponses[400].content },
      },
    }),
    async (c) => {
      const { id, roleId } = c.req.valid('param');
      await removeRole(serviceContext(c.get('rc')), id, roleId);
      return c.body(null, 204);
    },
  );
}
