import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { Budget, PublicGrant } from './budget.ts';
import { budgetResource } from './budget-access.ts';
import './budget-i18n.ts';
import { listBudgets, listPublicGrantRows } from './budgets.repository.ts';
import { currentYear } from './money.ts';

export interface PublicBudget {
  area: { code: string; name: string };
  budget: Budget | null;
  /** Other years with a budget for this area (newest first), to link to. */
  years: number[];
  grants: PublicGrant[];
}

/**
 * The published page of an area's quick budget: the amount, what is left, the rules, and the
 * initiatives that got money (title, buurt, amount; nothing about who asked). The year asked for,
 * else this year's, else the latest there is.
 */
export async function getPublicBudget(
  ctx: ServiceContext,
  areaCode: string,
  year?: number | undefined,
): Promise<PublicBudget> {
  const m = ctx.actor.municipalityId;
  const area = /^[A-Za-z0-9]{1,20}$/.test(areaCode)
    ? await findAreaRowByCode(ctx.db, m, areaCode.toUpperCase())
    : undefined;
  if (!area) throw new NotFoundError('area');
  requireAccess(ctx.actor, 'read', budgetResource(m, area.path));
  const db = initiativesDb(ctx.db);
  const budgets = await listBudgets(db, m, { areaId: area.id });
  const years = budgets.map((b) => b.year);
  const budget =
    year !== undefined
      ? budgets.find((b) => b.year === year)
      : (budgets.find((b) => b.year === currentYear()) ?? budgets[0]);
  if (year !== undefined && !budget) throw new NotFoundError('initiative_budget');
  const grants = budget
    ? (await listPublicGrantRows(db, m, budget.id)).map(
        (g): PublicGrant => ({
          id: g.id,
          title: g.title,
          areaName: g.area_name,
          amountCents: Number(g.amount_cents),
          status: g.status as PublicGrant['status'],
          grantedOn: g.granted_at.toISOString().slice(0, 10),
        }),
      )
    : [];
  return { area: { code: area.code, name: area.name }, budget: budget ?? null, years, grants };
}
