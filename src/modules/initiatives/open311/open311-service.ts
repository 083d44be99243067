import type { ServiceContext } from '../../../core/audit/write.ts';
import { authenticateApiToken } from '../../../core/auth/api-tokens.ts';
import { loadActor } from '../../../core/auth/load-actor.ts';
import { hit } from '../../../core/auth/rate-limit.ts';
import type { Db } from '../../../core/db/database.ts';
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from '../../../core/errors.ts';
import { type Locale, translate } from '../../../core/i18n/i18n.ts';
import type { Municipality } from '../../../core/municipalities/municipality.ts';
import { type Actor, anonymous } from '../../../core/permissions/actor.ts';
import { can, requireAccess } from '../../../core/permissions/can.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import { listCategories, listKinds, localHelp, localName } from '../config/list-categories.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl } from '../initiatives-paths.ts';
import { submitItem } from '../intake/submit-item.ts';
import '../policy.ts';
import type { InitiativeItemResource } from '../policy.ts';
import { type Open311Record, w3Amsterdam } from './open311-format.ts';
import './open311-i18n.ts';
import { findItemIdentity, findRequestRows, type RequestRow } from './open311.repository.ts';
import {
  checkAttributes,
  georeportSpecification,
  type QueryProblem,
  type RequestQuery,
  readSubmission,
  requestJson,
  serviceDefinitionJson,
  serviceJson,
  titleFrom,
} from './open311-mapping.ts';

// The GeoReport v2 methods as services: what each returns (JSON-shaped, the mount writes JSON or
// XML) and the spec's errors (Open311Error: 400, 403 or 404 with code + description).

/** When this API last changed in a way a client would notice (discovery's changeset). */
export const open311Changeset = new Date('2026-12-06T00:00:00Z');
export const maxRequests = 1000;
/** Per api_key: generous for a reporting app, a brake on a leaked or runaway key. */
export const postLimit = { max: 300, windowSeconds: 600 };

export interface Open311Problem {
  key: string;
  params?: Record<string, string | number> | undefined;
}

export class Open311Error extends Error {
  readonly status: 400 | 403 | 404;
  readonly problems: Open311Problem[];
  constructor(status: 400 | 403 | 404, problems: Open311Problem[]) {
    super(`open311: ${status} ${problems.map((p) => p.key).join(', ')}`);
    this.status = status;
    this.problems = problems;
  }
}

const bad = (problems: QueryProblem[]) => new Open311Error(400, problems);

/**
 * The caller behind an api_key (a personal API token, see core/auth/api-tokens.ts), acting as
 * that person with the token's scopes; anonymous without a key. A key that is given must be valid.
 */
export async function actorForApiKey(
  db: Db,
  municipalityId: string,
  apiKey: string | null | undefined,
  need: 'read' | 'write' | null,
): Promise<Actor> {
  const key = apiKey?.trim() ?? '';
  if (key === '') {
    if (need === 'write') throw new Open311Error(403, [{ key: 'initiatives.open311.error.apiKeyMissing' }]);
    return anonymous(municipalityId);
  }
  const person = await authenticateApiToken(db, municipalityId, key);
  if (!person) throw new Open311Error(403, [{ key: 'initiatives.open311.error.apiKeyInvalid' }]);
  if (need === 'write' && !person.scopes.includes('write'))
    throw new Open311Error(403, [{ key: 'initiatives.open311.error.apiKeyScope' }]);
  return loadActor(db, municipalityId, person, person.scopes);
}

/** jurisdiction_id is optional here (one jurisdiction per host); when given it must be this one. */
export function checkJurisdiction(
  m: Municipality,
  host: string | undefined,
  jurisdictionId: string | undefined,
) {
  const given = jurisdictionId?.trim().toLowerCase() ?? '';
  if (given === '') return;
  const bare = (h: string) =>
    h
      .toLowerCase()
      .replace(/:\d+$/, '')
      .replace(/^www\./, '');
  const known = new Set(
    [m.code, m.slug, ...m.hostnames, host ?? ''].filter((v) => v !== '').map((v) => bare(v)),
  );
  if (!known.has(bare(given)))
    throw new Open311Error(404, [
      { key: 'initiatives.open311.error.jurisdiction', params: { value: given } },
    ]);
}

