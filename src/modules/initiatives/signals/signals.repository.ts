import { type RawBuilder, sql } from 'kysely';
import { escapeLike } from '../../../core/areas/areas.repository.ts';
import type { InitiativesDb, InitiativesTx, ItemStatus, SignalStatus } from '../initiatives.tables.ts';
import { openStatuses } from '../initiatives.ts';

// The queries of the signals part: grouped counts for the dashboard, the trends and the
// statistics — per month from initiative_item_counts (0018, kept by triggers: a few rows per
// area, category, status and month, whatever the number of items), per week from
// initiative_item_week_counts, what is open now from initiative_items on its status index —
// the public map's rounded points, and the wijksignalen tables.

/** Which items count: null = the whole municipality; otherwise items within one of these paths. */
export type ScopePaths = string[] | null;

const within = (path: string): RawBuilder<boolean> =>
  sql<boolean>`(i.area_path = ${path} or i.area_path like ${`${escapeLike(path)}/%`})`;

function scopeSql(paths: ScopePaths): RawBuilder<boolean> {
  if (paths === null) return sql<boolean>`true`;
  if (paths.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(paths.map(within), sql` or `)})`;
}

const openList = sql.join(openStatuses.map((s) => sql`${s}`));

/** Midnight (Europe/Amsterdam) at the start of a date, as timestamptz. */
const startOfDay = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Amsterdam')`;

const localDate = sql`(i.received_at at time zone 'Europe/Amsterdam')`;

export interface OpenCountRow {
  owner_organisation_id: string;
  category_id: string;
  n: number;
  overdue: number;
  escalated: number;
}

/** Items open now (the deadline runs) per owner and category, with overdue and escalated ones. */
export async function openCounts(
  db: InitiativesDb,
  municipalityId: string,
  paths: ScopePaths,
  today: string,
): Promise<OpenCountRow[]> {
  const r = await sql<OpenCountRow>`
    select i.owner_organisation_id, i.category_id, count(*)::int as n,
      count(*) filter (where i.deadline_on < ${today}::date)::int as overdue,
      count(*) filter (where i.escalated_at is not null)::int as escalated
    from initiative_items i
    where i.municipality_id = ${municipalityId} and i.status in (${openList}) and ${scopeSql(paths)}
    group by i.owner_organisation_id, i.category_id`.execute(db);
  return r.rows;
}

export interface MonthCountRow {
  month: string;
  status: ItemStatus;
  category_id: string;
  n: number;
}

/**
 * Items received since `fromDay` (the first of a month) per month (Europe/Amsterdam), current
 * status and category: from initiative_item_counts (migration 0018), which triggers keep.
 */
export async function monthlyCounts(
  db: InitiativesDb,
  municipalityId: string,
  paths: ScopePaths,
  fromDay: string,
): Promise<MonthCountRow[]> {
  const r = await sql<MonthCountRow>`
    select to_char(i.month, 'YYYY-MM') as month, i.status, i.category_id, sum(i.n)::int as n
    from initiative_item_counts i
    where i.municipality_id = ${municipalityId} and i.month >= ${fromDay}::date and ${scopeSql(paths)}
    group by 1, 2, 3
    having sum(i.n) > 0`.execute(db);
  return r.rows;
}

/** Items received since `fromDay` (a Monday) per week: from initiative_item_week_counts (0018). */
export async function weeklyCounts(
  db: InitiativesDb,
  municipalityId: string,
  paths: ScopePaths,
  fromDay: string,
): Promise<Array<{ week: string; n: number }>> {
  const r = await sql<{ week: string; n: number }>`
    select to_char(i.week, 'YYYY-MM-DD') as week, sum(i.n)::int as n
    from initiative_item_week_counts i
    where i.municipality_id = ${municipalityId} and i.week >= ${fromDay}::date and ${scopeSql(paths)}
    group by 1`.execute(db);
  return r.rows;
}

export interface AreaMonthRow {
  area_key: string;
  category_id: string;
  month: string;
  n: number;
}

/**
 * Items received since `fromDay` per row area (the first of `rows` whose subtree holds the item),
 * category and month. Items under none of the rows are not counted.
 */
export async function countsPerRowArea(
  db: InitiativesDb,
  municipalityId: string,
  paths: ScopePaths,
  rows: Array<{ code: string; path: string }>,
  fromDay: string,
): Promise<AreaMonthRow[]> {
  if (rows.length === 0) return [];
  const key = sql`case ${sql.join(
    rows.map((a) => sql`when ${within(a.path)} then ${a.code}`),
    sql` `,
  )} end`;
  const r = await sql<AreaMonthRow>`
    select k.area_key, k.category_id, k.month, sum(k.n)::int as n
    from (
      select ${key} as area_key, i.category_id, to_char(i.month, 'YYYY-MM') as month, i.n
      from initiative_item_counts i
      where i.municipality_id = ${municipalityId} and i.month >= ${fromDay}::date and ${scopeSql(paths)}
    ) k
    where k.area_key is not null
    group by 1, 2, 3
    having sum(k.n) > 0`.execute(db);
  return r.rows;
}

