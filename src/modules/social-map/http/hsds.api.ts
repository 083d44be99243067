import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import {
  hsdsOrganization,
  hsdsOrganizations,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceAtLocations,
  hsdsServices,
  hsdsTaxonomies,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
  hsdsTaxonomyTerms,
} from '../hsds/hsds-api.ts';
import { publicGetCors } from './exports.api.ts';

// The social map as an Open Referral HSDS 3.0 API under /api/v1/hsds, with the paths, the
// snake_case query parameters and the paginated Page objects of the official HSDS OpenAPI, so
// HSDS tools work unchanged (decision 009). Public data only, readable from any origin.

const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

const tags = ['HSDS 3.0'];

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const p = {
  search: z.string().trim().max(200).optional().openapi({ description: 'Full text search.' }),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .default(1)
    .openapi({ description: 'Page number of paginated result.' }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: 'Number of results requested in a single page (1–200).' }),
  format: z
    .enum(['json'])
    .optional()
    .openapi({ description: 'Only `json` (the default); ndjson streaming is not offered.' }),
  taxonomy_term_id: z
    .uuid()
    .optional()
    .openapi({ description: 'Search for services with particular taxonomy_term.' }),
  taxonomy_id: z
    .uuid()
    .optional()
    .openapi({ description: 'Search for services which contain any term with this taxonomy.' }),
  organization_id: z
    .uuid()
    .optional()
    .openapi({ description: 'Only services that this organization provides.' }),
  modified_after: z.coerce
    .date()
    .optional()
    .openapi({ type: 'string', format: 'date-time', description: 'Modified on or after this datetime.' }),
  full: bool.openapi({ type: 'boolean', description: 'Return fully nested records.' }),
  full_service: bool.openapi({
    type: 'boolean',
    description: 'Organizations with a service array of full services.',
  }),
};

const hsdsRecord = (name: string, schema: string) =>
  z
    .record(z.string(), z.unknown())
    .openapi(name, { description: `HSDS 3.0 ${schema}: ${HSDS_SCHEMA_BASE}/${schema}` });

const serviceSchema = hsdsRecord('HsdsService', 'compiled/service.json');
const organizationSchema = hsdsRecord('HsdsOrganization', 'compiled/organization.json');
const salSchema = hsdsRecord('HsdsServiceAtLocation', 'compiled/service_at_location.json');
const taxonomySchema = hsdsRecord('HsdsTaxonomy', 'taxonomy.json');
const termSchema = hsdsRecord('HsdsTaxonomyTerm', 'taxonomy_term.json');

function pageOf(name: string, item: z.ZodType) {
  return z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int(),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .openapi(name, { description: 'An HSDS Page object with its contents.' });
}

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

const idParam = (what: string) =>
  z.object({
    id: z
      .string()
      .max(100)
      .openapi({ param: { name: 'id', in: 'path' }, description: `The id of the ${what}.` }),
  });

/** The record, or a 404 problem. */
function found<T>(value: T | null, type: string): T {
  if (value === null) throw new NotFoundError(type);
  return value;
}

const actorOf = (c: Context<HonoEnv>) => c.get('rc').actor;