export function discovery(
  app: Pick<InitiativesApp, 'publicUrl'>,
  m: Municipality,
  locale: Locale,
): Open311Record {
  const changeset = w3Amsterdam(open311Changeset);
  return {
    changeset,
    contact: translate(locale, 'initiatives.open311.discovery.contact', {
      municipality: m.name,
      url: absoluteUrl(app.publicUrl, '/'),
    }),
    key_service: translate(locale, 'initiatives.open311.discovery.keyService', {
      url: absoluteUrl(app.publicUrl, '/account'),
    }),
    endpoints: [
      {
        specification: georeportSpecification,
        url: absoluteUrl(app.publicUrl, '/open311/v2'),
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

/** GET services: the active categories; group = the kind; metadata when it has attributes. */
export async function listServices(ctx: ServiceContext, locale: Locale): Promise<Open311Record[]> {
  const m = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'list', { type: 'initiative_config', municipalityId: m });
  const [kinds, categories] = await Promise.all([
    listKinds(ctx.db, m, { activeOnly: true }),
    listCategories(ctx.db, m, { activeOnly: true }),
  ]);
  const kindName = new Map(kinds.map((k) => [k.id, localName(k, locale)]));
  return categories.map((c) =>
    serviceJson({
      code: c.code,
      name: localName(c, locale),
      description: localHelp(c, locale),
      group: kindName.get(c.kindId) ?? c.kindCode,
      keywords: c.keywords,
      attributes: c.attributes,
    }),
  );
}

async function activeCategoryByCode(ctx: ServiceContext, code: string) {
  const categories = await listCategories(ctx.db, ctx.actor.municipalityId, { activeOnly: true });
  return categories.find((c) => c.code === code) ?? null;
}

/** GET services/{service_code}: the extra questions of a category. */
export async function serviceDefinition(
  ctx: ServiceContext,
  code: string,
  locale: Locale,
): Promise<Open311Record> {
  requireAccess(ctx.actor, 'read', { type: 'initiative_config', municipalityId: ctx.actor.municipalityId });
  const category = await activeCategoryByCode(ctx, code);
  if (!category)
    throw new Open311Error(404, [{ key: 'initiatives.open311.error.serviceNotFound', params: { code } }]);
  return serviceDefinitionJson(category.code, category.attributes, locale === 'en' ? 'en' : 'nl');
}

function resourceOf(m: string, r: RequestRow): InitiativeItemResource {
  return {
    type: 'initiative_item',
    municipalityId: m,
    areaPath: r.area_path,
    ownerOrganisationId: r.owner_organisation_id,
    ownerPersonId: r.owner_person_id,
    registeredBy: r.registered_by,
  };
}

function toJson(
  m: string,
  actor: Actor,
  r: RequestRow,
  locale: Locale,
  published: boolean,
): Open311Record | null {
  const full = can(actor, 'read', resourceOf(m, r));
  if (!full && !(published && r.public && r.on_public_map)) return null;
  const nextSteps = locale === 'en' && r.next_steps_en ? r.next_steps_en : r.next_steps;
  return requestJson(
    {
      id: r.id,
      reference: r.reference,
      status: r.status,
      decision: r.decision,
      serviceCode: r.category_code,
      serviceName: locale === 'en' && r.category_name_en ? r.category_name_en : r.category_name,
      serviceNotice: nextSteps.trim() === '' ? null : nextSteps,
      description: r.description,
      agencyResponsible: r.agency,
      statusNotes: r.status_notes,
      receivedAt: new Date(r.received_at),
      updatedAt: new Date(r.updated_at),
      closedAt: r.closed_at ? new Date(r.closed_at) : null,
      decidedAt: r.decided_at ? new Date(r.decided_at) : null,
      deadlineOn: r.deadline_on,
      address: r.address,
      lat: r.lat,
      lon: r.lon,
      mediaUrl: null,
    },
    full,
  );
}

/**
 * GET requests: what the caller may read in full (an api_key of staff), and, when the
 * municipality publishes its signal map, the published items as summaries (no resident's text,
 * rounded points). Newest first, at most 1000.
 */
export async function listRequests(ctx: ServiceContext, query: RequestQuery, locale: Locale) {
  const m = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'list', { type: 'initiative_config', municipalityId: m });
  const settings = await getInitiativeSettings(ctx.db, m);
  const rows = await findRequestRows(initiativesDb(ctx.db), m, ctx.actor, {
    references: query.references,
    serviceCodes: query.serviceCodes,
    from: query.references ? null : query.from,
    to: query.references ? null : query.to,
    statuses: query.statuses,
    publishedVisible: settings.publicMap,
    limit: maxRequests,
  });
  return rows.flatMap((r) => toJson(m, ctx.actor, r, locale, settings.publicMap) ?? []);
}

/** GET requests/{service_request_id}: one request (the reference), as a list of one. */
export async function getRequest(ctx: ServiceContext, reference: string, locale: Locale) {
  const m = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'read', { type: 'initiative_config', municipalityId: m });
  const settings = await getInitiativeSettings(ctx.db, m);
  const rows = await findRequestRows(initiativesDb(ctx.db), m, ctx.actor, {
    references: [reference],
    serviceCodes: null,
    from: null,
    to: null,
    statuses: null,
    publishedVisible: settings.publicMap,
    limit: 1,
  });
  const found = rows.flatMap((r) => toJson(m, ctx.actor, r, locale, settings.publicMap) ?? []);
  if (found.length === 0)
    throw new Open311Error(404, [
      { key: 'initiatives.open311.error.requestNotFound', params: { id: reference } },
    ]);
  return found;
}

/** GET tokens/{token}: the token of a POST is the item's id; it resolves to the reference. */
export async function requestForToken(ctx: ServiceContext, token: string): Promise<Open311Record[]> {
  requireAccess(ctx.actor, 'read', { type: 'initiative_config', municipalityId: ctx.actor.municipalityId });
  const found = await findItemIdentity(initiativesDb(ctx.db), ctx.actor.municipalityId, token);
  if (!found)
    throw new Open311Error(404, [{ key: 'initiatives.open311.error.tokenNotFound', params: { token } }]);
  return [{ service_request_id: found.reference, token: found.id }];
}

/** Open311 parameter names of intake's fields, for error descriptions. */
const fieldNames: Record<string, string> = {
  categoryId: 'service_code',
  description: 'description',
  title: 'description',
  lat: 'lat',
  lon: 'long',
  areaCode: 'lat/long',
  address: 'address_string',
  contactName: 'first_name/last_name',
  contactEmail: 'email',
  contactPhone: 'phone',
  consent: 'email',
  idempotencyKey: 'Idempotency-Key',
};

function describeField(locale: Locale, field: string, key: string, params: Record<string, string | number>) {
  const name = field.startsWith('attributeValues.')
    ? `attribute[${field.slice('attributeValues.'.length)}]`
    : (fieldNames[field] ?? field);
  return {
    key: 'initiatives.open311.error.invalid',
    params: { detail: `${name}: ${translate(locale, key, params)}` },
  };
}

/**
 * POST requests: a resident's report through an Open311 client, submitted by intake's
 * submitItem with channel 'open311', in the name of the api_key's person. Contact details the
 * client collected go with it (the client shows the reporter our purpose: keeping them informed).
 * Returns the reference as service_request_id, and the item's id as token.
 */
export async function createRequest(
  app: InitiativesApp,
  ctx: ServiceContext,
  params: URLSearchParams,
  locale: Locale,
  idempotencyKey: string | undefined,
): Promise<Open311Record[]> {
  const read = readSubmission(params);
  if (!read.ok) throw bad(read.problems);
  try {
    await hit(ctx.db, `open311-post:${ctx.actor.personId ?? 'none'}`, postLimit);
  } catch (error) {
    if (error instanceof RateLimitedError)
      throw bad([
        { key: 'initiatives.open311.error.rateLimited', params: { seconds: error.retryAfterSeconds } },
      ]);
    throw error;
  }
  const s = read.submission;
  const category = await activeCategoryByCode(ctx, s.serviceCode);
  if (!category)
    throw new Open311Error(404, [
      { key: 'initiatives.open311.error.serviceNotFound', params: { code: s.serviceCode } },
    ]);
  if (s.lat === null) throw bad([{ key: 'initiatives.open311.error.noArea' }]);
  const attributes = checkAttributes(category.attributes, s.attributes);
  if (!attributes.ok) throw bad(attributes.problems);
  const attributeValues: Record<string, string | string[]> = {};
  for (const [code, v] of Object.entries(attributes.values))
    attributeValues[code] = Array.isArray(v) ? v.map(String) : String(v);
  const name = [s.firstName, s.lastName].filter(Boolean).join(' ');
  const description = s.description;
  try {
    const result = await submitItem(app, ctx, {
      channel: 'open311',
      categoryId: category.id,
      title: titleFrom(description, localName(category, locale)),
      description,
      lat: s.lat,
      lon: s.lon ?? undefined,
      address: s.addressString ?? undefined,
      contactName: name === '' ? undefined : name,
      contactEmail: s.email ?? undefined,
      contactPhone: s.phone ?? undefined,
      // The client collected the details for this purpose (see the decision record 032).
      consent: Boolean(name || s.email || s.phone),
      attributeValues,
      locale: locale === 'en' ? 'en' : 'nl',
      idempotencyKey,
    });
    const nextSteps = locale === 'en' && category.nextStepsEn ? category.nextStepsEn : category.nextSteps;
    return [
      {
        service_request_id: result.reference,
        token: result.id,
        service_notice: nextSteps.trim() === '' ? null : nextSteps,
        account_id: null,
      },
    ];
  } catch (error) {
    if (error instanceof ValidationError) {
      const outside = error.fieldErrors.find((e) => e.key === 'initiatives.intake.error.outside');
      if (outside)
        throw bad([
          {
            key: 'initiatives.open311.error.outsideArea',
            params: { municipality: await municipalityName(ctx) },
          },
        ]);
      throw bad(
        error.fieldErrors.length
          ? error.fieldErrors.map((e) => describeField(locale, e.field, e.key, e.params ?? {}))
          : [{ key: 'initiatives.open311.error.general' }],
      );
    }
    if (error instanceof ConflictError)
      throw bad([
        { key: 'initiatives.open311.error.invalid', params: { detail: translate(locale, error.key) } },
      ]);
    if (error instanceof RateLimitedError)
      throw bad([
        { key: 'initiatives.open311.error.rateLimited', params: { seconds: error.retryAfterSeconds } },
      ]);
    if (error instanceof NotFoundError)
      throw new Open311Error(404, [
        { key: 'initiatives.open311.error.serviceNotFound', params: { code: s.serviceCode } },
      ]);
    throw error;
  }
}

async function municipalityName(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db
    .selectFrom('municipalities')
    .select('name')
    .where('id', '=', ctx.actor.municipalityId)
    .executeTakeFirst();
  return row?.name ?? '';
}