export interface StatisticsRow {
  area_code: string;
  area_name: string;
  category_id: string;
  category_code: string;
  month: string;
  n: number;
  open: number;
}

/** Items received in [fromDay, toDay] per (own) area, category and month. */
export async function statisticsRows(
  db: InitiativesDb,
  municipalityId: string,
  paths: ScopePaths,
  fromDay: string,
  toDay: string,
): Promise<StatisticsRow[]> {
  const r = await sql<StatisticsRow>`
    select a.code as area_code, a.name as area_name, c.id as category_id, c.code as category_code,
      g.month, g.n, g.open
    from (
      select i.area_id, i.category_id, to_char(i.month, 'YYYY-MM') as month, sum(i.n)::int as n,
        coalesce(sum(i.n) filter (where i.status in (${openList})), 0)::int as open
      from initiative_item_counts i
      where i.municipality_id = ${municipalityId} and i.month >= ${fromDay}::date and i.month <= ${toDay}::date
        and ${scopeSql(paths)}
      group by 1, 2, 3
      having sum(i.n) > 0
    ) g
    join areas a on a.id = g.area_id
    join initiative_categories c on c.id = g.category_id
    order by g.month, a.code, c.position, c.code`.execute(db);
  return r.rows;
}

export interface PublicPointRow {
  lon: number;
  lat: number;
  category_code: string;
  category_name: string;
  category_name_en: string | null;
  status: ItemStatus;
  month: string;
  area_code: string;
  area_name: string;
  n: number;
}

/**
 * Public points: items of categories on the public map, not withdrawn from it, not cancelled,
 * with a point, received since `fromDay`; rounded to 3 decimals and counted per rounded point,
 * category, status and month. No id, title, description or address ever leaves this query.
 */
export async function publicPoints(
  db: InitiativesDb,
  municipalityId: string,
  f: { fromDay: string; categoryCode?: string | undefined; paths: ScopePaths; limit: number },
): Promise<PublicPointRow[]> {
  const r = await sql<PublicPointRow>`
    select round(i.lon::numeric, 3)::float8 as lon, round(i.lat::numeric, 3)::float8 as lat,
      c.code as category_code, c.name as category_name, c.name_en as category_name_en,
      i.status, to_char(${localDate}, 'YYYY-MM') as month, a.code as area_code, a.name as area_name,
      count(*)::int as n
    from initiative_items i
    join initiative_categories c on c.id = i.category_id and c.municipality_id = i.municipality_id
    join areas a on a.id = i.area_id
    where i.municipality_id = ${municipalityId} and c.on_public_map and c.active and i.public
      and i.lon is not null and i.lat is not null and i.status <> 'cancelled'
      and i.received_at >= ${startOfDay(f.fromDay)} and ${scopeSql(f.paths)}
      ${f.categoryCode ? sql`and c.code = ${f.categoryCode}` : sql``}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 7 desc, 3, 8, 1, 2
    limit ${f.limit}`.execute(db);
  return r.rows;
}

export async function publicMapOn(db: InitiativesDb, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('initiative_settings')
    .select('public_map')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row?.public_map ?? false;
}

export async function categoryRows(db: InitiativesDb, municipalityId: string) {
  return db
    .selectFrom('initiative_categories as c')
    .innerJoin('initiative_kinds as k', 'k.id', 'c.kind_id')
    .select([
      'c.id',
      'c.code',
      'c.name',
      'c.name_en',
      'c.on_public_map',
      'c.active',
      'k.code as kind_code',
      'k.position as kind_position',
      'c.position',
    ])
    .where('c.municipality_id', '=', municipalityId)
    .orderBy('k.position')
    .orderBy('c.position')
    .orderBy('c.code')
    .execute();
}

export async function organisationNames(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- wijksignalen ----

export interface SignalRow {
  id: string;
  area_id: string;
  area_code: string;
  area_name: string;
  area_path: string;
  title: string;
  explanation: string;
  status: SignalStatus;
  plan_item_id: string | null;
  sent_to_organisation_id: string | null;
  sent_to_board: string | null;
  outcome: string | null;
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  item_count: number;
}

function signalQuery(db: InitiativesDb | InitiativesTx, municipalityId: string) {
  return db
    .selectFrom('neighbourhood_signals as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select([
      's.id',
      's.area_id',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      's.title',
      's.explanation',
      's.status',
      's.plan_item_id',
      's.sent_to_organisation_id',
      's.sent_to_board',
      's.outcome',
      's.created_by',
      's.version',
      's.created_at',
      's.updated_at',
      sql<number>`(select count(*)::int from neighbourhood_signal_items x where x.signal_id = s.id)`.as(
        'item_count',
      ),
    ])
    .where('s.municipality_id', '=', municipalityId);
}

export async function findSignalRow(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  id: string,
): Promise<SignalRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return signalQuery(db, municipalityId).where('s.id', '=', id).executeTakeFirst();
}