export function registerHsdsApi(api: Api, ctx: AppContext): void {
  api.use('/hsds', publicGetCors);
  api.use('/hsds/*', publicGetCors);

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds',
      tags,
      operationId: 'getAPIMetaInformation',
      summary: 'Information about this HSDS API (the HSDS root; without a trailing slash)',
      responses: {
        200: json(
          'The HSDS version, profile and OpenAPI document of this API',
          z
            .object({
              version: z.string(),
              profile: z.string(),
              openapi_url: z.string(),
            })
            .openapi('HsdsMeta'),
        ),
      },
    }),
    (c) => {
      const origin = new URL(c.req.url).origin;
      return c.json(
        {
          version: '3.0',
          profile: 'https://docs.openreferral.org/en/latest/hsds/',
          openapi_url: `${origin}/api/v1/openapi.json`,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/services',
      tags,
      operationId: 'getPaginatedListOfServices',
      summary: 'Paginated list of services (offerings, activities, groups); full=false drops nested lists',
      request: {
        query: z.object({
          search: p.search,
          page: p.page,
          per_page: p.per_page,
          format: p.format,
          taxonomy_term_id: p.taxonomy_term_id,
          taxonomy_id: p.taxonomy_id,
          organization_id: p.organization_id,
          modified_after: p.modified_after,
          full: p.full,
        }),
      },
      responses: {
        200: json('A page of services', pageOf('HsdsServicePage', serviceSchema)),
        400: problemResponses[400],
      },
    }),
    async (c) => c.json(await hsdsServices(ctx.db, actorOf(c), c.req.valid('query')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/services/{id}',
      tags,
      operationId: 'getFullyNestedServiceById',
      summary: 'A fully nested service',
      request: { params: idParam('service') },
      responses: { 200: json('The service', serviceSchema), 404: problemResponses[404] },
    }),
    async (c) =>
      c.json(found(await hsdsService(ctx.db, actorOf(c), c.req.valid('param').id), 'service'), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/organizations',
      tags,
      operationId: 'getPaginatedListOfOrganizations',
      summary: 'Paginated list of organizations that offer something public on the social map',
      request: {
        query: z.object({
          search: p.search,
          full_service: p.full_service,
          full: p.full,
          page: p.page,
          per_page: p.per_page,
          format: p.format,
        }),
      },
      responses: {
        200: json('A page of organizations', pageOf('HsdsOrganizationPage', organizationSchema)),
        400: problemResponses[400],
      },
    }),
    async (c) => c.json(await hsdsOrganizations(ctx.db, actorOf(c), c.req.valid('query')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/organizations/{id}',
      tags,
      operationId: 'getOrganizationById',
      summary: 'An organization with its services (basic, or full with full_service=true)',
      request: { params: idParam('organization'), query: z.object({ full_service: p.full_service }) },
      responses: {
        200: json('The organization', organizationSchema),
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const org = await hsdsOrganization(ctx.db, actorOf(c), c.req.valid('param').id, c.req.valid('query'));
      return c.json(found(org, 'organisation'), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/service_at_locations',
      tags,
      operationId: 'getPaginatedListOfServiceAtLocation',
      summary: 'Paginated list of service_at_locations (full=true adds the service)',
      request: {
        query: z.object({
          search: p.search,
          taxonomy_term_id: p.taxonomy_term_id,
          taxonomy_id: p.taxonomy_id,
          organization_id: p.organization_id,
          modified_after: p.modified_after,
          full: p.full,
          page: p.page,
          per_page: p.per_page,
          format: p.format,
        }),
      },
      responses: {
        200: json('A page of service_at_locations', pageOf('HsdsServiceAtLocationPage', salSchema)),
        400: problemResponses[400],
      },
    }),
    async (c) => c.json(await hsdsServiceAtLocations(ctx.db, actorOf(c), c.req.valid('query')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/service_at_locations/{id}',
      tags,
      operationId: 'getServiceAtLocationWithNestedDataById',
      summary: 'A service_at_location with its location and service',
      request: { params: idParam('service_at_location') },
      responses: { 200: json('The service_at_location', salSchema), 404: problemResponses[404] },
    }),
    async (c) => {
      const sal = await hsdsServiceAtLocation(ctx.db, actorOf(c), c.req.valid('param').id);
      return c.json(found(sal, 'service_at_location'), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/taxonomies',
      tags,
      operationId: 'getPaginatedListOfTaxonomies',
      summary: 'Paginated list of taxonomies (themes, target groups, ABCD categories)',
      request: {
        query: z.object({ search: p.search, page: p.page, per_page: p.per_page, format: p.format }),
      },
      responses: {
        200: json('A page of taxonomies', pageOf('HsdsTaxonomyPage', taxonomySchema)),
        400: problemResponses[400],
      },
    }),
    async (c) => c.json(await hsdsTaxonomies(ctx.db, actorOf(c), c.req.valid('query')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/taxonomies/{id}',
      tags,
      operationId: 'getTaxonomyById',
      summary: 'A taxonomy',
      request: { params: idParam('taxonomy') },
      responses: { 200: json('The taxonomy', taxonomySchema), 404: problemResponses[404] },
    }),
    (c) => c.json(found(hsdsTaxonomy(actorOf(c), c.req.valid('param').id), 'taxonomy'), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/taxonomy_terms',
      tags,
      operationId: 'getPaginatedListOfTaxonomyTerms',
      summary: 'Paginated list of taxonomy terms (a flat list: every term is a top term)',
      request: {
        query: z.object({
          search: p.search,
          page: p.page,
          per_page: p.per_page,
          format: p.format,
          taxonomy_id: p.taxonomy_id,
          top_only: bool.openapi({
            type: 'boolean',
            description: 'Only terms without a parent (all of ours).',
          }),
          parent_id: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'Terms with this parent (ours have none: an empty page).' }),
        }),
      },
      responses: {
        200: json('A page of taxonomy terms', pageOf('HsdsTaxonomyTermPage', termSchema)),
        400: problemResponses[400],
      },
    }),
    async (c) => c.json(await hsdsTaxonomyTerms(ctx.db, actorOf(c), c.req.valid('query')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/hsds/taxonomy_terms/{id}',
      tags,
      operationId: 'getTaxonomyTermById',
      summary: 'A taxonomy term',
      request: { params: idParam('taxonomy term') },
      responses: { 200: json('The taxonomy term', termSchema), 404: problemResponses[404] },
    }),
    async (c) => {
      const term = await hsdsTaxonomyTerm(ctx.db, actorOf(c), c.req.valid('param').id);
      return c.json(found(term, 'taxonomy_term'), 200);
    },
  );
}
