import type { Db } from '../../../core/db/database.ts';
import type { CycleDeadline, CycleOrganisation, PlanningCycle } from './cycle.ts';
import { type CycleTx, cycleDb } from './cycles.tables.ts';
import type { DeadlineInterval } from './deadlines.ts';

// The Kysely queries of planning_cycles and planning_cycle_deadlines. Nothing else queries them.

export interface DeadlineValues {
  title: string;
  description: string;
  purpose: CycleDeadline['purpose'];
  everyMonths: number;
  month: number;
  day: number;
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
}

function cycleRows(db: Db, municipalityId: string) {
  return cycleDb(db)
    .selectFrom('planning_cycles as c')
    .leftJoin('organisations as o', (j) =>
      j.onRef('o.id', '=', 'c.organisation_id').onRef('o.municipality_id', '=', 'c.municipality_id'),
    )
    .where('c.municipality_id', '=', municipalityId)
    .select([
      'c.id',
      'c.organisation_id',
      'c.name',
      'c.description',
      'c.version',
      'c.updated_at',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ]);
}

type CycleRow = Awaited<ReturnType<ReturnType<typeof cycleRows>['execute']>>[number];

async function withDeadlines(db: Db, municipalityId: string, rows: CycleRow[]): Promise<PlanningCycle[]> {
  if (rows.length === 0) return [];
  const deadlines = await cycleDb(db)
    .selectFrom('planning_cycle_deadlines')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where(
      'cycle_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const byCycle = new Map<string, CycleDeadline[]>();
  for (const d of deadlines) {
    const list = byCycle.get(d.cycle_id) ?? [];
    list.push({
      id: d.id,
      title: d.title,
      description: d.description,
      purpose: d.purpose,
      everyMonths: d.every_months as DeadlineInterval,
      month: d.month,
      day: d.day,
      startsOn: d.starts_on,
      endsOn: d.ends_on,
    });
    byCycle.set(d.cycle_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    organisation: organisationOf(r),
    name: r.name,
    description: r.description,
    deadlines: byCycle.get(r.id) ?? [],
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

function organisationOf(r: CycleRow): CycleOrganisation | null {
  if (r.organisation_id === null || r.organisation_name === null || r.organisation_kind === null) return null;
  return { id: r.organisation_id, name: r.organisation_name, kind: r.organisation_kind };
}

export async function findCycle(db: Db, municipalityId: string, id: string): Promise<PlanningCycle | null> {
  const row = await cycleRows(db, municipalityId).where('c.id', '=', id).executeTakeFirst();
  return row ? ((await withDeadlines(db, municipalityId, [row]))[0] ?? null) : null;
}

/**
 * A page of cycles: the municipality's own first, then by organisation name and cycle name.
 * `organisationIds` limits to those organisations; `withMunicipal` adds the municipality's own.
 */
export async function listCycleRows(
  db: Db,
  municipalityId: string,
  filter: { organisationIds?: string[] | undefined; withMunicipal?: boolean; offset: number; limit: number },
): Promise<PlanningCycle[]> {
  let q = cycleRows(db, municipalityId);
  if (filter.organisationIds !== undefined) {
    const ids = filter.organisationIds;
    q = q.where((eb) => {
      const parts = [];
      if (ids.length > 0) parts.push(eb('c.organisation_id', 'in', ids));
      if (filter.withMunicipal) parts.push(eb('c.organisation_id', 'is', null));
      return parts.length > 0 ? eb.or(parts) : eb.val(false);
    });
  }
  const rows = await q
    .orderBy((eb) => eb.case().when('c.organisation_id', 'is', null).then(0).else(1).end())
    .orderBy('o.name')
    .orderBy('c.name')
    .orderBy('c.id')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return withDeadlines(db, municipalityId, rows);
}

export async function insertCycle(
  tx: CycleTx,
  municipalityId: string,
  values: { organisationId: string | null; name: string; description: string },
): Promise<string> {
  const row = await tx
    .insertInto('planning_cycles')
    .values({
      municipality_id: municipalityId,
      organisation_id: values.organisationId,
      name: values.name,
      description: values.description,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves the version on only when it is still `version`; false when someone else came first. */
export async function updateCycleRow(
  tx: CycleTx,
  municipalityId: string,
  id: string,
  version: number,
  values: { name: string; description: string },
): Promise<boolean> {
  const r = await tx
    .updateTable('planning_cycles')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceDeadlines(
  tx: CycleTx,
  municipalityId: string,
  cycleId: string,
  deadlines: DeadlineValues[],
): Promise<void> {
  await tx
    .deleteFrom('planning_cycle_deadlines')
    .where('municipality_id', '=', municipalityId)
    .where('cycle_id', '=', cycleId)
    .execute();
  if (deadlines.length === 0) return;
  await tx
    .insertInto('planning_cycle_deadlines')
    .values(
      deadlines.map((d, position) => ({
        municipality_id: municipalityId,
        cycle_id: cycleId,
        title: d.title,
        description: d.description,
        purpose: d.purpose,
        every_months: d.everyMonths,
        month: d.month,
        day: d.day,
        starts_on: d.startsOn ?? null,
        ends_on: d.endsOn ?? null,
        position,
      })),
    )
    .execute();
}

export async function deleteCycleRow(tx: CycleTx, municipalityId: string, id: string): Promise<void> {
  await tx
    .deleteFrom('planning_cycles')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function organisationRef(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<CycleOrganisation | null> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Kinds of the given organisations (departments follow the municipality's own cycles). */
export async function organisationKinds(
  db: Db,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.kind]));
}