export async function listSignalRows(
  db: InitiativesDb,
  municipalityId: string,
  f: {
    paths: ScopePaths;
    status?: SignalStatus | undefined;
    after?: { createdAt: string; id: string } | undefined;
    limit: number;
  },
): Promise<SignalRow[]> {
  let q = signalQuery(db, municipalityId);
  if (f.paths !== null) {
    const paths = f.paths;
    if (paths.length === 0) return [];
    q = q.where((eb) =>
      eb.or(paths.flatMap((p) => [eb('a.path', '=', p), eb('a.path', 'like', `${escapeLike(p)}/%`)])),
    );
  }
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.after) {
    const after = f.after;
    q = q.where((eb) =>
      eb.or([
        eb('s.created_at', '<', new Date(after.createdAt)),
        eb.and([eb('s.created_at', '=', new Date(after.createdAt)), eb('s.id', '<', after.id)]),
      ]),
    );
  }
  return q.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(f.limit).execute();
}

export interface SignalItemRow {
  id: string;
  reference: string;
  title: string;
  status: ItemStatus;
  category_id: string;
  area_code: string;
  area_name: string;
  received_at: Date;
  has_email: boolean;
}

export async function signalItemRows(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  signalId: string,
): Promise<SignalItemRow[]> {
  return db
    .selectFrom('neighbourhood_signal_items as x')
    .innerJoin('initiative_items as i', 'i.id', 'x.item_id')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .select([
      'i.id',
      'i.reference',
      'i.title',
      'i.status',
      'i.category_id',
      'a.code as area_code',
      'a.name as area_name',
      'i.received_at',
      sql<boolean>`i.contact_email is not null`.as('has_email'),
    ])
    .where('x.municipality_id', '=', municipalityId)
    .where('x.signal_id', '=', signalId)
    .orderBy('i.received_at')
    .orderBy('i.id')
    .execute();
}

/** Items of an area's subtree for bundling: newest first, optionally by category or words. */
export async function candidateItemRows(
  db: InitiativesDb,
  municipalityId: string,
  f: { path: string; categoryId?: string | undefined; q?: string | undefined; limit: number },
): Promise<SignalItemRow[]> {
  let q = db
    .selectFrom('initiative_items as i')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .select([
      'i.id',
      'i.reference',
      'i.title',
      'i.status',
      'i.category_id',
      'a.code as area_code',
      'a.name as area_name',
      'i.received_at',
      sql<boolean>`i.contact_email is not null`.as('has_email'),
    ])
    .where('i.municipality_id', '=', municipalityId)
    .where(within(f.path));
  if (f.categoryId) q = q.where('i.category_id', '=', f.categoryId);
  if (f.q) {
    const words = `%${escapeLike(f.q)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('i.title', 'ilike', words),
        eb('i.description', 'ilike', words),
        eb('i.reference', 'ilike', words),
      ]),
    );
  }
  return q.orderBy('i.received_at', 'desc').orderBy('i.id', 'desc').limit(f.limit).execute();
}

/** The items (with path) of these ids in the municipality. */
export async function itemPaths(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  ids: string[],
): Promise<Array<{ id: string; area_path: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('initiative_items')
    .select(['id', 'area_path'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
}

export async function addSignalItems(
  tx: InitiativesTx,
  municipalityId: string,
  signalId: string,
  itemIds: string[],
): Promise<void> {
  if (itemIds.length === 0) return;
  await tx
    .insertInto('neighbourhood_signal_items')
    .values(
      itemIds.map((itemId) => ({ municipality_id: municipalityId, signal_id: signalId, item_id: itemId })),
    )
    .onConflict((oc) => oc.columns(['signal_id', 'item_id']).doNothing())
    .execute();
}

export async function removeSignalItems(
  tx: InitiativesTx,
  municipalityId: string,
  signalId: string,
  itemIds: string[],
): Promise<void> {
  if (itemIds.length === 0) return;
  await tx
    .deleteFrom('neighbourhood_signal_items')
    .where('municipality_id', '=', municipalityId)
    .where('signal_id', '=', signalId)
    .where('item_id', 'in', itemIds)
    .execute();
}

/** Bumps the version when it is still `version`; false when someone else changed it first. */
export async function updateSignalRow(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
  version: number,
  values: Partial<{
    title: string;
    explanation: string;
    status: SignalStatus;
    plan_item_id: string | null;
    sent_to_organisation_id: string | null;
    sent_to_board: string | null;
    outcome: string | null;
  }>,
): Promise<boolean> {
  const r = await tx
    .updateTable('neighbourhood_signals')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The item rows (for telling residents) of a signal, locked for the outcome's transaction. */
export async function signalItemFullRows(tx: InitiativesTx, municipalityId: string, signalId: string) {
  return tx
    .selectFrom('initiative_items')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where(
      'id',
      'in',
      tx
        .selectFrom('neighbourhood_signal_items')
        .select('item_id')
        .where('municipality_id', '=', municipalityId)
        .where('signal_id', '=', signalId),
    )
    .orderBy('received_at')
    .forUpdate()
    .execute();
}
