import { sql } from 'kysely';
import type { AccountingStatus, GrantStatus, InitiativesDb, InitiativesTx } from '../initiatives.tables.ts';
import type { Accounting, AccountingFile, Budget, Payment } from './budget.ts';

// The quick budget's queries: budgets, grants, payments, accountings, and the metadata of the
// accounting's files (never the bytes; intake serves those). Nothing else queries these tables.

type Reader = InitiativesDb | InitiativesTx;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => uuid.test(id);

function budgetQuery(db: Reader, municipalityId: string) {
  return db
    .selectFrom('initiative_budgets as b')
    .innerJoin('areas as a', 'a.id', 'b.area_id')
    .select([
      'b.id',
      'b.year',
      'b.amount_cents',
      'b.max_per_initiative_cents',
      'b.reserved_cents',
      'b.rules',
      'b.rules_en',
      'b.version',
      'b.updated_at',
      'a.id as area_id',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
    ])
    .where('b.municipality_id', '=', municipalityId);
}

export type BudgetJoinedRow = Awaited<ReturnType<ReturnType<typeof budgetQuery>['executeTakeFirstOrThrow']>>;

export function toBudget(r: BudgetJoinedRow): Budget {
  return {
    id: r.id,
    area: { id: r.area_id, code: r.area_code, name: r.area_name },
    areaPath: r.area_path,
    year: r.year,
    amountCents: Number(r.amount_cents),
    maxPerInitiativeCents: Number(r.max_per_initiative_cents),
    reservedCents: Number(r.reserved_cents),
    availableCents: Number(r.amount_cents) - Number(r.reserved_cents),
    rules: r.rules,
    rulesEn: r.rules_en,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findBudget(
  db: Reader,
  municipalityId: string,
  id: string,
): Promise<Budget | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await budgetQuery(db, municipalityId).where('b.id', '=', id).executeTakeFirst();
  return row ? toBudget(row) : undefined;
}

export async function listBudgets(
  db: Reader,
  municipalityId: string,
  filter: { year?: number | undefined; areaId?: string | undefined },
): Promise<Budget[]> {
  let q = budgetQuery(db, municipalityId);
  if (filter.year !== undefined) q = q.where('b.year', '=', filter.year);
  if (filter.areaId !== undefined) q = q.where('b.area_id', '=', filter.areaId);
  const rows = await q.orderBy('b.year', 'desc').orderBy('a.path').orderBy('b.id').execute();
  return rows.map(toBudget);
}

/** Budgets of the area itself and of every area above it (a buurt's item may use its wijk's budget). */
export async function budgetsCovering(
  db: Reader,
  municipalityId: string,
  areaPath: string,
): Promise<Budget[]> {
  const rows = await budgetQuery(db, municipalityId)
    .where((eb) =>
      eb.or([
        eb('a.path', '=', areaPath),
        eb(sql<boolean>`starts_with(${areaPath}, a.path || '/')`, '=', true),
      ]),
    )
    .orderBy('b.year', 'desc')
    .orderBy('a.depth', 'desc')
    .execute();
  return rows.map(toBudget);
}

export async function insertBudget(
  tx: InitiativesTx,
  v: {
    municipalityId: string;
    areaId: string;
    year: number;
    amountCents: number;
    maxPerInitiativeCents: number;
    rules: string;
    rulesEn: string | null;
  },
): Promise<string> {
  const row = await tx
    .insertInto('initiative_budgets')
    .values({
      municipality_id: v.municipalityId,
      area_id: v.areaId,
      year: v.year,
      amount_cents: v.amountCents,
      max_per_initiative_cents: v.maxPerInitiativeCents,
      rules: v.rules,
      rules_en: v.rulesEn,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'area_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? '';
}

/**
 * Changes amount, maximum and rules when nobody changed the budget since `version` and the new
 * amount still covers what is granted. Returns false when either does not hold.
 */
export async function updateBudgetIf(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
  version: number,
  v: { amountCents: number; maxPerInitiativeCents: number; rules: string; rulesEn: string | null },
): Promise<boolean> {
  const row = await tx
    .updateTable('initiative_budgets')
    .set({
      amount_cents: v.amountCents,
      max_per_initiative_cents: v.maxPerInitiativeCents,
      rules: v.rules,
      rules_en: v.rulesEn,
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('reserved_cents', '<=', v.amountCents)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Reserves money in one statement: the row is only changed when the amount still fits, so two
 * grants at the same moment cannot both take the last euros (the second re-reads the row after
 * the first commits and no longer matches). Returns the new reserved amount, or null.
 */
export async function reserve(
  tx: InitiativesTx,
  municipalityId: string,
  budgetId: string,
  amountCents: number,
): Promise<{ reservedCents: number; amountCents: number } | null> {
  const row = await tx
    .updateTable('initiative_budgets')
    .set({ reserved_cents: sql<number>`reserved_cents + ${amountCents}`, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', budgetId)
    .where(sql<boolean>`reserved_cents + ${amountCents} <= amount_cents`)
    .returning(['reserved_cents', 'amount_cents'])
    .executeTakeFirst();
  return row ? { reservedCents: Number(row.reserved_cents), amountCents: Number(row.amount_cents) } : null;
}

/** Gives a withdrawn grant's money back to the budget. */
export async function release(
  tx: InitiativesTx,
  municipalityId: string,
  budgetId: string,
  amountCents: number,
): Promise<boolean> {
  const row = await tx
    .updateTable('initiative_budgets')
    .set({ reserved_cents: sql<number>`reserved_cents - ${amountCents}`, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', budgetId)
    .where('reserved_cents', '>=', amountCents)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

// Grants

export interface GrantRow {
  id: string;
  budget_id: string;
  item_id: string;
  amount_cents: number;
  status: GrantStatus;
  note: string;
  granted_at: Date;
}

const grantColumns = ['id', 'budget_id', 'item_id', 'amount_cents', 'status', 'note', 'granted_at'] as const;

export async function findGrantRow(
  db: Reader,
  municipalityId: string,
  id: string,
): Promise<GrantRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('initiative_grants')
    .select(grantColumns)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findGrantRowForUpdate(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
): Promise<GrantRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx
    .selectFrom('initiative_grants')
    .select(grantColumns)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findGrantRowOfItem(
  db: Reader,
  municipalityId: string,
  itemId: string,
): Promise<GrantRow | undefined> {
  return db
    .selectFrom('initiative_grants')
    .select(grantColumns)
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
}

/**
 * A new grant, or — when an earlier grant of the item was withdrawn (one grant row per item) —
 * that row granted anew. Only withdrawn rows without payments or accountings are reused.
 */
export async function upsertGrant(
  tx: InitiativesTx,
  v: {
    municipalityId: string;
    budgetId: string;
    itemId: string;
    amountCents: number;
    note: string;
    grantedBy: string | null;
  },
): Promise<string | null> {
  const row = await tx
    .insertInto('initiative_grants')
    .values({
      municipality_id: v.municipalityId,
      budget_id: v.budgetId,
      item_id: v.itemId,
      amount_cents: v.amountCents,
      note: v.note,
      granted_by: v.grantedBy,
    })
    .onConflict((oc) =>
      oc
        .column('item_id')
        .doUpdateSet({
          budget_id: v.budgetId,
          amount_cents: v.amountCents,
          note: v.note,
          granted_by: v.grantedBy,
          granted_at: new Date(),
          status: 'granted',
        })
        .where('initiative_grants.status', '=', 'withdrawn'),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function setGrantStatus(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
  from: GrantStatus[],
  to: GrantStatus,
): Promise<boolean> {
  const row = await tx
    .updateTable('initiative_grants')
    .set({ status: to })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface LedgerGrantRow extends GrantRow {
  reference: string;
  title: string;
  item_status: import('../initiatives.tables.ts').ItemStatus;
  area_name: string;
}

export async function listGrantRowsOfBudget(
  db: Reader,
  municipalityId: string,
  budgetId: string,
): Promise<LedgerGrantRow[]> {
  return db
    .selectFrom('initiative_grants as g')
    .innerJoin('initiative_items as i', 'i.id', 'g.item_id')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .select([
      'g.id',
      'g.budget_id',
      'g.item_id',
      'g.amount_cents',
      'g.status',
      'g.note',
      'g.granted_at',
      'i.reference',
      'i.title',
      'i.status as item_status',
      'a.name as area_name',
    ])
    .where('g.municipality_id', '=', municipalityId)
    .where('g.budget_id', '=', budgetId)
    .orderBy('g.granted_at')
    .orderBy('g.id')
    .execute();
}

// Payments

export async function listPayments(
  db: Reader,
  municipalityId: string,
  grantIds: string[],
): Promise<Payment[]> {
  if (grantIds.length === 0) return [];
  const rows = await db
    .selectFrom('initiative_payments')
    .select(['id', 'grant_id', 'amount_cents', 'paid_on', 'reference', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('grant_id', 'in', grantIds)
    .orderBy('paid_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    grantId: r.grant_id,
    amountCents: Number(r.amount_cents),
    paidOn: r.paid_on,
    reference: r.reference,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function paidCentsOf(tx: Reader, municipalityId: string, grantId: string): Promise<number> {
  const row = await tx
    .selectFrom('initiative_payments')
    .select(sql<string>`coalesce(sum(amount_cents), 0)`.as('paid'))
    .where('municipality_id', '=', municipalityId)
    .where('grant_id', '=', grantId)
    .executeTakeFirst();
  return Number(row?.paid ?? 0);
}

export async function insertPayment(
  tx: InitiativesTx,
  v: {
    municipalityId: string;
    grantId: string;
    amountCents: number;
    paidOn: string;
    reference: string;
    recordedBy: string | null;
  },
): Promise<string> {
  const row = await tx
    .insertInto('initiative_payments')
    .values({
      municipality_id: v.municipalityId,
      grant_id: v.grantId,
      amount_cents: v.amountCents,
      paid_on: v.paidOn,
      reference: v.reference,
      recorded_by: v.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Accountings

export async function listAccountings(
  db: Reader,
  municipalityId: string,
  grantIds: string[],
): Promise<Accounting[]> {
  if (grantIds.length === 0) return [];
  const rows = await db
    .selectFrom('initiative_accountings')
    .select([
      'id',
      'grant_id',
      'report',
      'spent_cents',
      'status',
      'review_note',
      'submitted_at',
      'reviewed_at',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('grant_id', 'in', grantIds)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    grantId: r.grant_id,
    report: r.report,
    spentCents: Number(r.spent_cents),
    status: r.status,
    reviewNote: r.review_note,
    submittedAt: r.submitted_at.toISOString(),
    reviewedAt: r.reviewed_at ? r.reviewed_at.toISOString() : null,
  }));
}

export async function insertAccounting(
  tx: InitiativesTx,
  v: { municipalityId: string; grantId: string; report: string; spentCents: number },
): Promise<string> {
  const row = await tx
    .insertInto('initiative_accountings')
    .values({
      municipality_id: v.municipalityId,
      grant_id: v.grantId,
      report: v.report,
      spent_cents: v.spentCents,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Only an accounting that waits for review can be reviewed (once). */
export async function reviewAccountingIf(
  tx: InitiativesTx,
  municipalityId: string,
  id: string,
  v: { status: Exclude<AccountingStatus, 'submitted'>; note: string; reviewedBy: string | null },
): Promise<boolean> {
  const row = await tx
    .updateTable('initiative_accountings')
    .set({ status: v.status, review_note: v.note, reviewed_by: v.reviewedBy, reviewed_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function listAccountingFiles(
  db: Reader,
  municipalityId: string,
  itemId: string,
): Promise<AccountingFile[]> {
  const rows = await db
    .selectFrom('initiative_files')
    .select(['id', 'purpose', 'content_type', 'byte_size', 'alt', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('item_id', '=', itemId)
    .where('purpose', 'in', ['accounting_photo', 'receipt'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    purpose: r.purpose as AccountingFile['purpose'],
    contentType: r.content_type,
    byteSize: r.byte_size,
    alt: r.alt,
    createdAt: r.created_at.toISOString(),
  }));
}

/** Whether the item's kind may ask for money from the quick budget. */
export async function kindAllowsBudget(db: Reader, municipalityId: string, kindId: string): Promise<boolean> {
  const row = await db
    .selectFrom('initiative_kinds')
    .select('budget_request')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', kindId)
    .executeTakeFirst();
  return row?.budget_request === true;
}

/**
 * The public list of a budget's grants: the category (a name the municipality chose, never the
 * resident's own words, which may name people or addresses), buurt, amount.
 */
export async function listPublicGrantRows(db: Reader, municipalityId: string, budgetId: string) {
  return db
    .selectFrom('initiative_grants as g')
    .innerJoin('initiative_items as i', 'i.id', 'g.item_id')
    .innerJoin('initiative_categories as c', 'c.id', 'i.category_id')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .select(['g.id', 'c.name as title', 'a.name as area_name', 'g.amount_cents', 'g.status', 'g.granted_at'])
    .where('g.municipality_id', '=', municipalityId)
    .where('g.budget_id', '=', budgetId)
    .where('g.status', '<>', 'withdrawn')
    .where('i.public', '=', true)
    .orderBy('g.granted_at')
    .orderBy('g.id')
    .execute();
}

/** The item decided as granted by the grant, while it still has the version it was locked with. */
export async function markItemGranted(
  tx: InitiativesTx,
  row: import('../initiatives.tables.ts').ItemRow,
  answer: string,
  now: Date,
): Promise<import('../initiatives.tables.ts').ItemRow | undefined> {
  return tx
    .updateTable('initiative_items')
    .set({
      status: 'decided',
      decision: 'granted',
      answer,
      decided_at: now,
      version: row.version + 1,
      updated_at: now,
    })
    .where('municipality_id', '=', row.municipality_id)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
}
