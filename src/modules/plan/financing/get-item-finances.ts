import type { ServiceContext } from '../../../core/audit/write.ts';
import { can } from '../../../core/permissions/can.ts';
import { planDb } from '../plan.tables.ts';
import { requireItem, rowResource } from '../update-item.ts';
import type { FinanceItemRef, ItemFinanceView } from './budget-line.ts';
import { linesOfItems } from './budget-lines.repository.ts';
import { summariseFinances } from './co-financing.ts';
import './finance-i18n.ts';
import './finance-policy.ts';
import { financingDb } from './financing.tables.ts';

/**
 * An item's money for whoever may read its plan (else NotFoundError): an intervention's own
 * budget lines with their summary, or for a goal or action line the interventions below it.
 */
export async function getItemFinances(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
): Promise<ItemFinanceView> {
  const { p, row } = await requireItem(ctx, planId, itemId);
  const municipalityId = ctx.actor.municipalityId;
  const item: FinanceItemRef = {
    id: row.id,
    planId: row.plan_id,
    level: row.level,
    title: row.title,
    ownerOrganisation:
      row.owner_organisation_id !== null
        ? { id: row.owner_organisation_id, name: row.owner_name ?? '' }
        : null,
  };
  if (row.level === 'intervention') {
    const lines = (await linesOfItems(financingDb(ctx.db), municipalityId, [row.id])).get(row.id) ?? [];
    return {
      plan: p.plan,
      item,
      lines,
      summary: summariseFinances(lines),
      interventions: [],
      canEdit: can(ctx.actor, 'update', rowResource(p, row)),
    };
  }
  const below = await interventionsBelow(ctx, p.row.id, row.id);
  const linesByItem = await linesOfItems(
    financingDb(ctx.db),
    municipalityId,
    below.map((i) => i.id),
  );
  const interventions = below.map((i) => ({
    item: i,
    summary: summariseFinances(linesByItem.get(i.id) ?? []),
  }));
  return {
    plan: p.plan,
    item,
    lines: [],
    summary: summariseFinances([...linesByItem.values()].flat()),
    interventions,
    canEdit: false,
  };
}

/** The interventions under a goal or action line, in tree order. */
async function interventionsBelow(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
): Promise<FinanceItemRef[]> {
  const rows = await planDb(ctx.db)
    .selectFrom('plan_items')
    .leftJoin('organisations', 'organisations.id', 'plan_items.owner_organisation_id')
    .select([
      'plan_items.id',
      'plan_items.parent_id',
      'plan_items.level',
      'plan_items.title',
      'plan_items.owner_organisation_id',
      'organisations.name as owner_name',
    ])
    .where('plan_items.municipality_id', '=', ctx.actor.municipalityId)
    .where('plan_items.plan_id', '=', planId)
    .orderBy('plan_items.position')
    .orderBy('plan_items.id')
    .execute();
  const children = new Map<string, typeof rows>();
  for (const r of rows) {
    if (r.parent_id === null) continue;
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  const out: FinanceItemRef[] = [];
  const walk = (id: string) => {
    for (const c of children.get(id) ?? []) {
      if (c.level === 'intervention') {
        out.push({
          id: c.id,
          planId,
          level: c.level,
          title: c.title,
          ownerOrganisation:
            c.owner_organisation_id !== null
              ? { id: c.owner_organisation_id, name: c.owner_name ?? '' }
              : null,
        });
      }
      walk(c.id);
    }
  };
  walk(itemId);
  return out;
}
