import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import '../policy.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativeBudgetResource, InitiativeGrantResource } from '../policy.ts';
import type { Budget } from './budget.ts';
import { findBudget, findGrantRow, type GrantRow } from './budgets.repository.ts';

// Who may do what with a budget (policy.ts): everyone reads the amount, rules and what is left;
// coordinators and administrators set budgets up and record payments; the area officers of the
// budget's area grant from it, withdraw and review accountings. The ledger is for those who
// grant or pay.

export function budgetResource(municipalityId: string, areaPath: string): InitiativeBudgetResource {
  return { type: 'initiative_budget', municipalityId, areaPath };
}

export function grantResource(
  municipalityId: string,
  areaPath: string,
  step: InitiativeGrantResource['step'],
): InitiativeGrantResource {
  return { type: 'initiative_grant', municipalityId, areaPath, step };
}

export function budgetPermissions(actor: Actor, b: Budget) {
  const m = actor.municipalityId;
  return {
    edit: can(actor, 'update', budgetResource(m, b.areaPath)),
    readLedger: can(actor, 'read', grantResource(m, b.areaPath, 'grant')),
    grant: can(actor, 'create', grantResource(m, b.areaPath, 'grant')),
    pay: can(actor, 'create', grantResource(m, b.areaPath, 'pay')),
    review: can(actor, 'update', grantResource(m, b.areaPath, 'review')),
  };
}

export async function requireBudget(ctx: ServiceContext, id: string): Promise<Budget> {
  const budget = await findBudget(initiativesDb(ctx.db), ctx.actor.municipalityId, id);
  if (!budget) throw new NotFoundError('initiative_budget');
  return budget;
}

/** A grant and its budget; NotFound for those who may not read the budget's ledger. */
export async function requireGrant(
  ctx: ServiceContext,
  id: string,
): Promise<{ grant: GrantRow; budget: Budget }> {
  const grant = await findGrantRow(initiativesDb(ctx.db), ctx.actor.municipalityId, id);
  if (!grant) throw new NotFoundError('initiative_grant');
  const budget = await requireBudget(ctx, grant.budget_id);
  if (!can(ctx.actor, 'read', grantResource(ctx.actor.municipalityId, budget.areaPath, 'grant')))
    throw new NotFoundError('initiative_grant');
  return { grant, budget };
}
