import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { cycleTx } from '../cycles/cycles.tables.ts';
import { requirePlan } from '../plan-access.ts';
import { parsePlanInput } from '../plan-input.ts';
import type { NeighbourhoodCheck } from './check.ts';
import { type CreateCheckInput, createCheckInput } from './check-input.ts';
import { areasByCode, findCheck, insertCheck } from './checks.repository.ts';
import { requestingDepartments } from './checks-policy.ts';

/** A department asks the officers of one or more areas for a wijktoets on a proposal. */
export async function createCheck(
  ctx: ServiceContext,
  input: CreateCheckInput,
  options: { today?: string } = {},
): Promise<NeighbourhoodCheck> {
  const municipalityId = ctx.actor.municipalityId;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const data = parsePlanInput(createCheckInput, input);
  // A department officer of exactly one department asks for it without naming it.
  const own = requestingDepartments(ctx.actor);
  const organisationId = data.requestingOrganisationId ?? (own?.length === 1 ? (own[0] ?? null) : null);
  requireAccess(ctx.actor, 'create', {
    type: 'neighbourhood_check',
    municipalityId,
    requestingOrganisationId: organisationId,
    requestedBy: ctx.actor.personId,
  });
  const errors = [];
  if (data.answerBy < today) errors.push({ field: 'answerBy', key: 'plan.check.validation.answerByPast' });
  const codes = [...new Set(data.areaCodes)];
  const areas = await areasByCode(ctx.db, municipalityId, codes);
  if (areas.length !== codes.length) errors.push({ field: 'areaCodes', key: 'validation.choice' });
  if (organisationId !== null) {
    const org = await ctx.db
      .selectFrom('organisations')
      .select('kind')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (org?.kind !== 'department')
      errors.push({ field: 'requestingOrganisationId', key: 'plan.check.validation.notDepartment' });
  }
  if (data.planId) {
    try {
      await requirePlan(ctx.db, ctx.actor, data.planId);
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
      errors.push({ field: 'planId', key: 'validation.choice' });
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
  const id = await runWrite(ctx, async (tx, audit) => {
    const checkId = await insertCheck(cycleTx(tx), municipalityId, {
      title: data.title,
      proposal: data.proposal,
      question: data.question,
      requestingOrganisationId: organisationId,
      requestedBy: ctx.actor.personId,
      planId: data.planId ?? null,
      answerBy: data.answerBy,
      areaIds: areas.map((a) => a.id),
    });
    audit({
      action: 'neighbourhood_check.create',
      resourceType: 'neighbourhood_check',
      resourceId: checkId,
      changes: { title: data.title, areaCodes: codes, answerBy: data.answerBy, planId: data.planId ?? null },
    });
    return checkId;
  });
  const check = await findCheck(ctx.db, municipalityId, id, today);
  if (!check) throw new Error('wijktoets vanished after create');
  return check;
}
