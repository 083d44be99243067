import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { hit, limits } from '../../../core/auth/rate-limit.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { hasRole } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { getFramework } from './framework.ts';
import { mailSubmitter, type ProgrammeApp } from './idea-access.ts';
import { findIdeaByIdempotencyKey, insertIdea } from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import { type SubmitIdeaInput, submitIdeaInput } from './programme-input.ts';
import { absolute, confirmDays, ideaTokens, programmePaths } from './programme-links.ts';

export type { SubmitIdeaInput };
export { submitIdeaInput };

export interface SubmitIdeaResult {
  accepted: true;
  /** Signed-in submitters skip the e-mail confirmation: the idea is in at once. */
  confirmed: boolean;
}

/** Residents without an account; partners and staff by their role. */
function submitterKindOf(actor: ServiceContext['actor']): 'resident' | 'partner' | 'staff' {
  if (actor.personId === null) return 'resident';
  if (hasRole(actor, 'partner')) return 'partner';
  if (
    ['administrator', 'coordinator', 'area_officer', 'department_officer'].some((r) =>
      hasRole(actor, r as 'coordinator'),
    )
  )
    return 'staff';
  return 'resident';
}

/**
 * Anyone submits a project idea for a wijk or gebied. Without an account it waits for the
 * confirmation link in the e-mail; signed in it is in at once and the status link is mailed.
 * Spam defences as on the social map: a rate limit per address, a honeypot (filled in: the usual
 * answer, nothing kept), an idempotency key (the same key twice submits once).
 */
export async function submitIdea(
  app: ProgrammeApp,
  ctx: ServiceContext,
  input: SubmitIdeaInput,
): Promise<SubmitIdeaResult> {
  const municipalityId = ctx.actor.municipalityId;
  const signedIn = ctx.actor.personId !== null;
  await hit(ctx.db, `programme-idea:${ctx.meta.ip ?? 'unknown'}`, limits.publicFormPerIp);
  const raw = input as { honeypot?: unknown };
  if (typeof raw?.honeypot === 'string' && raw.honeypot.trim() !== '')
    return { accepted: true, confirmed: signedIn };
  const data = parseInput(submitIdeaInput, input);
  requireAccess(ctx.actor, 'create', {
    type: 'project_idea',
    municipalityId,
    areaPath: '',
    submitterPersonId: ctx.actor.personId,
    assessor: false,
  });
  if (
    data.idempotencyKey &&
    (await findIdeaByIdempotencyKey(programmeDb(ctx.db), municipalityId, data.idempotencyKey))
  )
    return { accepted: true, confirmed: signedIn };

  const area = await findAreaRowByCode(ctx.db, municipalityId, data.areaCode);
  if (!area) throw new NotFoundError('area');
  if (area.kind === 'gemeente')
    throw new ValidationError([{ field: 'areaCode', key: 'plan.programme.error.areaTooWide' }]);
  const framework = await getFramework(ctx.db, municipalityId);
  const effectIds = new Set(framework.effects.filter((e) => e.active).map((e) => e.id));
  const aimed = [...new Set(data.aimedEffectIds)];
  aimed.forEach((id, i) => {
    if (!effectIds.has(id))
      throw new ValidationError([{ field: `aimedEffectIds.${i}`, key: 'validation.choice' }]);
  });

  const locale = data.locale ?? 'nl';
  const email = data.submitterEmail.toLowerCase();
  const id = await runWrite(ctx, async (wtx, audit) => {
    const ideaId = await insertIdea(programmeTx(wtx), municipalityId, {
      areaId: area.id,
      title: data.title,
      summary: data.summary,
      description: data.description,
      durability: data.durability,
      partners: data.partners,
      budgetCents: data.budgetEuros === undefined ? null : Math.round(data.budgetEuros * 100),
      aimedEffectIds: aimed,
      submitterKind: submitterKindOf(ctx.actor),
      submitterName: data.submitterName ?? null,
      submitterEmail: email,
      submitterPersonId: ctx.actor.personId,
      locale,
      status: signedIn ? 'submitted' : 'unconfirmed',
      confirmExpiresAt: signedIn ? null : new Date(Date.now() + confirmDays * 86_400_000),
      idempotencyKey: data.idempotencyKey ?? null,
    });
    // No e-mail address in the audit log: it is kept longer than the idea's personal data.
    audit({
      action: 'programme.idea.submit',
      resourceType: 'project_idea',
      resourceId: ideaId,
      changes: { title: data.title, area: area.code, confirmed: signedIn },
    });
    return ideaId;
  });
  const tokens = ideaTokens(app.secret, municipalityId, id);
  await mailSubmitter(app, ctx.db, {
    municipalityId,
    to: email,
    locale,
    subject: signedIn ? 'plan.programme.mail.received.subject' : 'plan.programme.mail.confirm.subject',
    body: signedIn ? 'plan.programme.mail.received.body' : 'plan.programme.mail.confirm.body',
    params: {
      title: data.title,
      link: absolute(
        app.publicUrl,
        signedIn ? programmePaths.follow(tokens.follow) : programmePaths.confirm(tokens.confirm),
      ),
      days: confirmDays,
    },
  });
  return { accepted: true, confirmed: signedIn };
}
