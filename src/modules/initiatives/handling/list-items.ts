import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { type InitiativesTables, initiativesDb } from '../initiatives.tables.ts';
import {
  type Channel,
  closedStatuses,
  type Decision,
  type ItemStatus,
  itemStatuses,
  openStatuses,
} from '../initiatives.ts';
import { type InitiativeItemResource, isInitiativesOffice } from '../policy.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import './handling-i18n.ts';

export const listScopes = ['mine', 'organisation', 'areas', 'all'] as const;
export type ListScope = (typeof listScopes)[number];
export const listStatusFilters = [...itemStatuses, 'open', 'closed'] as const;
export type ListStatusFilter = ItemStatus | 'open' | 'closed';
export const listSorts = ['deadline', 'newest'] as const;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const flag = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : v === true || v === 'true' || v === '1' || v === 'on'),
  z.boolean().optional(),
);

export const listItemsInput = z.object({
  scope: z.enum(listScopes).default('all'),
  status: z.preprocess(
    emptyToUndefined,
    z.enum(listStatusFilters as unknown as [ListStatusFilter]).optional(),
  ),
  overdue: flag,
  escalated: flag,
  categoryId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  areaCode: z.preprocess(emptyToUndefined, z.string().trim().max(20).optional()),
  organisationId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(listSorts).default('deadline')),
  cursor: z.preprocess(emptyToUndefined, z.string().max(300).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Count every matching item too (one more query). */
  withTotal: flag,
});
export type ListItemsFilters = z.input<typeof listItemsInput>;

export interface ItemSummary {
  id: string;
  reference: string;
  title: string;
  status: ItemStatus;
  decision: Decision | null;
  kindId: string;
  categoryId: string;
  categoryName: string;
  categoryNameEn: string | null;
  areaCode: string;
  areaName: string;
  ownerOrganisationId: string;
  ownerName: string;
  ownerPersonId: string | null;
  ownerPersonName: string | null;
  channel: Channel;
  receivedAt: string;
  deadlineOn: string;
  escalateOn: string;
  overdue: boolean;
  escalated: boolean;
  escalatedAt: string | null;
  version: number;
}

export interface ItemPage {
  items: ItemSummary[];
  nextCursor: string | null;
  /** With withTotal: how many items match in all. */
  total: number | null;
}

type Tables = CoreTables & InitiativesTables;
export type Where = ExpressionBuilder<Tables, 'initiative_items'>;

const cursorSchema = z.union([
  z.object({ s: z.literal('deadline'), d: z.iso.date(), id: z.uuid() }),
  z.object({ s: z.literal('newest'), r: z.iso.datetime(), id: z.uuid() }),
]);
type Cursor = z.infer<typeof cursorSchema>;

function decodeCursor(cursor: string, sort: string): Cursor {
  try {
    const v = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (v.s !== sort) throw new Error('other sort');
    return v;
  } catch {
    throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
  }
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

const organisationsOf = (actor: Actor) => [
  ...new Set(actor.grants.map((g) => g.organisationId).filter((id): id is string => !!id)),
];
const areaPathsOf = (actor: Actor) => [
  ...new Set(
    actor.grants.filter((g) => g.role === 'area_officer' && g.areaPath).map((g) => g.areaPath as string),
  ),
];

const within = (eb: Where, paths: string[]): Expression<SqlBool> =>
  eb.or(
    paths.flatMap((p) => [
      eb('initiative_items.area_path', '=', p),
      eb('initiative_items.area_path', 'like', `${p.replace(/[\\%_]/g, '\\$&')}/%`),
    ]),
  );

/**
 * What the actor may read, as SQL (the same rules as policy.ts mayReadItem): the office all of
 * it; others what is routed to their organisation or to them, what lies in their areas, and what
 * they registered. null: nothing at all.
 */
export function readable(actor: Actor): ((eb: Where) => Expression<SqlBool>) | 'all' | null {
  if (isInitiativesOffice(actor)) return 'all';
  const orgs = organisationsOf(actor);
  const paths = areaPathsOf(actor);
  const me = actor.personId;
  if (orgs.length === 0 && paths.length === 0 && me === null) return null;
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (orgs.length > 0) parts.push(eb('initiative_items.owner_organisation_id', 'in', orgs));
    if (paths.length > 0) parts.push(within(eb, paths));
    if (me !== null) {
      parts.push(eb('initiative_items.owner_person_id', '=', me));
      parts.push(eb('initiative_items.registered_by', '=', me));
    }
    return eb.or(parts);
  };
}

/** Lists and figures are for staff and partners (the policy's 'list'); rows are filtered by readable. */
export function requireListAccess(actor: Actor): void {
  const resource: InitiativeItemResource = {
    type: 'initiative_item',
    municipalityId: actor.municipalityId,
    areaPath: '',
    ownerOrganisationId: '',
    ownerPersonId: null,
    registeredBy: null,
  };
  requireAccess(actor, 'list', resource);
}

/**
 * The work inbox: items the actor may read (filtered in SQL, so nothing else is ever loaded),
 * narrowed to a scope — assigned to me, my organisation, my areas, or all I may see — and the
 * filters; by deadline (soonest first) or newest first, in pages with an opaque cursor.
 */
