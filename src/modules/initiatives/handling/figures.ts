import { type Expression, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { openStatuses } from '../initiatives.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import './handling-i18n.ts';
import { readable, requireListAccess, type Where } from './list-items.ts';

// A real calendar day (2026-02-30 is refused here, not by the database).
const day = z.iso.date('validation.invalid');

export const figuresInput = z.object({ from: day, to: day });
export type FiguresInput = z.input<typeof figuresInput>;

export interface OrganisationFigures {
  organisationId: string;
  name: string;
  kind: string;
  /** Now: open items (deadline running), of which past the deadline, of which escalated. */
  open: number;
  overdue: number;
  escalated: number;
  /** In the period: items received, and items decided (first decision) by the deadline or not. */
  received: number;
  decidedInTime: number;
  decidedLate: number;
  /** Ratings given in the period about items this organisation has. */
  satisfied: number;
  unsatisfied: number;
}

export interface CategoryFigures {
  categoryId: string;
  name: string;
  nameEn: string | null;
  received: number;
  satisfied: number;
  unsatisfied: number;
}

export interface DepartmentFigures {
  from: string;
  to: string;
  /** The date the open, overdue and escalated counts are about. */
  today: string;
  organisations: OrganisationFigures[];
  categories: CategoryFigures[];
  totals: Omit<OrganisationFigures, 'organisationId' | 'name' | 'kind'>;
}

// The period's bounds as instants: the days are Amsterdam days (constant expressions, so the
// received_at and created_at indexes still apply).
const startOf = (d: string) => sql<Date>`(${d}::date)::timestamp at time zone 'Europe/Amsterdam'`;
const endOf = (d: string) => sql<Date>`(${d}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`;

/**
 * How departments and partners are doing, over the items the actor may read (the office sees
 * every organisation, a department itself): open, overdue and escalated now; received and decided
 * in time in the period; and residents' satisfaction in the period per organisation (the one
 * that has the item) and per category. Organisations and categories without any count are left out.
 */
export async function departmentFigures(
  ctx: ServiceContext,
  input: FiguresInput,
): Promise<DepartmentFigures> {
  const f = parseInput(figuresInput, input);
  if (f.from > f.to) throw new ValidationError([{ field: 'from', key: 'initiatives.handling.error.period' }]);
  requireListAccess(ctx.actor);
  const m = ctx.actor.municipalityId;
  const today = amsterdamDate(new Date());
  const access = readable(ctx.actor);
  const totals = {
    open: 0,
    overdue: 0,
    escalated: 0,
    received: 0,
    decidedInTime: 0,
    decidedLate: 0,
    satisfied: 0,
    unsatisfied: 0,
  };
  if (access === null) return { from: f.from, to: f.to, today, organisations: [], categories: [], totals };
  const scoped = (eb: Where): Expression<SqlBool> =>
    access === 'all'
      ? eb('initiative_items.municipality_id', '=', m)
      : eb.and([eb('initiative_items.municipality_id', '=', m), access(eb)]);
  const db = initiativesDb(ctx.db);
  const open = [...openStatuses];

  const [now, period, ratingsByOrg, ratingsByCategory] = await Promise.all([
    db
      .selectFrom('initiative_items')
      .where(scoped)
      .where('initiative_items.status', 'in', open)
      .select((eb) => [
        'initiative_items.owner_organisation_id as organisation_id',
        eb.fn.countAll<number>().as('open'),
        sql<number>`count(*) filter (where initiative_items.deadline_on < ${today}::date)`.as('overdue'),
        sql<number>`count(*) filter (where initiative_items.escalated_at is not null)`.as('escalated'),
      ])
      .groupBy('initiative_items.owner_organisation_id')
      .execute(),
    db
      .selectFrom('initiative_items')
      .where(scoped)
      .where('initiative_items.received_at', '>=', startOf(f.from))
      .where('initiative_items.received_at', '<', endOf(f.to))
      .select((eb) => [
        'initiative_items.owner_organisation_id as organisation_id',
        'initiative_items.category_id',
        eb.fn.countAll<number>().as('received'),
        sql<number>`count(*) filter (where initiative_items.decided_at is not null and (initiative_items.decided_at at time zone 'Europe/Amsterdam')::date <= initiative_items.deadline_on)`.as(
          'in_time',
        ),
        sql<number>`count(*) filter (where initiative_items.decided_at is not null and (initiative_items.decided_at at time zone 'Europe/Amsterdam')::date > initiative_items.deadline_on)`.as(
          'late',
        ),
      ])
      .groupBy(['initiative_items.owner_organisation_id', 'initiative_items.category_id'])
      .execute(),
    db
      .selectFrom('initiative_ratings as r')
      .innerJoin('initiative_items', 'initiative_items.id', 'r.item_id')
      .where(scoped)
      .where('r.municipality_id', '=', m)
      .where('r.created_at', '>=', startOf(f.from))
      .where('r.created_at', '<', endOf(f.to))
      .select([
        'initiative_items.owner_organisation_id as key',
        sql<number>`count(*) filter (where r.satisfied)`.as('satisfied'),
        sql<number>`count(*) filter (where not r.satisfied)`.as('unsatisfied'),
      ])
      .groupBy('initiative_items.owner_organisation_id')
      .execute(),
    db
      .selectFrom('initiative_ratings as r')
      .innerJoin('initiative_items', 'initiative_items.id', 'r.item_id')
      .where(scoped)
      .where('r.municipality_id', '=', m)
      .where('r.created_at', '>=', startOf(f.from))
      .where('r.created_at', '<', endOf(f.to))
      .select([
        'initiative_items.category_id as key',
        sql<number>`count(*) filter (where r.satisfied)`.as('satisfied'),
        sql<number>`count(*) filter (where not r.satisfied)`.as('unsatisfied'),
      ])
      .groupBy('initiative_items.category_id')
      .execute(),
  ]);

  const orgs = new Map<string, OrganisationFigures>();
  const org = (id: string) => {
    let o = orgs.get(id);
    if (!o) {
      o = { organisationId: id, name: '', kind: '', ...{ ...totals } };
      orgs.set(id, o);
    }
    return o;
  };
  const cats = new Map<string, CategoryFigures>();
  const cat = (id: string) => {
    let c = cats.get(id);
    if (!c) {
      c = { categoryId: id, name: '', nameEn: null, received: 0, satisfied: 0, unsatisfied: 0 };
      cats.set(id, c);
    }
    return c;
  };
  for (const r of now) {
    const o = org(r.organisation_id);
    o.open += Number(r.open);
    o.overdue += Number(r.overdue);
    o.escalated += Number(r.escalated);
  }
  for (const r of period) {
    const o = org(r.organisation_id);
    o.received += Number(r.received);
    o.decidedInTime += Number(r.in_time);
    o.decidedLate += Number(r.late);
    cat(r.category_id).received += Number(r.received);
  }
  for (const r of ratingsByOrg) {
    const o = org(r.key);
    o.satisfied += Number(r.satisfied);
    o.unsatisfied += Number(r.unsatisfied);
  }
  for (const r of ratingsByCategory) {
    const c = cat(r.key);
    c.satisfied += Number(r.satisfied);
    c.unsatisfied += Number(r.unsatisfied);
  }

  if (orgs.size > 0) {
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'name', 'kind'])
      .where('municipality_id', '=', m)
      .where('id', 'in', [...orgs.keys()])
      .execute();
    for (const r of rows) Object.assign(org(r.id), { name: r.name, kind: r.kind });
  }
  if (cats.size > 0) {
    const rows = await db
      .selectFrom('initiative_categories')
      .select(['id', 'name', 'name_en'])
      .where('municipality_id', '=', m)
      .where('id', 'in', [...cats.keys()])
      .execute();
    for (const r of rows) Object.assign(cat(r.id), { name: r.name, nameEn: r.name_en });
  }
  const organisations = [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const o of organisations)
    for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += o[k];
  return {
    from: f.from,
    to: f.to,
    today,
    organisations,
    categories: [...cats.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    totals,
  };
}
