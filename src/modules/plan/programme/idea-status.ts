import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import type { AreaRef } from '../plan.ts';
import { invalidIdeaLink } from './confirm-idea.ts';
import { getFramework } from './framework.ts';
import type { ProgrammeApp } from './idea-access.ts';
import { decisionsOf, findIdeaRow, reviseIdeaRow } from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import type { DecisionKind, IdeaStatus } from './programme.ts';
import { type ReviseIdeaInput, reviseIdeaInput } from './programme-input.ts';
import { readIdeaToken } from './programme-links.ts';

export type { ReviseIdeaInput };
export { reviseIdeaInput };

/** What the submitter sees on the status page: their idea, where it stands, every decision with its reasons. */
export interface IdeaStatusView {
  id: string;
  area: AreaRef;
  title: string;
  summary: string;
  description: string;
  durability: string;
  partners: string;
  budgetCents: number | null;
  aimedEffects: Array<{ id: string; name: string }>;
  effectChoices: Array<{ id: string; name: string; description: string }>;
  status: IdeaStatus;
  submittedAt: string;
  decisions: Array<{ decision: DecisionKind; reason: string; decidedAt: string }>;
  /** Accepted: the plan it became part of. */
  planId: string | null;
  planItemId: string | null;
}

async function ideaByFollowToken(app: ProgrammeApp, db: Db, municipalityId: string, token: string) {
  const id = readIdeaToken(app.secret, token, 'idea-follow', municipalityId);
  if (!id) throw invalidIdeaLink();
  const row = await findIdeaRow(programmeDb(db), municipalityId, id);
  if (!row || row.status === 'unconfirmed') throw invalidIdeaLink();
  return row;
}

export async function getIdeaStatus(
  app: ProgrammeApp,
  db: Db,
  municipalityId: string,
  token: string,
): Promise<IdeaStatusView> {
  const row = await ideaByFollowToken(app, db, municipalityId, token);
  const [framework, decisions] = await Promise.all([
    getFramework(db, municipalityId),
    decisionsOf(programmeDb(db), municipalityId, row.id),
  ]);
  const effects = new Map(framework.effects.map((e) => [e.id, e]));
  return {
    id: row.id,
    area: { id: row.area_id, code: row.area_code, name: row.area_name },
    title: row.title,
    summary: row.summary,
    description: row.description,
    durability: row.durability,
    partners: row.partners,
    budgetCents: row.budget_cents === null ? null : Number(row.budget_cents),
    aimedEffects: row.aimed_effect_ids.flatMap((id) => {
      const e = effects.get(id);
      return e ? [{ id, name: e.name }] : [];
    }),
    effectChoices: framework.effects
      .filter((e) => e.active)
      .map((e) => ({ id: e.id, name: e.name, description: e.description })),
    status: row.status,
    submittedAt: (row.confirmed_at ?? row.created_at).toISOString(),
    // Who decided stays inside: the submitter hears from the programme office.
    decisions: decisions.map((d) => ({ decision: d.decision, reason: d.reason, decidedAt: d.decidedAt })),
    planId: row.status === 'accepted' ? row.plan_id : null,
    planItemId: row.status === 'accepted' ? row.plan_item_id : null,
  };
}

/** Asked to revise: the submitter sends a new version through the status link; it goes back in. */
export async function reviseIdea(
  app: ProgrammeApp,
  ctx: ServiceContext,
  token: string,
  input: ReviseIdeaInput,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await ideaByFollowToken(app, ctx.db, municipalityId, token);
  if (row.status !== 'revise')
    throw new ValidationError([{ field: '_', key: 'plan.programme.error.notAskedToRevise' }]);
  const data = parseInput(reviseIdeaInput, input);
  const framework = await getFramework(ctx.db, municipalityId);
  const effectIds = new Set(framework.effects.filter((e) => e.active).map((e) => e.id));
  data.aimedEffectIds.forEach((id, i) => {
    if (!effectIds.has(id))
      throw new ValidationError([{ field: `aimedEffectIds.${i}`, key: 'validation.choice' }]);
  });
  await runWrite(ctx, async (wtx, audit) => {
    const ok = await reviseIdeaRow(programmeTx(wtx), municipalityId, row.id, {
      ...data,
      aimedEffectIds: [...new Set(data.aimedEffectIds)],
      budgetCents: data.budgetEuros === undefined ? null : Math.round(data.budgetEuros * 100),
    });
    if (!ok) throw new ValidationError([{ field: '_', key: 'plan.programme.error.notAskedToRevise' }]);
    audit({
      action: 'programme.idea.revise',
      resourceType: 'project_idea',
      resourceId: row.id,
      changes: { title: data.title },
    });
  });
}
