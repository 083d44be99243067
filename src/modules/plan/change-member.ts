import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError } from '../../core/errors.ts';
import './i18n.ts';
import { planTx } from './plan.tables.ts';
import { memberRoles } from './plan.ts';
import { requireManagedPlan } from './plan-access.ts';
import { parsePlanInput } from './plan-input.ts';
import { touchPlan } from './plans.repository.ts';

export const changeMemberInput = z.object({ role: z.enum(memberRoles) });

/** A manager gives a member another role, or removes the member (role null). */
export async function changeMember(
  ctx: ServiceContext,
  planId: string,
  memberId: string,
  input: { role: string } | null,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const p = await requireManagedPlan(ctx.db, ctx.actor, planId);
  const member = p.members.find((m) => m.id === memberId);
  if (!member) throw new NotFoundError('plan_member');
  const data = input === null ? null : parsePlanInput(changeMemberInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    if (data === null) {
      await tx
        .deleteFrom('plan_members')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', member.id)
        .execute();
    } else {
      await tx
        .updateTable('plan_members')
        .set({ role: data.role })
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', member.id)
        .execute();
    }
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: data === null ? 'plan.member.remove' : 'plan.member.update',
      resourceType: 'plan',
      resourceId: p.row.id,
      changes: {
        memberId: member.id,
        organisationId: member.membership.organisationId,
        personId: member.membership.personId,
        role: { from: member.role, to: data?.role ?? null },
      },
    });
  });
}
