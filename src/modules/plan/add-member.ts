import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { findPersonByEmail } from '../../core/people/people.repository.ts';
import './i18n.ts';
import { planTx } from './plan.tables.ts';
import type { PlanMember } from './plan.ts';
import { requireManagedPlan, requirePlan } from './plan-access.ts';
import { type MemberInput, memberInput, parsePlanInput } from './plan-input.ts';
import { checkPeopleAndOrganisations } from './plan-references.ts';
import { touchPlan } from './plans.repository.ts';

export type { MemberInput };

/** Only people with an account in this municipality can be members; the address is not echoed. */
async function personIdByEmail(ctx: ServiceContext, email: string): Promise<string> {
  const person = await findPersonByEmail(ctx.db, ctx.actor.municipalityId, email);
  if (!person) throw new ValidationError([{ field: 'personEmail', key: 'plan.validation.personUnknown' }]);
  return person.id;
}

/** A manager adds a person or an organisation to the plan as owner, co-author or reader. */
export async function addMember(
  ctx: ServiceContext,
  planId: string,
  input: MemberInput,
): Promise<PlanMember> {
  const municipalityId = ctx.actor.municipalityId;
  const p = await requireManagedPlan(ctx.db, ctx.actor, planId);
  const data = parsePlanInput(memberInput, input);
  const organisationId = data.organisationId ?? null;
  const personId = data.personEmail ? await personIdByEmail(ctx, data.personEmail) : (data.personId ?? null);
  await checkPeopleAndOrganisations(
    ctx.db,
    municipalityId,
    { organisationId, personId },
    { organisation: 'organisationId', person: 'personId' },
  );
  const taken = p.members.some(
    (m) =>
      (organisationId !== null && m.membership.organisationId === organisationId) ||
      (personId !== null && m.membership.personId === personId),
  );
  if (taken)
    throw new ValidationError([
      {
        field: organisationId ? 'organisationId' : data.personEmail ? 'personEmail' : 'personId',
        key: 'plan.validation.memberExists',
      },
    ]);
  const id = await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const row = await tx
      .insertInto('plan_members')
      .values({
        municipality_id: municipalityId,
        plan_id: p.row.id,
        organisation_id: organisationId,
        person_id: personId,
        role: data.role,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.member.add',
      resourceType: 'plan',
      resourceId: p.row.id,
      changes: { memberId: row.id, organisationId, personId, role: data.role },
    });
    return row.id;
  });
  const member = (await requirePlan(ctx.db, ctx.actor, planId)).members.find((m) => m.id === id);
  if (!member) throw new NotFoundError('plan_member');
  const { membership: _, ...out } = member;
  return out;
}
