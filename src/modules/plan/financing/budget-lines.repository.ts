import type { BudgetLine } from './budget-line.ts';
import type { BudgetSourceKind } from './co-financing.ts';
import type { FinancingDb, FinancingTx } from './financing.tables.ts';

// The Kysely queries of plan_budget_lines. Everything filters by municipality; amounts pass
// through Number() (PGlite may hand a bigint back as a BigInt).

type Reader = FinancingDb | FinancingTx;

function lineSelect(db: Reader, municipalityId: string) {
  return db
    .selectFrom('plan_budget_lines as l')
    .innerJoin('plan_items as i', 'i.id', 'l.item_id')
    .leftJoin('organisations as o', 'o.id', 'l.source_organisation_id')
    .select([
      'l.id',
      'l.item_id',
      'i.plan_id',
      'l.source_kind',
      'l.source_organisation_id',
      'o.name as source_organisation_name',
      'l.source_name',
      'l.description',
      'l.budget_year',
      'l.committed_cents',
      'l.spent_cents',
      'l.version',
      'l.updated_at',
    ])
    .where('l.municipality_id', '=', municipalityId);
}

type LineRow = Awaited<ReturnType<ReturnType<typeof lineSelect>['execute']>>[number];

function toLine(r: LineRow): BudgetLine {
  return {
    id: r.id,
    planId: r.plan_id,
    itemId: r.item_id,
    sourceKind: r.source_kind,
    sourceOrganisation:
      r.source_organisation_id !== null
        ? { id: r.source_organisation_id, name: r.source_organisation_name ?? '' }
        : null,
    sourceName: r.source_name,
    description: r.description,
    year: r.budget_year,
    committedCents: Number(r.committed_cents),
    spentCents: Number(r.spent_cents),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The lines of these items, by item, oldest year first. */
export async function linesOfItems(
  db: Reader,
  municipalityId: string,
  itemIds: string[],
  year?: number,
): Promise<Map<string, BudgetLine[]>> {
  const out = new Map<string, BudgetLine[]>();
  if (itemIds.length === 0) return out;
  let q = lineSelect(db, municipalityId).where('l.item_id', 'in', itemIds);
  if (year !== undefined) q = q.where('l.budget_year', '=', year);
  const rows = await q.orderBy('l.budget_year').orderBy('l.created_at').orderBy('l.id').execute();
  for (const r of rows) {
    const list = out.get(r.item_id) ?? [];
    list.push(toLine(r));
    out.set(r.item_id, list);
  }
  return out;
}

export async function findLine(
  db: Reader,
  municipalityId: string,
  lineId: string,
): Promise<BudgetLine | null> {
  const r = await lineSelect(db, municipalityId).where('l.id', '=', lineId).executeTakeFirst();
  return r ? toLine(r) : null;
}

/** The years that have lines in these plans. */
export async function lineYears(db: Reader, municipalityId: string, planIds: string[]): Promise<number[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('plan_budget_lines as l')
    .innerJoin('plan_items as i', 'i.id', 'l.item_id')
    .select('l.budget_year')
    .distinct()
    .where('l.municipality_id', '=', municipalityId)
    .where('i.plan_id', 'in', planIds)
    .orderBy('l.budget_year')
    .execute();
  return rows.map((r) => r.budget_year);
}

/** The interventions of these plans that have at least one line (in the year, when given). */
export async function itemIdsWithLines(
  db: Reader,
  municipalityId: string,
  planIds: string[],
  year?: number,
): Promise<string[]> {
  if (planIds.length === 0) return [];
  let q = db
    .selectFrom('plan_budget_lines as l')
    .innerJoin('plan_items as i', 'i.id', 'l.item_id')
    .select('l.item_id')
    .distinct()
    .where('l.municipality_id', '=', municipalityId)
    .where('i.plan_id', 'in', planIds);
  if (year !== undefined) q = q.where('l.budget_year', '=', year);
  return (await q.execute()).map((r) => r.item_id);
}

export interface LineValues {
  sourceKind: BudgetSourceKind;
  sourceOrganisationId: string | null;
  sourceName: string;
  description: string;
  year: number;
  committedCents: number;
  spentCents: number;
}

export async function insertLine(
  tx: FinancingTx,
  municipalityId: string,
  itemId: string,
  v: LineValues,
): Promise<string> {
  const r = await tx
    .insertInto('plan_budget_lines')
    .values({
      municipality_id: municipalityId,
      item_id: itemId,
      source_kind: v.sourceKind,
      source_organisation_id: v.sourceOrganisationId,
      source_name: v.sourceName,
      description: v.description,
      budget_year: v.year,
      committed_cents: v.committedCents,
      spent_cents: v.spentCents,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Changes a line only when it is still at `version`; false when someone came first. */
export async function updateLine(
  tx: FinancingTx,
  municipalityId: string,
  lineId: string,
  version: number,
  v: LineValues,
): Promise<boolean> {
  const r = await tx
    .updateTable('plan_budget_lines')
    .set({
      source_kind: v.sourceKind,
      source_organisation_id: v.sourceOrganisationId,
      source_name: v.sourceName,
      description: v.description,
      budget_year: v.year,
      committed_cents: v.committedCents,
      spent_cents: v.spentCents,
      version: version + 1,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', lineId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteLine(
  tx: FinancingTx,
  municipalityId: string,
  lineId: string,
  version: number | undefined,
): Promise<boolean> {
  let q = tx
    .deleteFrom('plan_budget_lines')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', lineId);
  if (version !== undefined) q = q.where('version', '=', version);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
