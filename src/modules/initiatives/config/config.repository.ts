import type { WriteTx } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type {
  CategoryAttribute,
  InitiativesDb,
  InitiativesTables,
  InitiativesTx,
} from '../initiatives.tables.ts';
import type { Category, InitiativeSettings, Kind, RoutingRuleView } from './config.ts';
import { initiativeSettingsDefaults } from './config.ts';

// The only place that queries the configuration tables (kinds, categories, routing rules,
// settings, message templates of migrations/0016_initiatives.sql). Readers take the database or
// an open transaction, so intake and handling can route and render inside their own writes.

/** The database, or a transaction (runWrite's, plain or with the module's tables). */
export type Queryable = Db | InitiativesDb | WriteTx | InitiativesTx;

export function reader(q: Queryable): InitiativesDb {
  // A transaction is a Kysely instance too; only the table typing differs.
  return (q as Db).withTables<InitiativesTables>();
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

// ---- settings ----

export async function findSettings(q: Queryable, municipalityId: string): Promise<InitiativeSettings> {
  const row = await reader(q)
    .selectFrom('initiative_settings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return { ...initiativeSettingsDefaults, version: 0, updatedAt: null };
  return {
    liberationDayOff: row.liberation_day_off,
    escalationWorkingDays: row.escalation_working_days,
    reopenDays: row.reopen_days,
    retentionDays: row.retention_days,
    publicMap: row.public_map,
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}

// ---- kinds ----

export async function kindRows(q: Queryable, municipalityId: string, o: { activeOnly: boolean }) {
  let query = reader(q)
    .selectFrom('initiative_kinds')
    .selectAll()
    .where('municipality_id', '=', municipalityId);
  if (o.activeOnly) query = query.where('active', '=', true);
  return query.orderBy('position').orderBy('name').orderBy('id').execute();
}

type KindRowLike = Awaited<ReturnType<typeof kindRows>>[number];

export function toKind(r: KindRowLike): Kind {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    description: r.description,
    descriptionEn: r.description_en,
    budgetRequest: r.budget_request,
    position: r.position,
    active: r.active,
  };
}

export async function findKindRow(q: Queryable, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return reader(q)
    .selectFrom('initiative_kinds')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---- categories ----

function categoryQuery(q: Queryable, municipalityId: string) {
  return reader(q)
    .selectFrom('initiative_categories as c')
    .innerJoin('initiative_kinds as k', 'k.id', 'c.kind_id')
    .innerJoin('organisations as o', 'o.id', 'c.owner_organisation_id')
    .selectAll('c')
    .select([
      'k.code as kind_code',
      'k.budget_request as kind_budget_request',
      'k.active as kind_active',
      'o.name as owner_name',
    ])
    .where('c.municipality_id', '=', municipalityId);
}

type CategoryRowLike = Awaited<ReturnType<ReturnType<typeof categoryQuery>['execute']>>[number];

export function toCategory(r: CategoryRowLike): Category {
  const attributes = (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes) as
    | CategoryAttribute[]
    | null;
  return {
    id: r.id,
    kindId: r.kind_id,
    kindCode: r.kind_code,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    help: r.help,
    helpEn: r.help_en,
    nextSteps: r.next_steps,
    nextStepsEn: r.next_steps_en,
    ownerOrganisationId: r.owner_organisation_id,
    ownerOrganisationName: r.owner_name,
    handlingDays: r.handling_days,
    dayType: r.day_type,
    keywords: r.keywords ?? [],
    attributes: attributes ?? [],
    onPublicMap: r.on_public_map,
    active: r.active,
    position: r.position,
    budgetRequest: r.kind_budget_request,
    version: r.version,
  };
}

export async function categoryRows(
  q: Queryable,
  municipalityId: string,
  o: { activeOnly: boolean; kindId?: string | undefined },
) {
  let query = categoryQuery(q, municipalityId);
  if (o.activeOnly) query = query.where('c.active', '=', true).where('k.active', '=', true);
  if (o.kindId !== undefined) {
    if (!isUuid(o.kindId)) return [];
    query = query.where('c.kind_id', '=', o.kindId);
  }
  return query
    .orderBy('k.position')
    .orderBy('k.name')
    .orderBy('c.position')
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
}

export async function findCategoryRow(q: Queryable, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return categoryQuery(q, municipalityId).where('c.id', '=', id).executeTakeFirst();
}

// ---- routing rules ----

export async function ruleRows(q: Queryable, municipalityId: string, o: { activeOnly: boolean }) {
  let query = reader(q)
    .selectFrom('initiative_routing_rules as r')
    .leftJoin('initiative_kinds as k', 'k.id', 'r.kind_id')
    .leftJoin('initiative_categories as c', 'c.id', 'r.category_id')
    .leftJoin('areas as a', 'a.id', 'r.area_id')
    .innerJoin('organisations as o', 'o.id', 'r.target_organisation_id')
    .leftJoin('people as p', 'p.id', 'r.target_person_id')
    .selectAll('r')
    .select([
      'k.name as kind_name',
      'c.name as category_name',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.name as organisation_name',
      'p.name as person_name',
    ])
    .where('r.municipality_id', '=', municipalityId);
  if (o.activeOnly) query = query.where('r.active', '=', true);
  return query.orderBy('r.position').orderBy('r.created_at').orderBy('r.id').execute();
}

type RuleRowLike = Awaited<ReturnType<typeof ruleRows>>[number];

export function toRuleView(r: RuleRowLike): RoutingRuleView {
  return {
    id: r.id,
    position: r.position,
    kindId: r.kind_id,
    kindName: r.kind_name,
    categoryId: r.category_id,
    categoryName: r.category_name,
    areaId: r.area_id,
    areaCode: r.area_code,
    areaName: r.area_name,
    areaPath: r.area_path,
    targetOrganisationId: r.target_organisation_id,
    targetOrganisationName: r.organisation_name,
    targetPersonId: r.target_person_id,
    targetPersonName: r.person_name,
    note: r.note,
    active: r.active,
    version: r.version,
  };
}

// ---- message templates ----

export async function findTemplate(q: Queryable, municipalityId: string, event: string, locale: 'nl' | 'en') {
  return reader(q)
    .selectFrom('initiative_message_templates')
    .select(['subject', 'body', 'updated_at'])
    .where('municipality_id', '=', municipalityId)
    .where('event', '=', event)
    .where('locale', '=', locale)
    .executeTakeFirst();
}

export async function templateRows(q: Queryable, municipalityId: string) {
  return reader(q)
    .selectFrom('initiative_message_templates')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .execute();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and forms: anything that is not a uuid simply does not exist. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

// ---- references checked before a write ----

export async function findOrganisationRef(q: Queryable, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return reader(q)
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findAreaRef(q: Queryable, municipalityId: string, code: string) {
  return reader(q)
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'path'])
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findAreaRefById(q: Queryable, municipalityId: string, id: string) {
  return reader(q)
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'path'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPersonRef(q: Queryable, municipalityId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return reader(q)
    .selectFrom('people')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Does the person have a role in the organisation (department officer, partner, …)? */
export async function personInOrganisation(
  q: Queryable,
  municipalityId: string,
  personId: string,
  organisationId: string,
): Promise<boolean> {
  const row = await reader(q)
    .selectFrom('role_assignments')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('person_id', '=', personId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

/** People with a role in one of the organisations (for the target-person choice). */
export async function organisationMembers(q: Queryable, municipalityId: string) {
  return reader(q)
    .selectFrom('role_assignments as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['p.id', 'p.name', 'r.organisation_id'])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.organisation_id', 'is not', null)
    .where('p.status', '=', 'active')
    .orderBy('p.name')
    .execute();
}

/** Departments and partners: the organisations that can own items. */
export async function owningOrganisations(q: Queryable, municipalityId: string) {
  return reader(q)
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('kind', 'in', ['department', 'partner'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function kindCodeTaken(q: Queryable, municipalityId: string, code: string): Promise<boolean> {
  const r = await reader(q)
    .selectFrom('initiative_kinds')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', code)
    .executeTakeFirst();
  return r !== undefined;
}

export async function categoryCodeTaken(
  q: Queryable,
  municipalityId: string,
  code: string,
): Promise<boolean> {
  const r = await reader(q)
    .selectFrom('initiative_categories')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', code)
    .executeTakeFirst();
  return r !== undefined;
}

export async function nextKindPosition(q: Queryable, municipalityId: string): Promise<number> {
  const r = await reader(q)
    .selectFrom('initiative_kinds')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return (r?.max ?? 0) + 1;
}

export async function nextCategoryPosition(
  q: Queryable,
  municipalityId: string,
  kindId: string,
): Promise<number> {
  const r = await reader(q)
    .selectFrom('initiative_categories')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('municipality_id', '=', municipalityId)
    .where('kind_id', '=', kindId)
    .executeTakeFirst();
  return (r?.max ?? 0) + 1;
}

/** The rules in order, locked for the rest of the transaction (moving and renumbering). */
export async function lockRules(tx: InitiativesTx, municipalityId: string) {
  return tx
    .selectFrom('initiative_routing_rules')
    .select(['id', 'position', 'version'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Numbers the rules 1, 2, 3, … in the given order; a rule whose position changes gets a new version. */
export async function renumberRules(
  tx: InitiativesTx,
  municipalityId: string,
  ordered: ReadonlyArray<{ id: string; position: number }>,
): Promise<void> {
  for (const [i, r] of ordered.entries()) {
    if (r.position === i + 1) continue;
    await tx
      .updateTable('initiative_routing_rules')
      .set((eb) => ({ position: i + 1, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', r.id)
      .execute();
  }
}

/** Unique violation from PostgreSQL (two saves racing for the same code). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
