import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { hit, limits } from '../../core/auth/rate-limit.ts';
import { randomToken } from '../../core/auth/tokens.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { type SocialMapApp, sendMail } from './asset-access.ts';
import { checkContent, emptyContent, mergeContent, resolveArea } from './asset-content.ts';
import { parseSocialMapInput, type SubmitAssetInput, submitAssetInput } from './asset-input.ts';
import { smText } from './i18n.ts';
import { socialMapLinks } from './links.ts';
import './policy.ts';
import { smDb, smTx } from './social-map.tables.ts';
import { findSubmissionByIdempotencyKey, insertSubmission } from './submissions.repository.ts';

export type { SubmitAssetInput };
export { submitAssetInput };

export const confirmationDays = 7;

/**
 * A resident without an account proposes a new item. Nothing reaches the queue until they
 * confirm through the e-mailed link. Spam defences: a rate limit per IP address, a honeypot
 * field (filled in: answered as usual, kept nowhere) and, on confirmation, duplicate detection.
 * The answer is the same in every case, so it tells a bot nothing.
 */
export async function submitAsset(
  app: SocialMapApp,
  ctx: ServiceContext,
  input: SubmitAssetInput,
): Promise<{ accepted: true }> {
  const municipalityId = ctx.actor.municipalityId;
  await hit(ctx.db, `social-map-submit:${ctx.meta.ip ?? 'unknown'}`, limits.publicFormPerIp);
  const raw = input as { honeypot?: unknown };
  if (typeof raw?.honeypot === 'string' && raw.honeypot.trim() !== '') return { accepted: true };

  const data = parseSocialMapInput(submitAssetInput, input);
  if (data.idempotencyKey) {
    const earlier = await findSubmissionByIdempotencyKey(smDb(ctx.db), municipalityId, data.idempotencyKey);
    if (earlier) return { accepted: true };
  }
  const area = await resolveArea(ctx.db, ctx.actor, data);
  requireAccess(ctx.actor, 'create', {
    type: 'asset',
    municipalityId,
    kind: data.kind,
    areaPath: area.path,
    ownerPersonId: null,
    ownerOrganisationId: null,
    publiclyVisible: false,
    channel: 'submission',
  });
  // A resident cannot speak for an organisation; an editor links one later if it fits.
  const content = mergeContent(emptyContent(data.kind, area.id), { ...data, organisationId: null }, area.id);
  await checkContent(ctx.db, municipalityId, content);

  const token = randomToken();
  const locale = data.locale ?? 'nl';
  await runWrite(ctx, async (wtx, audit) => {
    const id = await insertSubmission(smTx(wtx), municipalityId, {
      areaId: area.id,
      snapshot: content,
      submitterName: data.submitterName,
      submitterEmail: data.submitterEmail.trim().toLowerCase(),
      locale,
      token,
      expiresAt: new Date(Date.now() + confirmationDays * 86_400_000),
      idempotencyKey: data.idempotencyKey ?? null,
    });
    // The audit log gets no e-mail address: it is kept longer than the submission.
    audit({
      action: 'social_map.submission.create',
      resourceType: 'asset_submission',
      resourceId: id,
      changes: { kind: content.kind, title: content.title, area: area.code },
    });
  });
  await sendMail(app, ctx.db, {
    municipalityId,
    to: data.submitterEmail,
    locale,
    subject: 'socialMap.mail.confirm.subject',
    body: 'socialMap.mail.confirm.body',
    params: {
      name: data.submitterName ?? smText(locale, 'socialMap.mail.greetingFallback'),
      title: content.title,
      link: socialMapLinks.confirmSubmission(app.publicUrl, token),
    },
    purpose: 'social-map-submission',
  });
  return { accepted: true };
}
