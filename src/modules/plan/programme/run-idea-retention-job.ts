import { type ExpressionBuilder, sql } from 'kysely';
import type { AppContext } from '../../../core/app-context.ts';
import { runWrite } from '../../../core/audit/write.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { type ProgrammeTables, programmeDb, programmeTx } from './programme.tables.ts';
import { followDays } from './programme-links.ts';

export interface IdeaRetentionResult {
  deleted: number;
  anonymised: number;
}

const day = 86_400_000;

type IdeaWhere = ExpressionBuilder<ProgrammeTables, 'project_ideas'>;

/** Never confirmed, and the confirmation link has run out. */
const expired = (eb: IdeaWhere, now: Date) =>
  eb.and([eb('status', '=', 'unconfirmed'), eb('confirm_expires_at', '<', now)]);

/** Still holds a name or address, and the follow link has run out. */
const spent = (eb: IdeaWhere, keepUntil: Date) =>
  eb.and([
    eb(sql<Date>`coalesce(decided_at, created_at)`, '<', keepUntil),
    eb.or([eb('submitter_email', 'is not', null), eb('submitter_name', 'is not', null)]),
  ]);

/**
 * The submitter's name and e-mail address serve following the idea and hearing the decision
 * (decision 020): once the follow link has run out (followDays after the decision, or after the
 * submission when there is none) they are removed; the idea itself stays, without a name. An idea
 * that was never confirmed goes once its confirmation link has expired. Safe to run again.
 */
export async function runIdeaRetentionJob(
  app: Pick<AppContext, 'db'>,
  now = new Date(),
): Promise<IdeaRetentionResult> {
  const total: IdeaRetentionResult = { deleted: 0, anonymised: 0 };
  const keepUntil = new Date(now.getTime() - followDays * day);
  const municipalities = await programmeDb(app.db)
    .selectFrom('project_ideas')
    .select('municipality_id')
    .distinct()
    .execute();
  for (const { municipality_id: municipalityId } of municipalities) {
    // A write must leave an audit entry: look first, and write only when there is something to do.
    const due = await programmeDb(app.db)
      .selectFrom('project_ideas')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where((eb) => eb.or([expired(eb, now), spent(eb, keepUntil)]))
      .limit(1)
      .executeTakeFirst();
    if (!due) continue;
    const ctx = { db: app.db, actor: systemActor(municipalityId, 'retention'), meta: {} };
    const result = await runWrite(ctx, async (wtx, audit) => {
      const tx = programmeTx(wtx);
      const deleted = await tx
        .deleteFrom('project_ideas')
        .where('municipality_id', '=', municipalityId)
        .where((eb) => expired(eb, now))
        .executeTakeFirst();
      const anonymised = await tx
        .updateTable('project_ideas')
        .set({ submitter_name: null, submitter_email: null, updated_at: now })
        .where('municipality_id', '=', municipalityId)
        .where((eb) => spent(eb, keepUntil))
        .executeTakeFirst();
      const counts = {
        deleted: Number(deleted.numDeletedRows),
        anonymised: Number(anonymised.numUpdatedRows),
      };
      audit({ action: 'plan.programme.retention', resourceType: 'project_idea', changes: counts });
      return counts;
    });
    total.deleted += result.deleted;
    total.anonymised += result.anonymised;
  }
  return total;
}
