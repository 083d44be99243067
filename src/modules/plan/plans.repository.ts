import { sql } from 'kysely';
import type { PlanDb, PlanItemRow, PlanRow, PlanTx } from './plan.tables.ts';
import type {
  AreaRef,
  Indicator,
  IndicatorValue,
  ItemLink,
  Milestone,
  Plan,
  PlanItem,
  PlanMember,
} from './plan.ts';
import type { PlanMembership } from './policy.ts';

// The Kysely queries of the plan tables. Reads take PlanDb (or a transaction), writes PlanTx
// (only runWrite hands one out). Everything filters by municipality. Rows are mapped to the
// types of plan.ts here and nowhere else.

type Reader = PlanDb | PlanTx;

export interface PlanRowWithArea extends PlanRow {
  area_code: string;
  area_name: string;
  area_path: string;
}

function planSelect(db: Reader, municipalityId: string) {
  return db
    .selectFrom('plans')
    .innerJoin('areas', 'areas.id', 'plans.area_id')
    .selectAll('plans')
    .select(['areas.code as area_code', 'areas.name as area_name', 'areas.path as area_path'])
    .where('plans.municipality_id', '=', municipalityId);
}

export async function findPlanRow(
  db: Reader,
  municipalityId: string,
  planId: string,
): Promise<PlanRowWithArea | undefined> {
  if (!isUuid(planId)) return undefined;
  return planSelect(db, municipalityId).where('plans.id', '=', planId).executeTakeFirst();
}

export interface PlanListFilter {
  areaPath?: string | undefined;
  state?: Plan['state'] | undefined;
  kind?: Plan['kind'] | undefined;
  after?: { periodStart: string; id: string } | undefined;
  limit: number;
  /** 'all', or which drafts the actor sees: of these area paths and where they are a member. */
  drafts: 'all' | { areaPaths: string[]; personId: string | null; organisationIds: string[] };
}

/** Newest period first. Drafts only where the actor may read them. */
export async function listPlanRows(
  db: Reader,
  municipalityId: string,
  f: PlanListFilter,
): Promise<PlanRowWithArea[]> {
  let q = planSelect(db, municipalityId);
  if (f.areaPath) {
    const path = f.areaPath;
    q = q.where((eb) => eb.or([eb('areas.path', '=', path), eb('areas.path', 'like', `${path}/%`)]));
  }
  if (f.state) q = q.where('plans.state', '=', f.state);
  if (f.kind) q = q.where('plans.kind', '=', f.kind);
  const drafts = f.drafts;
  if (drafts !== 'all') {
    q = q.where((eb) => {
      const ors = [eb('plans.state', '<>', 'draft')];
      for (const p of drafts.areaPaths) {
        ors.push(eb('areas.path', '=', p), eb('areas.path', 'like', `${p}/%`));
      }
      const { personId, organisationIds } = drafts;
      if (personId || organisationIds.length > 0) {
        ors.push(
          eb.exists(
            eb
              .selectFrom('plan_members')
              .select('plan_members.id')
              .whereRef('plan_members.plan_id', '=', 'plans.id')
              .where((mb) => {
                const mine = [];
                if (personId) mine.push(mb('plan_members.person_id', '=', personId));
                if (organisationIds.length > 0)
                  mine.push(mb('plan_members.organisation_id', 'in', organisationIds));
                return mb.or(mine);
              }),
          ),
        );
      }
      return eb.or(ors);
    });
  }
  if (f.after) {
    const a = f.after;
    q = q.where((eb) =>
      eb.or([
        eb('plans.period_start', '<', a.periodStart),
        eb.and([eb('plans.period_start', '=', a.periodStart), eb('plans.id', '>', a.id)]),
      ]),
    );
  }
  return q.orderBy('plans.period_start', 'desc').orderBy('plans.id').limit(f.limit).execute();
}

