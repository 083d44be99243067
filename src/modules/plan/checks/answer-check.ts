import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { cycleTx } from '../cycles/cycles.tables.ts';
import { parsePlanInput } from '../plan-input.ts';
import type { NeighbourhoodCheck } from './check.ts';
import { type AnswerCheckInput, answerCheckInput } from './check-input.ts';
import { saveAnswer } from './checks.repository.ts';
import { getCheck } from './get-check.ts';

/** The officers of an asked area give (or correct) that area's answer, until the check is closed. */
export async function answerCheck(
  ctx: ServiceContext,
  checkId: string,
  areaCode: string,
  input: AnswerCheckInput,
): Promise<NeighbourhoodCheck> {
  const municipalityId = ctx.actor.municipalityId;
  const check = await getCheck(ctx.db, ctx.actor, checkId);
  const entry = check.areas.find((a) => a.area.code === areaCode);
  if (!entry) throw new NotFoundError('neighbourhood_check_area');
  requireAccess(ctx.actor, 'update', {
    type: 'neighbourhood_check_answer',
    municipalityId,
    areaPath: entry.area.path,
  });
  const data = parsePlanInput(answerCheckInput, input);
  if (check.closedAt !== null) throw new ConflictError('plan.check.error.closed');
  await runWrite(ctx, async (tx, audit) => {
    await saveAnswer(cycleTx(tx), municipalityId, check.id, entry.area.id, {
      verdict: data.verdict,
      answer: data.answer,
      answeredBy: ctx.actor.personId,
    });
    audit({
      action: 'neighbourhood_check.answer',
      resourceType: 'neighbourhood_check',
      resourceId: check.id,
      changes: {
        areaCode,
        verdict: { from: entry.verdict, to: data.verdict },
        answer: { from: entry.answer, to: data.answer },
      },
    });
  });
  return getCheck(ctx.db, ctx.actor, check.id);
}
