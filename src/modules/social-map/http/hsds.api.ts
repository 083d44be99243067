import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { problemResponses } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import {
  type HsdsQuery,
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

const actorOf = (c: Context<HonoEnv>) => c.get('rc').actor;

type Query = Record<string, unknown>;

export function registerHsdsApi(api: Api, ctx: AppContext): void {
  api.use('/hsds', publicGetCors);
  api.use('/hsds/*', publicGetCors);

  /** GET /hsds/<plural>: an HSDS Page. */
  const list = (
    plural: string,
    operationId: string,
    summary: string,
    query: z.ZodObject,
    page: z.ZodType,
    run: (actor: Actor, q: Query) => Promise<unknown>,
  ) =>
    api.openapi(
      createRoute({
        method: 'get',
        path: `/hsds/${plural}`,
        tags,
        operationId,
        summary,
        request: { query },
        responses: { 200: json(`A page of ${plural}`, page), 400: problemResponses[400] },
      }),
      async (c) => c.json((await run(actorOf(c), c.req.valid('query') as Query)) as never, 200),
    );

  /** GET /hsds/<plural>/{id}: one record, or a 404 problem. */
  const one = (
    plural: string,
    what: string,
    operationId: string,
    summary: string,
    schema: z.ZodType,
    run: (actor: Actor, id: string, q: Query) => Promise<unknown>,
    query: z.ZodObject = z.object({}),
  ) =>
    api.openapi(
      createRoute({
        method: 'get',
        path: `/hsds/${plural}/{id}`,
        tags,
        operationId,
        summary,
        request: { params: idParam(what), query },
        responses: {
          200: json(`The ${what}`, schema),
          400: problemResponses[400],
          404: problemResponses[404],
        },
      }),
      async (c) => {
        const record = await run(actorOf(c), c.req.valid('param').id, c.req.valid('query') as Query);
        if (record === null) throw new NotFoundError(what);
        return c.json(record as never, 200);
      },
    );

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

  const paging = { page: p.page, per_page: p.per_page, format: p.format };
  const serviceFilters = {
    taxonomy_term_id: p.taxonomy_term_id,
    taxonomy_id: p.taxonomy_id,
    organization_id: p.organization_id,
    modified_after: p.modified_after,
  };

  list(
    'services',
    'getPaginatedListOfServices',
    'Paginated list of services (offerings, activities, groups); full=false drops nested lists',
    z.object({ search: p.search, ...paging, ...serviceFilters, full: p.full }),
    pageOf('HsdsServicePage', serviceSchema),
    (actor, q) => hsdsServices(ctx.db, actor, q as HsdsQuery),
  );
  one(
    'services',
    'service',
    'getFullyNestedServiceById',
    'A fully nested service',
    serviceSchema,
    (actor, id) => hsdsService(ctx.db, actor, id),
  );

  list(
    'organizations',
    'getPaginatedListOfOrganizations',
    'Paginated list of organizations that offer something public on the social map',
    z.object({ search: p.search, full_service: p.full_service, full: p.full, ...paging }),
    pageOf('HsdsOrganizationPage', organizationSchema),
    (actor, q) => hsdsOrganizations(ctx.db, actor, q as HsdsQuery),
  );
  one(
    'organizations',
    'organization',
    'getOrganizationById',
    'An organization with its services (basic, or full with full_service=true)',
    organizationSchema,
    (actor, id, q) => hsdsOrganization(ctx.db, actor, id, q as HsdsQuery),
    z.object({ full_service: p.full_service }),
  );

  list(
    'service_at_locations',
    'getPaginatedListOfServiceAtLocation',
    'Paginated list of service_at_locations (full=true adds the service)',
    z.object({ search: p.search, ...serviceFilters, full: p.full, ...paging }),
    pageOf('HsdsServiceAtLocationPage', salSchema),
    (actor, q) => hsdsServiceAtLocations(ctx.db, actor, q as HsdsQuery),
  );
  one(
    'service_at_locations',
    'service_at_location',
    'getServiceAtLocationWithNestedDataById',
    'A service_at_location with its location and service',
    salSchema,
    (actor, id) => hsdsServiceAtLocation(ctx.db, actor, id),
  );

  list(
    'taxonomies',
    'getPaginatedListOfTaxonomies',
    'Paginated list of taxonomies (themes, target groups, ABCD categories)',
    z.object({ search: p.search, ...paging }),
    pageOf('HsdsTaxonomyPage', taxonomySchema),
    (actor, q) => hsdsTaxonomies(ctx.db, actor, q as HsdsQuery),
  );
  one('taxonomies', 'taxonomy', 'getTaxonomyById', 'A taxonomy', taxonomySchema, async (actor, id) =>
    hsdsTaxonomy(actor, id),
  );

  list(
    'taxonomy_terms',
    'getPaginatedListOfTaxonomyTerms',
    'Paginated list of taxonomy terms (a flat list: every term is a top term)',
    z.object({
      search: p.search,
      ...paging,
      taxonomy_id: p.taxonomy_id,
      top_only: bool.openapi({ type: 'boolean', description: 'Only terms without a parent (all of ours).' }),
      parent_id: z
        .string()
        .max(200)
        .optional()
        .openapi({ description: 'Terms with this parent (ours have none: an empty page).' }),
    }),
    pageOf('HsdsTaxonomyTermPage', termSchema),
    (actor, q) => hsdsTaxonomyTerms(ctx.db, actor, q as HsdsQuery),
  );
  one('taxonomy_terms', 'taxonomy_term', 'getTaxonomyTermById', 'A taxonomy term', termSchema, (actor, id) =>
    hsdsTaxonomyTerm(ctx.db, actor, id),
  );
}
