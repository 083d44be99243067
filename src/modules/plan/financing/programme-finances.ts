import { z } from 'zod';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { UnauthenticatedError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { listPlans } from '../list-plans.ts';
import { planDb } from '../plan.tables.ts';
import type { Plan } from '../plan.ts';
import type { BudgetLine, FinanceItemRef, ProgrammeFinances, ProgrammeProject } from './budget-line.ts';
import { itemIdsWithLines, linesOfItems, lineYears } from './budget-lines.repository.ts';
import { summariseFinances } from './co-financing.ts';
import './finance-i18n.ts';
import './finance-policy.ts';
import { financingDb } from './financing.tables.ts';

// The programme's money: every project (intervention) with budget lines in the plans the actor
// may read, per project and together, with the share from other sources that the programme
// office reports to the council. For the programme office and the area officers.

export const programmeFinancesInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  areaCode: z.string().trim().max(20).optional(),
});
export type ProgrammeFinancesInput = z.input<typeof programmeFinancesInput>;

export interface ProgrammeData {
  filter: { year: number | null; areaCode: string | null };
  plans: Map<string, Plan>;
  items: Map<string, FinanceItemRef>;
  linesByItem: Map<string, BudgetLine[]>;
  years: number[];
}

/** Who may see it: the programme office and area officers (401 anonymous, 403 others). */
export function requireProgrammeFinanceAccess(ctx: ServiceContext): void {
  if (ctx.actor.personId === null && ctx.actor.grants.length === 0) throw new UnauthenticatedError();
  requireAccess(ctx.actor, 'read', {
    type: 'plan_programme_finances',
    municipalityId: ctx.actor.municipalityId,
  });
}

/** The plans, projects and lines behind the overview and the CSV export. */
export async function loadProgrammeData(
  ctx: ServiceContext,
  input: ProgrammeFinancesInput,
): Promise<ProgrammeData> {
  requireProgrammeFinanceAccess(ctx);
  const f = parseInput(programmeFinancesInput, input);
  const areaCode = f.areaCode ? f.areaCode : undefined;
  const plans = new Map<string, Plan>();
  let cursor: string | undefined;
  do {
    const page = await listPlans(ctx, { areaCode, cursor, limit: 200 });
    for (const plan of page.plans) plans.set(plan.id, plan);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const municipalityId = ctx.actor.municipalityId;
  const fdb = financingDb(ctx.db);
  const planIds = [...plans.keys()];
  const [itemIds, years] = await Promise.all([
    itemIdsWithLines(fdb, municipalityId, planIds, f.year),
    lineYears(fdb, municipalityId, planIds),
  ]);
  const [linesByItem, items] = await Promise.all([
    linesOfItems(fdb, municipalityId, itemIds, f.year),
    itemRefs(ctx, itemIds),
  ]);
  return { filter: { year: f.year ?? null, areaCode: areaCode ?? null }, plans, items, linesByItem, years };
}

export async function getProgrammeFinances(
  ctx: ServiceContext,
  input: ProgrammeFinancesInput = {},
): Promise<ProgrammeFinances> {
  const d = await loadProgrammeData(ctx, input);
  const projects: ProgrammeProject[] = [];
  for (const [itemId, lines] of d.linesByItem) {
    const item = d.items.get(itemId);
    const plan = item ? d.plans.get(item.planId) : undefined;
    if (!item || !plan) continue;
    projects.push({
      plan: { id: plan.id, title: plan.title, areaCode: plan.area.code, areaName: plan.area.name },
      item,
      summary: summariseFinances(lines),
    });
  }
  projects.sort(
    (a, b) =>
      a.plan.title.localeCompare(b.plan.title, 'nl') ||
      a.plan.id.localeCompare(b.plan.id) ||
      a.item.title.localeCompare(b.item.title, 'nl') ||
      a.item.id.localeCompare(b.item.id),
  );
  return {
    year: d.filter.year,
    areaCode: d.filter.areaCode,
    projects,
    summary: summariseFinances(projects.flatMap((p) => d.linesByItem.get(p.item.id) ?? [])),
    years: d.years,
  };
}

async function itemRefs(ctx: ServiceContext, itemIds: string[]): Promise<Map<string, FinanceItemRef>> {
  const out = new Map<string, FinanceItemRef>();
  if (itemIds.length === 0) return out;
  const rows = await planDb(ctx.db)
    .selectFrom('plan_items')
    .leftJoin('organisations', 'organisations.id', 'plan_items.owner_organisation_id')
    .select([
      'plan_items.id',
      'plan_items.plan_id',
      'plan_items.level',
      'plan_items.title',
      'plan_items.owner_organisation_id',
      'organisations.name as owner_name',
    ])
    .where('plan_items.municipality_id', '=', ctx.actor.municipalityId)
    .where('plan_items.id', 'in', itemIds)
    .execute();
  for (const r of rows) {
    out.set(r.id, {
      id: r.id,
      planId: r.plan_id,
      level: r.level,
      title: r.title,
      ownerOrganisation:
        r.owner_organisation_id !== null ? { id: r.owner_organisation_id, name: r.owner_name ?? '' } : null,
    });
  }
  return out;
}
