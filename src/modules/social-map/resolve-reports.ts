import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { requireAssetRow, type SocialMapApp, sendMail } from './asset-access.ts';
import { parseSocialMapInput } from './asset-input.ts';
import { setAssetStatus, setHiddenForReports } from './assets.repository.ts';
import './policy.ts';
import { resolveOpenReports } from './reports.repository.ts';
import { smTx } from './social-map.tables.ts';

export const resolveReportsInput = z.object({
  /** keep: the item is fine (shown again); remove: taken off the map (archived, never deleted). */
  decision: z.enum(['keep', 'remove']),
  reason: z.string().trim().max(2000).optional(),
});
export type ResolveReportsInput = z.input<typeof resolveReportsInput>;

/** An editor deals with the open reports of an item; reporters who left an address hear the outcome. */
export async function resolveReports(
  app: SocialMapApp,
  ctx: ServiceContext,
  assetId: string,
  input: ResolveReportsInput,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await requireAssetRow(ctx.db, municipalityId, assetId);
  requireAccess(ctx.actor, 'update', { type: 'asset_queue', municipalityId, areaPath: row.area_path });
  const data = parseSocialMapInput(resolveReportsInput, input);
  const now = new Date();
  const reporters = await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const emails = await resolveOpenReports(tx, municipalityId, row.id, {
      resolution: data.decision === 'keep' ? 'kept' : 'removed',
      label: ctx.actor.label,
      now,
    });
    await setHiddenForReports(tx, municipalityId, row.id, null);
    if (data.decision === 'remove') await setAssetStatus(tx, municipalityId, row.id, 'archived', now);
    audit({
      action: data.decision === 'keep' ? 'social_map.reports.dismiss' : 'social_map.asset.archive',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { reason: data.reason ?? null },
    });
    return emails;
  });
  for (const to of reporters) {
    await sendMail(app, ctx.db, {
      municipalityId,
      to,
      locale: 'nl',
      subject: 'socialMap.mail.reportResolved.subject',
      body:
        data.decision === 'keep'
          ? 'socialMap.mail.reportResolved.kept'
          : 'socialMap.mail.reportResolved.removed',
      params: { title: row.title, reason: data.reason ?? '' },
      purpose: 'social-map-report',
    });
  }
}