export async function listItems(ctx: ServiceContext, filters: ListItemsFilters = {}): Promise<ItemPage> {
  const f = parseInput(listItemsInput, filters);
  const actor = ctx.actor;
  const m = actor.municipalityId;
  requireListAccess(actor);
  const empty: ItemPage = { items: [], nextCursor: null, total: f.withTotal ? 0 : null };
  const access = readable(actor);
  if (access === null) return empty;

  let scopeFilter: ((eb: Where) => Expression<SqlBool>) | null = null;
  if (f.scope === 'mine') {
    if (actor.personId === null) return empty;
    const me = actor.personId;
    scopeFilter = (eb) => eb('initiative_items.owner_person_id', '=', me);
  } else if (f.scope === 'organisation') {
    const orgs = organisationsOf(actor);
    if (orgs.length === 0) return empty;
    scopeFilter = (eb) => eb('initiative_items.owner_organisation_id', 'in', orgs);
  } else if (f.scope === 'areas') {
    const paths = areaPathsOf(actor);
    if (paths.length === 0) return empty;
    scopeFilter = (eb) => within(eb, paths);
  }

  let areaPath: string | null = null;
  if (f.areaCode) {
    const area = await findAreaRowByCode(ctx.db, m, f.areaCode);
    if (!area) return empty;
    areaPath = area.path;
  }
  const today = amsterdamDate(new Date());
  const statuses: ItemStatus[] | null =
    f.status === 'open'
      ? [...openStatuses]
      : f.status === 'closed'
        ? [...closedStatuses]
        : f.status
          ? [f.status]
          : null;

  const db = initiativesDb(ctx.db);
  const filtered = () => {
    let q = db.selectFrom('initiative_items').where('initiative_items.municipality_id', '=', m);
    if (access !== 'all') q = q.where(access);
    if (scopeFilter) q = q.where(scopeFilter);
    if (statuses) q = q.where('initiative_items.status', 'in', statuses);
    if (f.overdue) {
      q = q
        .where('initiative_items.status', 'in', [...openStatuses])
        .where('initiative_items.deadline_on', '<', today);
    }
    if (f.escalated)
      q = q
        .where('initiative_items.status', 'in', [...openStatuses])
        .where('initiative_items.escalated_at', 'is not', null);
    if (f.categoryId) q = q.where('initiative_items.category_id', '=', f.categoryId);
    if (f.organisationId) q = q.where('initiative_items.owner_organisation_id', '=', f.organisationId);
    if (areaPath !== null) {
      const p = areaPath;
      q = q.where((eb) => within(eb, [p]));
    }
    if (f.q) {
      const text = f.q;
      if (/^M-\d{4}-\d{1,6}$/i.test(text)) q = q.where('initiative_items.reference', '=', text.toUpperCase());
      else {
        const like = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
        q = q.where((eb) =>
          eb.or([
            eb('initiative_items.title', 'ilike', like),
            eb('initiative_items.description', 'ilike', like),
            eb('initiative_items.reference', 'ilike', like),
          ]),
        );
      }
    }
    return q;
  };

  let q = filtered()
    .innerJoin('initiative_categories as c', 'c.id', 'initiative_items.category_id')
    .innerJoin('areas as a', 'a.id', 'initiative_items.area_id')
    .innerJoin('organisations as o', 'o.id', 'initiative_items.owner_organisation_id')
    .leftJoin('people as p', 'p.id', 'initiative_items.owner_person_id')
    .select([
      'initiative_items.id',
      'initiative_items.reference',
      'initiative_items.title',
      'initiative_items.status',
      'initiative_items.decision',
      'initiative_items.kind_id',
      'initiative_items.category_id',
      'c.name as category_name',
      'c.name_en as category_name_en',
      'a.code as area_code',
      'a.name as area_name',
      'initiative_items.owner_organisation_id',
      'o.name as owner_name',
      'initiative_items.owner_person_id',
      'p.name as owner_person_name',
      'initiative_items.channel',
      'initiative_items.received_at',
      'initiative_items.deadline_on',
      'initiative_items.escalate_on',
      'initiative_items.escalated_at',
      'initiative_items.version',
    ]);
  if (f.cursor) {
    const c = decodeCursor(f.cursor, f.sort);
    if (c.s === 'deadline')
      q = q.where(
        sql<SqlBool>`(initiative_items.deadline_on, initiative_items.id) > (${c.d}::date, ${c.id}::uuid)`,
      );
    else
      q = q.where(
        sql<SqlBool>`(initiative_items.received_at, initiative_items.id) < (${new Date(c.r)}::timestamptz, ${c.id}::uuid)`,
      );
  }
  q =
    f.sort === 'deadline'
      ? q.orderBy('initiative_items.deadline_on').orderBy('initiative_items.id')
      : q.orderBy('initiative_items.received_at', 'desc').orderBy('initiative_items.id', 'desc');
  const rows = await q.limit(f.limit + 1).execute();
  const page = rows.slice(0, f.limit);
  const items = page.map(
    (r): ItemSummary => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      status: r.status,
      decision: r.decision,
      kindId: r.kind_id,
      categoryId: r.category_id,
      categoryName: r.category_name,
      categoryNameEn: r.category_name_en,
      areaCode: r.area_code,
      areaName: r.area_name,
      ownerOrganisationId: r.owner_organisation_id,
      ownerName: r.owner_name,
      ownerPersonId: r.owner_person_id,
      ownerPersonName: r.owner_person_name,
      channel: r.channel,
      receivedAt: r.received_at.toISOString(),
      deadlineOn: r.deadline_on,
      escalateOn: r.escalate_on,
      overdue: openStatuses.includes(r.status) && today > r.deadline_on,
      escalated: r.escalated_at !== null,
      escalatedAt: r.escalated_at ? r.escalated_at.toISOString() : null,
      version: r.version,
    }),
  );
  const last = page.at(-1);
  const nextCursor =
    rows.length > f.limit && last
      ? encodeCursor(
          f.sort === 'deadline'
            ? { s: 'deadline', d: last.deadline_on, id: last.id }
            : { s: 'newest', r: last.received_at.toISOString(), id: last.id },
        )
      : null;
  let total: number | null = null;
  if (f.withTotal) {
    const row = await filtered()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    total = Number(row.n);
  }
  return { items, nextCursor, total };
}
