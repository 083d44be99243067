import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../core/app-context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import type { Api } from '../../../core/http/api/api.ts';
import { bearerAuth, signedIn } from '../../../core/http/api/api-helpers.ts';
import { problemResponses, problemSchema } from '../../../core/http/api/pagination.ts';
import type { HonoEnv } from '../../../core/http/app.ts';
import { problemResponse, titleFor } from '../../../core/http/problem.ts';
import { serviceContext } from '../../../core/http/request-context.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import type { Category, InitiativeSettings, Kind, RoutingRuleView } from '../config/config.ts';
import { attributeDatatypes } from '../config/config-input.ts';
import '../config/config-i18n.ts';
import { requireConfigStaffRead } from '../config/config-access.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import { getCategory, getKind, listCategories, listKinds } from '../config/list-categories.ts';
import { listRoutingRules, routingTargets, testRoute } from '../config/list-routing-rules.ts';
import {
  getMessageTemplate,
  listMessageTemplates,
  type MessageTemplate,
  previewMessageTemplate,
  resetMessageTemplate,
  saveMessageTemplate,
  templateLocales,
} from '../config/message-templates.ts';
import { residentEvents, residentPlaceholders } from '../config/resident-message.ts';
import { updateInitiativeSettings } from '../config/update-settings.ts';
import { createCategory, updateCategory } from '../config/write-category.ts';
import { createKind, updateKind } from '../config/write-kind.ts';
import {
  createRoutingRule,
  deleteRoutingRule,
  getRoutingRule,
  moveRoutingRule,
  reorderRoutingRules,
  updateRoutingRule,
} from '../config/write-routing-rule.ts';

// Configuration of initiatives and signals under /api/v1/initiatives: kinds, categories (with
// Open311 attributes), routing rules (ordered; move, reorder, and "where would this go?"),
// settings and the texts to residents. Kinds, categories and settings are public to read;
// rules and texts are for staff and partners; only administrators and coordinators change
// anything. Versions: categories, rules and settings carry one (ETag "v<n>"; If-Match → 412,
// version in the body → 409). These lists are short (tens of rows), so they are not paged.

const tags = ['Initiatives configuration'];
const base = '/initiatives';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});
const conflict = problem('Someone changed it since the version in the body');
const precondition = problem('If-Match does not match the current version');

const etagHeader = {
  ETag: { schema: { type: 'string' as const }, description: 'The version, quoted ("v3"), for If-Match.' },
};
const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The ETag of the version the change starts from.' }),
});

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
    detail: translate(locale, 'initiatives.config.error.conflict'),
  });
}

/** The version of a change: If-Match, else the body's; a conflict is a 412 when If-Match named it. */
async function withVersion<T>(
  c: Context<HonoEnv>,
  header: string | undefined,
  bodyVersion: number | undefined,
  run: (version: number) => Promise<T>,
): Promise<T | Response> {
  const expected = ifMatchVersion(header);
  if (expected === null) return preconditionFailed(c);
  const version = expected ?? bodyVersion;
  if (version === undefined) throw new ValidationError([{ field: 'version', key: 'validation.required' }]);
  try {
    return await run(version);
  } catch (error) {
    if (expected !== undefined && error instanceof ConflictError) return preconditionFailed(c);
    throw error;
  }
}

const etag = (version: number) => `"v${version}"`;
const ctxOf = (c: Context<HonoEnv>) => serviceContext(c.get('rc'));
const yesNo = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

// ---- schemas ----

const kindSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    description: z.string(),
    descriptionEn: z.string().nullable(),
    budgetRequest: z.boolean(),
    position: z.number().int(),
    active: z.boolean(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeKind');

const attributeSchema = z
  .object({
    code: z.string().openapi({ example: 'tegel_soort' }),
    datatype: z.enum(attributeDatatypes),
    required: z.boolean(),
    description: z.string(),
    descriptionEn: z.string().nullable().optional(),
    values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
  })
  .openapi('InitiativeCategoryAttribute', {
    description: 'An extra question (an Open311 service-definition attribute).',
  });

const categorySchema = z
  .object({
    id: z.uuid(),
    kindId: z.uuid(),
    kindCode: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    help: z.string(),
    helpEn: z.string().nullable(),
    nextSteps: z.string(),
    nextStepsEn: z.string().nullable(),
    ownerOrganisation: z.object({ id: z.uuid(), name: z.string() }),
    handlingDays: z.number().int(),
    dayType: z.enum(['working', 'calendar']),
    keywords: z.array(z.string()),
    attributes: z.array(attributeSchema),
    onPublicMap: z.boolean(),
    active: z.boolean(),
    position: z.number().int(),
    budgetRequest: z.boolean().openapi({ description: 'From the kind: items may ask for budget money.' }),
    version: z.number().int(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeCategory');

const ruleSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int().openapi({ description: '1 is tried first.' }),
    kind: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    category: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    targetOrganisation: z.object({ id: z.uuid(), name: z.string() }),
    targetPerson: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    note: z.string(),
    active: z.boolean(),
    version: z.number().int(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('InitiativeRoutingRule', { description: 'A null condition matches anything.' });

const settingsSchema = z
  .object({
    liberationDayOff: z.boolean(),
    escalationWorkingDays: z.number().int(),
    reopenDays: z.number().int(),
    retentionDays: z.number().int(),
    publicMap: z.boolean(),
    version: z.number().int().openapi({ description: '0 while never saved (the defaults apply).' }),
    updatedAt: z.string().nullable(),
  })
  .openapi('InitiativeSettings');

const residentTextSchema = z.object({ subject: z.string(), body: z.string() }).openapi('ResidentText');

const templateSchema = z
  .object({
    event: z.enum(residentEvents),
    locale: z.enum(templateLocales),
    subject: z.string(),
    body: z.string(),
    custom: z
      .boolean()
      .openapi({ description: 'The municipality has its own text (else the built-in one).' }),
    builtIn: residentTextSchema,
    updatedAt: z.string().nullable(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('ResidentMessageTemplate', {
    description: `Placeholders: ${residentPlaceholders.map((p) => `{${p}}`).join(' ')}.`,
  });

const routeTestSchema = z
  .object({
    category: z.object({ id: z.uuid(), name: z.string(), kindId: z.uuid() }),
    area: z.object({ code: z.string(), name: z.string() }),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    rule: ruleSchema.nullable().openapi({ description: 'null: no rule matched; the category’s owner.' }),
  })
  .openapi('InitiativeRouteTest');

// Bodies: types checked here (400 with invalidParams), the rest by the services.
const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => z.string().max(max).nullable();
const attributeBody = z.object({
  code: text(40),
  datatype: z.enum(attributeDatatypes),
  required: z.boolean().optional(),
  description: text(300),
  descriptionEn: nullableText(300).optional(),
  values: z
    .array(z.object({ key: text(60), name: text(120) }))
    .max(50)
    .optional(),
});

const kindBody = z
  .object({
    code: text(40),
    name: text(100),
    nameEn: nullableText(100).optional(),
    description: text(1000).optional(),
    descriptionEn: nullableText(1000).optional(),
    budgetRequest: z.boolean().optional(),
    position: z.number().int().optional(),
    active: z.boolean().optional(),
  })
  .openapi('InitiativeKindInput');
const kindPatch = kindBody.omit({ code: true }).partial().openapi('InitiativeKindPatch');

const categoryFields = {
  kindId: z.uuid(),
  name: text(120),
  nameEn: nullableText(120).optional(),
  help: text(2000).optional(),
  helpEn: nullableText(2000).optional(),
  nextSteps: text(2000).optional(),
  nextStepsEn: nullableText(2000).optional(),
  ownerOrganisationId: z.uuid(),
  handlingDays: z.number().int(),
  dayType: z.enum(['working', 'calendar']).optional(),
  keywords: z.array(text(40)).max(30).optional(),
  attributes: z.array(attributeBody).max(20).optional(),
  onPublicMap: z.boolean().optional(),
  active: z.boolean().optional(),
  position: z.number().int().optional(),
};
const categoryBody = z.object({ code: text(60), ...categoryFields }).openapi('InitiativeCategoryInput');
const categoryPatch = z
  .object(categoryFields)
  .partial()
  .extend({
    version: z.number().int().min(1).optional().openapi({ description: 'As read; or send If-Match.' }),
  })
  .openapi('InitiativeCategoryPatch');

const ruleFields = {
  kindId: z.uuid().nullable().optional(),
  categoryId: z.uuid().nullable().optional(),
  areaCode: z.string().max(40).nullable().optional().openapi({ description: 'The rule covers its subtree.' }),
  targetOrganisationId: z.uuid(),
  targetPersonId: z.uuid().nullable().optional(),
  note: text(500).optional(),
  active: z.boolean().optional(),
};
const ruleBody = z.object(ruleFields).openapi('InitiativeRoutingRuleInput');
const rulePatch = z
  .object(ruleFields)
  .partial()
  .extend({ version: z.number().int().min(1).optional() })
  .openapi('InitiativeRoutingRulePatch');

const settingsBody = z
  .object({
    liberationDayOff: z.boolean().optional(),
    escalationWorkingDays: z.number().int().optional(),
    reopenDays: z.number().int().optional(),
    retentionDays: z.number().int().optional(),
    publicMap: z.boolean().optional(),
    version: z.number().int().min(0).optional().openapi({ description: 'As read (0: never saved).' }),
  })
  .openapi('InitiativeSettingsInput');

const templateBody = z
  .object({ subject: text(200), body: text(5000) })
  .openapi('ResidentMessageTemplateInput');

const idParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const templateParams = z.object({
  event: z.enum(residentEvents).openapi({ param: { name: 'event', in: 'path' } }),
  locale: z.enum(templateLocales).openapi({ param: { name: 'locale', in: 'path' } }),
});

// ---- JSON ----

const kindJson = (k: Kind) => ({ ...k, _links: { self: { href: `/api/v1${base}/kinds/${k.id}` } } });
const categoryJson = (cat: Category) => {
  const { ownerOrganisationId, ownerOrganisationName, ...rest } = cat;
  return {
    ...rest,
    attributes: cat.attributes.map((a) => ({ ...a, descriptionEn: a.descriptionEn ?? null })),
    ownerOrganisation: { id: ownerOrganisationId, name: ownerOrganisationName },
    _links: { self: { href: `/api/v1${base}/categories/${cat.id}` } },
  };
};
const ruleJson = (r: RoutingRuleView) => ({
  id: r.id,
  position: r.position,
  kind: r.kindId ? { id: r.kindId, name: r.kindName ?? '' } : null,
  category: r.categoryId ? { id: r.categoryId, name: r.categoryName ?? '' } : null,
  area: r.areaCode ? { code: r.areaCode, name: r.areaName ?? '' } : null,
  targetOrganisation: { id: r.targetOrganisationId, name: r.targetOrganisationName },
  targetPerson: r.targetPersonId ? { id: r.targetPersonId, name: r.targetPersonName ?? '' } : null,
  note: r.note,
  active: r.active,
  version: r.version,
  _links: { self: { href: `/api/v1${base}/routing-rules/${r.id}` } },
});
const settingsJson = (s: InitiativeSettings) => ({ ...s });
const templateJson = (tpl: MessageTemplate) => ({
  ...tpl,
  _links: { self: { href: `/api/v1${base}/message-templates/${tpl.event}/${tpl.locale}` } },
});

export function registerConfigApi(api: Api, ctx: AppContext): void {
  // ---- kinds ----

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/kinds`,
      tags,
      summary: 'Kinds of items (idea, initiative, signal, question …) in order',
      request: {
        query: z.object({
          includeInactive: yesNo.openapi({ description: 'Also kinds that are switched off.' }),
        }),
      },
      responses: {
        200: {
          description: 'The kinds',
          content: { 'application/json': { schema: z.object({ items: z.array(kindSchema) }) } },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const { includeInactive } = c.req.valid('query');
      const kinds = await listKinds(ctx.db, c.get('rc').actor.municipalityId, {
        activeOnly: !includeInactive,
      });
      return c.json({ items: kinds.map(kindJson) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/kinds`,
      tags,
      summary: 'Add a kind (administrators, coordinators)',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: kindBody } }, required: true } },
      responses: {
        201: { description: 'The new kind', content: { 'application/json': { schema: kindSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const kind = await createKind(ctxOf(c), c.req.valid('json'));
      return c.json(kindJson(kind), 201, { Location: kindJson(kind)._links.self.href });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/kinds/{id}`,
      tags,
      summary: 'One kind',
      request: { params: idParams },
      responses: {
        200: { description: 'The kind', content: { 'application/json': { schema: kindSchema } } },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const kind = await getKind(ctx.db, c.get('rc').actor.municipalityId, c.req.valid('param').id);
      if (!kind) throw new NotFoundError('initiative_kind');
      return c.json(kindJson(kind), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/kinds/{id}`,
      tags,
      summary: 'Change a kind (only the fields sent; the code stays)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParams,
        body: { content: { 'application/json': { schema: kindPatch } }, required: true },
      },
      responses: {
        200: { description: 'The changed kind', content: { 'application/json': { schema: kindSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) =>
      c.json(kindJson(await updateKind(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  // ---- categories ----

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/categories`,
      tags,
      summary: 'Categories in order (by kind, then position)',
      request: {
        query: z.object({
          kindId: z.uuid().optional().openapi({ description: 'Only the categories of this kind.' }),
          includeInactive: yesNo.openapi({
            description: 'Also categories (and kinds) that are switched off.',
          }),
        }),
      },
      responses: {
        200: {
          description: 'The categories',
          content: { 'application/json': { schema: z.object({ items: z.array(categorySchema) }) } },
        },
        400: problemResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await listCategories(ctx.db, c.get('rc').actor.municipalityId, {
        activeOnly: !q.includeInactive,
        kindId: q.kindId,
      });
      return c.json({ items: list.map(categoryJson) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/categories`,
      tags,
      summary: 'Add a category (administrators, coordinators)',
      description: 'The owner is a department, team or partner organisation; the code is fixed once made.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: categoryBody } }, required: true } },
      responses: {
        201: {
          description: 'The new category',
          headers: etagHeader,
          content: { 'application/json': { schema: categorySchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const cat = await createCategory(ctxOf(c), c.req.valid('json'));
      const json = categoryJson(cat);
      return c.json(json, 201, { Location: json._links.self.href, ETag: etag(cat.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/categories/{id}`,
      tags,
      summary: 'One category',
      request: { params: idParams },
      responses: {
        200: {
          description: 'The category',
          headers: etagHeader,
          content: { 'application/json': { schema: categorySchema } },
        },
        400: problemResponses[400],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const cat = await getCategory(ctx.db, c.get('rc').actor.municipalityId, c.req.valid('param').id);
      if (!cat) throw new NotFoundError('initiative_category');
      return c.json(categoryJson(cat), 200, { ETag: etag(cat.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/categories/{id}`,
      tags,
      summary: 'Change a category (only the fields sent)',
      description: 'Name the version with If-Match (412 when it moved on) or version in the body (409).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParams,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: categoryPatch } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed category',
          headers: etagHeader,
          content: { 'application/json': { schema: categorySchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
        412: precondition,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const out = await withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        updateCategory(ctxOf(c), id, { ...body, version }),
      );
      if (out instanceof Response) return out as never;
      return c.json(categoryJson(out), 200, { ETag: etag(out.version) });
    },
  );

  // ---- routing rules ----

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/routing-rules`,
      tags,
      summary: 'The routing rules in order (first match wins), for staff and partners',
      security: bearerAuth,
      middleware: [signedIn],
      responses: {
        200: {
          description: 'The rules',
          content: { 'application/json': { schema: z.object({ items: z.array(ruleSchema) }) } },
        },
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => c.json({ items: (await listRoutingRules(ctxOf(c))).map(ruleJson) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/routing-rules`,
      tags,
      summary: 'Add a routing rule at the end (administrators, coordinators)',
      description:
        'The target person, when given, must belong to the target organisation; a category must belong to the kind when both are given.',
      security: bearerAuth,
      middleware: [signedIn],
      request: { body: { content: { 'application/json': { schema: ruleBody } }, required: true } },
      responses: {
        201: {
          description: 'The new rule',
          headers: etagHeader,
          content: { 'application/json': { schema: ruleSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const rule = await createRoutingRule(ctxOf(c), c.req.valid('json'));
      const json = ruleJson(rule);
      return c.json(json, 201, { Location: json._links.self.href, ETag: etag(rule.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/routing-rules/test`,
      tags,
      summary: 'Where would an item go? (writes nothing)',
      description:
        'The same routing as a real submission for a category and an area: the organisation, the person and the rule that decided (null: the category’s owner).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ categoryId: z.uuid(), areaCode: z.string().min(1).max(40) })
                .openapi('InitiativeRouteTestInput'),
            },
          },
          required: true,
        },
      },
      responses: {
        200: { description: 'Where it goes', content: { 'application/json': { schema: routeTestSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const r = await testRoute(ctxOf(c), c.req.valid('json'));
      return c.json({ ...r, rule: r.rule ? ruleJson(r.rule) : null }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: `${base}/routing-rules/order`,
      tags,
      summary: 'Put all rules in a new order',
      description: 'ruleIds names every rule exactly once, first to be tried first.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({ ruleIds: z.array(z.uuid()).min(1).max(1000) }).openapi('RoutingRuleOrder'),
            },
          },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'The rules in their new order',
          content: { 'application/json': { schema: z.object({ items: z.array(ruleSchema) }) } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) =>
      c.json({ items: (await reorderRoutingRules(ctxOf(c), c.req.valid('json'))).map(ruleJson) }, 200),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/routing-rules/{id}`,
      tags,
      summary: 'One routing rule',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParams },
      responses: {
        200: {
          description: 'The rule',
          headers: etagHeader,
          content: { 'application/json': { schema: ruleSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const context = ctxOf(c);
      requireConfigStaffRead(context.actor);
      const rule = await getRoutingRule(context, c.req.valid('param').id);
      return c.json(ruleJson(rule), 200, { ETag: etag(rule.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/routing-rules/{id}`,
      tags,
      summary: 'Change a routing rule (only the fields sent)',
      description: 'Name the version with If-Match (412) or version in the body (409).',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParams,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: rulePatch } }, required: true },
      },
      responses: {
        200: {
          description: 'The changed rule',
          headers: etagHeader,
          content: { 'application/json': { schema: ruleSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
        412: precondition,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const out = await withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        updateRoutingRule(ctxOf(c), id, { ...body, version }),
      );
      if (out instanceof Response) return out as never;
      return c.json(ruleJson(out), 200, { ETag: etag(out.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/routing-rules/{id}`,
      tags,
      summary: 'Delete a routing rule (items already routed keep their owner)',
      description: 'With If-Match only when nobody changed it since (412 otherwise).',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: idParams, headers: ifMatchHeader },
      responses: {
        204: { description: 'Deleted' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        412: precondition,
      },
    }),
    async (c) => {
      const expected = ifMatchVersion(c.req.valid('header')['if-match']);
      if (expected === null) return preconditionFailed(c) as never;
      try {
        await deleteRoutingRule(ctxOf(c), c.req.valid('param').id, expected);
      } catch (error) {
        if (expected !== undefined && error instanceof ConflictError) return preconditionFailed(c) as never;
        throw error;
      }
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/routing-rules/{id}/moves`,
      tags,
      summary: 'Move a rule one place up (tried earlier) or down',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: idParams,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ direction: z.enum(['up', 'down']), version: z.number().int().min(1).optional() })
                .openapi('RoutingRuleMove'),
            },
          },
          required: true,
        },
      },
      responses: {
        200: {
          description: 'All rules in their new order',
          content: { 'application/json': { schema: z.object({ items: z.array(ruleSchema) }) } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        404: problemResponses[404],
        409: conflict,
      },
    }),
    async (c) =>
      c.json(
        {
          items: (await moveRoutingRule(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))).map(
            ruleJson,
          ),
        },
        200,
      ),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/routing-targets`,
      tags,
      summary: 'Departments, teams and partners a rule can point at, with the people in each',
      security: bearerAuth,
      middleware: [signedIn],
      responses: {
        200: {
          description: 'The targets',
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(
                  z.object({
                    id: z.uuid(),
                    name: z.string(),
                    kind: z.string(),
                    people: z.array(z.object({ id: z.uuid(), name: z.string() })),
                  }),
                ),
              }),
            },
          },
        },
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => c.json({ items: await routingTargets(ctxOf(c)) }, 200),
  );

  // ---- settings ----

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/settings`,
      tags,
      summary: 'The municipality’s settings (the defaults until saved)',
      responses: {
        200: {
          description: 'The settings',
          headers: etagHeader,
          content: { 'application/json': { schema: settingsSchema } },
        },
      },
    }),
    async (c) => {
      const s = await getInitiativeSettings(ctx.db, c.get('rc').actor.municipalityId);
      return c.json(settingsJson(s), 200, { ETag: etag(s.version) });
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/settings`,
      tags,
      summary: 'Change settings (only the fields sent; administrators, coordinators)',
      description: 'Name the version with If-Match ("v0" before the first save) or version in the body.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: settingsBody } }, required: true },
      },
      responses: {
        200: {
          description: 'The new settings',
          headers: etagHeader,
          content: { 'application/json': { schema: settingsSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
        409: conflict,
        412: precondition,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const out = await withVersion(c, c.req.valid('header')['if-match'], body.version, (version) =>
        updateInitiativeSettings(ctxOf(c), { ...body, version }),
      );
      if (out instanceof Response) return out as never;
      return c.json(settingsJson(out), 200, { ETag: etag(out.version) });
    },
  );

  // ---- texts to residents ----

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/message-templates`,
      tags,
      summary: 'The texts residents get, per event and language (own or built-in)',
      security: bearerAuth,
      middleware: [signedIn],
      responses: {
        200: {
          description: 'Every event in both languages',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(templateSchema), placeholders: z.array(z.string()) }),
            },
          },
        },
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) =>
      c.json(
        {
          items: (await listMessageTemplates(ctxOf(c))).map(templateJson),
          placeholders: residentPlaceholders.map((p) => `{${p}}`),
        },
        200,
      ),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `${base}/message-templates/{event}/{locale}`,
      tags,
      summary: 'The text of one event in one language',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: templateParams },
      responses: {
        200: { description: 'The text', content: { 'application/json': { schema: templateSchema } } },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(templateJson(await getMessageTemplate(ctxOf(c), p.event, p.locale)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: `${base}/message-templates/{event}/{locale}`,
      tags,
      summary: 'Set the municipality’s own text for an event and language',
      description: 'Only the known placeholders; the subject is one line.',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: templateParams,
        body: { content: { 'application/json': { schema: templateBody } }, required: true },
      },
      responses: {
        200: {
          description: 'The text now used',
          content: { 'application/json': { schema: templateSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        templateJson(await saveMessageTemplate(ctxOf(c), p.event, p.locale, c.req.valid('json'))),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/message-templates/{event}/{locale}`,
      tags,
      summary: 'Remove the own text: the built-in text applies again',
      security: bearerAuth,
      middleware: [signedIn],
      request: { params: templateParams },
      responses: {
        204: { description: 'Back to the built-in text' },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await resetMessageTemplate(ctxOf(c), p.event, p.locale);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: `${base}/message-templates/{event}/{locale}/preview`,
      tags,
      summary: 'A text as the resident would read it, with example values (writes nothing)',
      security: bearerAuth,
      middleware: [signedIn],
      request: {
        params: templateParams,
        body: { content: { 'application/json': { schema: templateBody } }, required: true },
      },
      responses: {
        200: {
          description: 'The rendered text',
          content: { 'application/json': { schema: residentTextSchema } },
        },
        400: problemResponses[400],
        401: problemResponses[401],
        403: problemResponses[403],
      },
    }),
    async (c) => {
      requireConfigStaffRead(c.get('rc').actor); // staff and partners, like the texts
      return c.json(
        previewMessageTemplate(c.req.valid('param').locale, c.req.valid('json'), ctx.publicUrl),
        200,
      );
    },
  );
}
