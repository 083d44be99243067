import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { hit, limits } from '../../core/auth/rate-limit.ts';
import { hmac } from '../../core/auth/tokens.ts';
import { NotFoundError } from '../../core/errors.ts';
import { can } from '../../core/permissions/can.ts';
import { assetResource, requireAssetRow, type SocialMapApp } from './asset-access.ts';
import { parseSocialMapInput } from './asset-input.ts';
import { setHiddenForReports } from './assets.repository.ts';
import './policy.ts';
import { countOpenReporters, insertReport } from './reports.repository.ts';
import { findSettings } from './settings.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';

export const reportAssetInput = z.object({
  reason: z.enum(['error', 'abuse', 'other']),
  message: z.string().trim().max(2000).optional(),
  /** Optional: to hear what was done with the report. */
  email: z
    .email({ error: 'validation.email' })
    .max(320)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  honeypot: z.string().max(1000).optional(),
});
export type ReportAssetInput = z.input<typeof reportAssetInput>;

/**
 * Anyone can report an error or abuse. The item goes back to the editors' queue; once enough
 * different people reported it (a municipality setting, default 3) it is hidden until an
 * editor has looked at it.
 */
export async function reportAsset(
  app: SocialMapApp,
  ctx: ServiceContext,
  assetId: string,
  input: ReportAssetInput,
): Promise<{ received: true }> {
  const municipalityId = ctx.actor.municipalityId;
  await hit(ctx.db, `social-map-report:${ctx.meta.ip ?? 'unknown'}`, limits.publicFormPerIp);
  const raw = input as { honeypot?: unknown };
  if (typeof raw?.honeypot === 'string' && raw.honeypot.trim() !== '') return { received: true };
  const data = parseSocialMapInput(reportAssetInput, input);
  const row = await requireAssetRow(ctx.db, municipalityId, assetId);
  // Only what one can see can be reported; the rest does not exist for the reporter.
  if (!can(ctx.actor, 'read', assetResource(row))) throw new NotFoundError('asset');
  const settings = await findSettings(smDb(ctx.db), municipalityId);
  // Distinct reporters are counted by a keyed hash of their address, never the address itself.
  const fingerprint = ctx.meta.ip ? hmac(app.secret, `social-map-reporter:${ctx.meta.ip}`) : null;
  const now = new Date();

  await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const reportId = await insertReport(tx, municipalityId, {
      assetId: row.id,
      reason: data.reason,
      message: data.message ?? '',
      reporterEmail: data.email ? data.email.toLowerCase() : null,
      reporterPersonId: ctx.actor.personId,
      reporterFingerprint: fingerprint,
      now,
    });
    const reporters = await countOpenReporters(tx, municipalityId, row.id);
    const hide = row.hidden_for_reports_at === null && reporters >= settings.reportHideThreshold;
    if (hide) await setHiddenForReports(tx, municipalityId, row.id, now);
    audit({
      action: 'social_map.asset.report',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { report: reportId, reason: data.reason, reporters, hidden: hide },
    });
  });
  return { received: true };
}