export function toPlan(row: PlanRowWithArea): Plan {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    kind: row.kind,
    area: { id: row.area_id, code: row.area_code, name: row.area_name },
    title: row.title,
    summary: row.summary,
    vision: row.vision,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    state: row.state,
    adoptedAt: row.adopted_at ? new Date(row.adopted_at).toISOString() : null,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

// ---- members ----

export interface MemberWithRef extends PlanMember {
  membership: PlanMembership;
}

export async function membersOf(db: Reader, municipalityId: string, planIds: string[]) {
  const out = new Map<string, MemberWithRef[]>();
  if (planIds.length === 0) return out;
  const rows = await db
    .selectFrom('plan_members')
    .leftJoin('organisations', 'organisations.id', 'plan_members.organisation_id')
    .leftJoin('people', 'people.id', 'plan_members.person_id')
    .select([
      'plan_members.id',
      'plan_members.plan_id',
      'plan_members.role',
      'plan_members.organisation_id',
      'plan_members.person_id',
      'organisations.name as organisation_name',
      'organisations.kind as organisation_kind',
      'people.name as person_name',
    ])
    .where('plan_members.municipality_id', '=', municipalityId)
    .where('plan_members.plan_id', 'in', planIds)
    .orderBy('plan_members.created_at')
    .orderBy('plan_members.id')
    .execute();
  const order = { owner: 0, co_author: 1, reader: 2 };
  for (const r of rows.sort((a, b) => order[a.role] - order[b.role])) {
    const list = out.get(r.plan_id) ?? [];
    list.push({
      id: r.id,
      role: r.role,
      organisation:
        r.organisation_id !== null
          ? { id: r.organisation_id, name: r.organisation_name ?? '', kind: r.organisation_kind ?? '' }
          : null,
      person: r.person_id !== null ? { id: r.person_id, name: r.person_name ?? '' } : null,
      membership: { personId: r.person_id, organisationId: r.organisation_id, role: r.role },
    });
    out.set(r.plan_id, list);
  }
  return out;
}

// ---- items ----

export interface ItemRowWithNames extends PlanItemRow {
  owner_name: string | null;
  contact_name: string | null;
}

async function itemRows(db: Reader, municipalityId: string, where: { planIds?: string[]; itemId?: string }) {
  let q = db
    .selectFrom('plan_items')
    .leftJoin('organisations', 'organisations.id', 'plan_items.owner_organisation_id')
    .leftJoin('people', 'people.id', 'plan_items.contact_person_id')
    .selectAll('plan_items')
    .select(['organisations.name as owner_name', 'people.name as contact_name'])
    .where('plan_items.municipality_id', '=', municipalityId);
  if (where.planIds) q = q.where('plan_items.plan_id', 'in', where.planIds);
  if (where.itemId) q = q.where('plan_items.id', '=', where.itemId);
  return q.orderBy('plan_items.plan_id').orderBy('plan_items.position').orderBy('plan_items.id').execute();
}

export async function findItemRow(
  db: Reader,
  municipalityId: string,
  itemId: string,
): Promise<ItemRowWithNames | undefined> {
  if (!isUuid(itemId)) return undefined;
  return (await itemRows(db, municipalityId, { itemId }))[0];
}

/** The items of these plans with all they carry, one query per table. */
export async function loadItems(
  db: Reader,
  municipalityId: string,
  planIds: string[],
): Promise<Map<string, PlanItem[]>> {
  const out = new Map<string, PlanItem[]>();
  for (const id of planIds) out.set(id, []);
  const ids = planIds.filter(isUuid);
  if (ids.length === 0) return out;
  const rows = await itemRows(db, municipalityId, { planIds: ids });
  const details = await itemDetails(
    db,
    municipalityId,
    rows.map((r) => r.id),
  );
  for (const r of rows) out.get(r.plan_id)?.push(toItem(r, details));
  return out;
}

/** One item with all it carries. */
export async function loadItem(db: Reader, municipalityId: string, itemId: string): Promise<PlanItem | null> {
  const row = await findItemRow(db, municipalityId, itemId);
  if (!row) return null;
  return toItem(row, await itemDetails(db, municipalityId, [row.id]));
}

interface ItemDetails {
  areas: Map<string, AreaRef[]>;
  links: Map<string, ItemLink[]>;
  milestones: Map<string, Milestone[]>;
  indicators: Map<string, Indicator[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function itemDetails(db: Reader, municipalityId: string, itemIds: string[]): Promise<ItemDetails> {
  const d: ItemDetails = { areas: new Map(), links: new Map(), milestones: new Map(), indicators: new Map() };
  if (itemIds.length === 0) return d;
  const [areas, links, milestones, indicators] = await Promise.all([
    db
      .selectFrom('plan_item_areas')
      .innerJoin('areas', 'areas.id', 'plan_item_areas.area_id')
      .select(['plan_item_areas.item_id', 'areas.id', 'areas.code', 'areas.name'])
      .where('plan_item_areas.municipality_id', '=', municipalityId)
      .where('plan_item_areas.item_id', 'in', itemIds)
      .orderBy('areas.code')
      .execute(),
    db
      .selectFrom('plan_item_links')
      .select(['item_id', 'module', 'ref_id'])
      .where('municipality_id', '=', municipalityId)
      .where('item_id', 'in', itemIds)
      .orderBy('module')
      .orderBy('ref_id')
      .execute(),
    db
      .selectFrom('plan_milestones')
      .select(['id', 'item_id', 'title', 'due_date', 'done_on'])
      .where('municipality_id', '=', municipalityId)
      .where('item_id', 'in', itemIds)
      .orderBy('position')
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('plan_indicators')
      .leftJoin('areas', 'areas.id', 'plan_indicators.cbs_area_id')
      .selectAll('plan_indicators')
      .select([
        'areas.code as cbs_area_code',
        'areas.name as cbs_area_name',
        'areas.attributes as cbs_attributes',
        'areas.updated_at as cbs_updated_at',
      ])
      .where('plan_indicators.municipality_id', '=', municipalityId)
      .where('plan_indicators.item_id', 'in', itemIds)
      .orderBy('plan_indicators.position')
      .orderBy('plan_indicators.id')
      .execute(),
  ]);
  const values =
    indicators.length === 0
      ? []
      : await db
          .selectFrom('plan_indicator_values')
          .select(['id', 'indicator_id', 'measured_on', 'value', 'source', 'note'])
          .where('municipality_id', '=', municipalityId)
          .where(
            'indicator_id',
            'in',
            indicators.map((i) => i.id),
          )
          .orderBy('measured_on')
          .orderBy('created_at')
          .execute();
  const valuesOf = new Map<string, IndicatorValue[]>();
  for (const v of values)
    push(valuesOf, v.indicator_id, {
      id: v.id,
      measuredOn: v.measured_on,
      value: Number(v.value),
      source: v.source,
      note: v.note,
    });
  for (const a of areas) push(d.areas, a.item_id, { id: a.id, code: a.code, name: a.name });
  for (const l of links)
    push(d.links, l.item_id, {
      module: l.module,
      refId: l.ref_id,
      label: null,
      href: l.module === 'social_map' ? `/sociale-kaart/${l.ref_id}` : null,
    });
  for (const m of milestones)
    push(d.milestones, m.item_id, { id: m.id, title: m.title, dueDate: m.due_date, doneOn: m.done_on });
  for (const i of indicators) {
    const own = valuesOf.get(i.id) ?? [];
    let cbs: Indicator['cbs'] = null;
    let all = own;
    if (i.source_kind === 'cbs' && i.cbs_key && i.cbs_area_id && i.cbs_area_code) {
      cbs = {
        key: i.cbs_key,
        area: { id: i.cbs_area_id, code: i.cbs_area_code, name: i.cbs_area_name ?? '' },
      };
      const current = cbsFigure(i.cbs_attributes, i.cbs_key);
      if (current !== null) {
        all = [
          ...own,
          {
            id: `cbs-${i.id}`,
            measuredOn: isoDate(i.cbs_updated_at),
            value: current,
            source: CBS_SOURCE,
            note: '',
          },
        ].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
      }
    }
    push(d.indicators, i.item_id, {
      id: i.id,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline === null ? null : Number(i.baseline),
      baselineOn: i.baseline_on,
      target: i.target === null ? null : Number(i.target),
      targetOn: i.target_on,
      sourceKind: i.source_kind,
      cbs,
      values: all,
    });
  }
  return d;
}

export const CBS_SOURCE = 'CBS Kerncijfers wijken en buurten';

/** A key figure of an area (areas.attributes, from the CBS import), when it is a number. */
export function cbsFigure(attributes: unknown, key: string): number | null {
  if (!attributes || typeof attributes !== 'object') return null;
  const v = (attributes as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isoDate(d: Date | string | null): string {
  if (!d) return new Date().toISOString().slice(0, 10);
  return new Date(d).toISOString().slice(0, 10);
}

function toItem(r: ItemRowWithNames, d: ItemDetails): PlanItem {
  return {
    id: r.id,
    planId: r.plan_id,
    parentId: r.parent_id,
    level: r.level,
    position: r.position,
    title: r.title,
    description: r.description,
    ownerOrganisation:
      r.owner_organisation_id !== null ? { id: r.owner_organisation_id, name: r.owner_name ?? '' } : null,
    contactPerson:
      r.contact_person_id !== null ? { id: r.contact_person_id, name: r.contact_name ?? '' } : null,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
    themes: r.themes ?? [],
    areas: d.areas.get(r.id) ?? [],
    weight: r.weight === null ? null : Number(r.weight),
    progress: r.progress,
    milestones: d.milestones.get(r.id) ?? [],
    indicators: d.indicators.get(r.id) ?? [],
    links: d.links.get(r.id) ?? [],
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

// ---- writes ----

export interface PlanValues {
  areaId: string;
  kind: Plan['kind'];
  title: string;
  summary: string;
  vision: string;
  periodStart: string;
  periodEnd: string;
  state: Plan['state'];
}

export async function insertPlan(tx: PlanTx, municipalityId: string, v: PlanValues): Promise<string> {
  const row = await tx
    .insertInto('plans')
    .values({
      municipality_id: municipalityId,
      area_id: v.areaId,
      kind: v.kind,
      title: v.title,
      summary: v.summary,
      vision: v.vision,
      period_start: v.periodStart,
      period_end: v.periodEnd,
      state: v.state,
      adopted_at: v.state === 'draft' ? null : new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the plan when it is still at `expectedVersion`; false when someone else got there first. */
export async function updatePlanRow(
  tx: PlanTx,
  municipalityId: string,
  planId: string,
  expectedVersion: number,
  v: Omit<PlanValues, 'kind'> & { adoptedAt: Date | null },
): Promise<boolean> {
  const res = await tx
    .updateTable('plans')
    .set({
      area_id: v.areaId,
      title: v.title,
      summary: v.summary,
      vision: v.vision,
      period_start: v.periodStart,
      period_end: v.periodEnd,
      state: v.state,
      adopted_at: v.adoptedAt,
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A change inside the plan (members, items) moves the plan's updated_at, not its version. */
export async function touchPlan(tx: PlanTx, municipalityId: string, planId: string): Promise<void> {
  await tx
    .updateTable('plans')
    .set({ updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', planId)
    .execute();
}

export interface ItemValues {
  title: string;
  description: string;
  ownerOrganisationId: string | null;
  contactPersonId: string | null;
  startDate: string | null;
  endDate: string | null;
  status: PlanItem['status'];
  themes: string[];
  weight: number | null;
  progress: number | null;
}

export async function nextItemPosition(
  tx: Reader,
  municipalityId: string,
  planId: string,
  parentId: string | null,
): Promise<number> {
  let q = tx
    .selectFrom('plan_items')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('municipality_id', '=', municipalityId)
    .where('plan_id', '=', planId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  const row = await q.executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertItem(
  tx: PlanTx,
  municipalityId: string,
  v: ItemValues & { planId: string; parentId: string | null; level: PlanItem['level']; position: number },
): Promise<string> {
  const row = await tx
    .insertInto('plan_items')
    .values({
      municipality_id: municipalityId,
      plan_id: v.planId,
      parent_id: v.parentId,
      level: v.level,
      position: v.position,
      title: v.title,
      description: v.description,
      owner_organisation_id: v.ownerOrganisationId,
      contact_person_id: v.contactPersonId,
      start_date: v.startDate,
      end_date: v.endDate,
      status: v.status,
      themes: v.themes,
      weight: v.weight,
      progress: v.progress,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItemRow(
  tx: PlanTx,
  municipalityId: string,
  itemId: string,
  expectedVersion: number,
  v: ItemValues & { parentId: string | null; position: number },
): Promise<boolean> {
  const res = await tx
    .updateTable('plan_items')
    .set({
      parent_id: v.parentId,
      position: v.position,
      title: v.title,
      description: v.description,
      owner_organisation_id: v.ownerOrganisationId,
      contact_person_id: v.contactPersonId,
      start_date: v.startDate,
      end_date: v.endDate,
      status: v.status,
      themes: v.themes,
      weight: v.weight,
      progress: v.progress,
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', itemId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Milestones, indicators and links belong to the item: changing them moves its version too. */
export async function bumpItemVersion(tx: PlanTx, municipalityId: string, itemId: string): Promise<void> {
  await tx
    .updateTable('plan_items')
    .set({ version: sql<number>`version + 1`, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', itemId)
    .execute();
}

export async function replaceItemAreas(
  tx: PlanTx,
  municipalityId: string,
  itemId: string,
  areaIds: string[],
): Promise<void> {
  await tx
    .deleteFrom('plan_item_areas')
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .execute();
  if (areaIds.length === 0) return;
  await tx
    .insertInto('plan_item_areas')
    .values(
      [...new Set(areaIds)].map((areaId) => ({
        municipality_id: municipalityId,
        item_id: itemId,
        area_id: areaId,
      })),
    )
    .execute();
}

export async function replaceItemLinks(
  tx: PlanTx,
  municipalityId: string,
  itemId: string,
  links: Array<{ module: ItemLink['module']; refId: string }>,
): Promise<void> {
  await tx
    .deleteFrom('plan_item_links')
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .execute();
  const unique = [...new Map(links.map((l) => [`${l.module}:${l.refId}`, l])).values()];
  if (unique.length === 0) return;
  await tx
    .insertInto('plan_item_links')
    .values(
      unique.map((l) => ({
        municipality_id: municipalityId,
        item_id: itemId,
        module: l.module,
        ref_id: l.refId,
      })),
    )
    .execute();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a uuid cannot name a row (and must not reach SQL as one). */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}
