import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { findPersonById } from '../../core/people/people.repository.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import type { AssetContent } from './asset.ts';
import { requireAssetRow, type SocialMapApp, sendMail } from './asset-access.ts';
import { searchTextFor } from './asset-content.ts';
import { parseSocialMapInput } from './asset-input.ts';
import { applyContent, organisationName, setAssetStatus } from './assets.repository.ts';
import { smText } from './i18n.ts';
import { socialMapLinks } from './links.ts';
import { listTaxonomy } from './taxonomy.ts';
import './policy.ts';
import {
  countPendingRevisions,
  decideRevision,
  findRevisionRow,
  previousAppliedRevision,
} from './revisions.repository.ts';
import type { RevisionRow } from './social-map.tables.ts';
import { smDb, smTx } from './social-map.tables.ts';
import { findSubmissionById, markDecided } from './submissions.repository.ts';

export const reviewRevisionInput = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(2000).optional(),
});
export type ReviewRevisionInput = z.input<typeof reviewRevisionInput>;

export interface ReviewResult {
  assetId: string;
  assetStatus: 'pending' | 'published' | 'rejected' | 'archived';
}

/**
 * An editor decides on a revision in the queue. Approve: a proposal is applied (a change that
 * was already published is marked checked). Reject, with a reason: a proposal is dropped; an
 * already published change is rolled back to the version before it (a new item goes off the
 * map). The submitter gets the decision and the reason by e-mail.
 */
export async function reviewRevision(
  app: SocialMapApp,
  ctx: ServiceContext,
  revisionId: string,
  input: ReviewRevisionInput,
): Promise<ReviewResult> {
  const municipalityId = ctx.actor.municipalityId;
  const data = parseSocialMapInput(reviewRevisionInput, input);
  if (data.decision === 'reject' && !data.reason)
    throw new ValidationError([{ field: 'reason', key: 'validation.required' }]);
  const rev = await findRevisionRow(smDb(ctx.db), municipalityId, revisionId);
  if (!rev) throw new NotFoundError('asset_revision');
  const row = await requireAssetRow(ctx.db, municipalityId, rev.asset_id);
  requireAccess(ctx.actor, 'update', { type: 'asset_queue', municipalityId, areaPath: row.area_path });
  if (rev.state !== 'pending' && rev.state !== 'to_check')
    throw new ConflictError('socialMap.error.alreadyDecided');

  const snapshot = rev.snapshot as AssetContent;
  const reviewer = { personId: ctx.actor.personId, label: ctx.actor.label };
  const reason = data.reason ?? null;
  const now = new Date();
  // What goes live: the proposal (approve), or the version before a rolled-back change (reject).
  let apply: { content: AssetContent; revisionId: string } | null = null;
  let status = row.status;
  if (data.decision === 'approve' && rev.state === 'pending') {
    apply = { content: snapshot, revisionId: rev.id };
    status = 'published';
  }
  if (data.decision === 'reject' && rev.state === 'to_check' && row.current_revision_id === rev.id) {
    const previous = await previousAppliedRevision(smDb(ctx.db), municipalityId, row.id, rev.number);
    if (previous) apply = { content: previous.snapshot as AssetContent, revisionId: previous.id };
    else status = 'rejected';
  }
  if (data.decision === 'reject' && rev.state === 'pending' && row.status === 'pending') {
    const others = (await countPendingRevisions(smDb(ctx.db), municipalityId, row.id)) - 1;
    if (others === 0) status = 'rejected';
  }
  const searchText = apply ? await searchTextOf(ctx.db, municipalityId, apply.content) : '';

  await runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const decided = await decideRevision(tx, municipalityId, rev.id, {
      state: data.decision === 'approve' ? 'approved' : 'rejected',
      reviewer,
      reason,
      now,
    });
    if (!decided) throw new ConflictError('socialMap.error.alreadyDecided');
    if (apply) {
      await applyContent(tx, municipalityId, row.id, apply.content, searchText, {
        status: status === 'rejected' ? 'rejected' : 'published',
        currentRevisionId: apply.revisionId,
        verifiedBy: data.decision === 'approve' ? reviewer : undefined,
        now,
      });
    } else if (status !== row.status) {
      await setAssetStatus(tx, municipalityId, row.id, status, now);
    }
    if (rev.submission_id) {
      await markDecided(tx, municipalityId, rev.submission_id, {
        status: data.decision === 'approve' ? 'approved' : 'rejected',
        reason,
        now,
      });
    }
    audit({
      action: data.decision === 'approve' ? 'social_map.revision.approve' : 'social_map.revision.reject',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { revision: rev.number, from: rev.state, reason, assetStatus: status },
    });
  });

  await mailAuthor(app, ctx.db, municipalityId, rev, {
    title: snapshot.title,
    decision: data.decision,
    reason,
    link: socialMapLinks.asset(app.publicUrl, row.id),
  });
  return { assetId: row.id, assetStatus: status };
}

async function searchTextOf(db: Db, municipalityId: string, content: AssetContent): Promise<string> {
  const [terms, orgName] = await Promise.all([
    listTaxonomy(db, municipalityId),
    organisationName(smDb(db), municipalityId, content.ownerOrganisationId),
  ]);
  return searchTextFor(content, terms, orgName);
}

/** The submitter hears the decision: a resident at the confirmed address, else the author's account. */
async function mailAuthor(
  app: SocialMapApp,
  db: Db,
  municipalityId: string,
  rev: RevisionRow,
  v: { title: string; decision: 'approve' | 'reject'; reason: string | null; link: string },
): Promise<void> {
  let to: { email: string; name: string | null; locale: Locale } | null = null;
  if (rev.submission_id) {
    const s = await findSubmissionById(smDb(db), municipalityId, rev.submission_id);
    if (s?.submitter_email) to = { email: s.submitter_email, name: s.submitter_name, locale: s.locale };
  } else if (rev.author_person_id) {
    const p = await findPersonById(db, municipalityId, rev.author_person_id);
    if (p && p.status === 'active') to = { email: p.email, name: p.name, locale: p.locale };
  }
  // Editors' own changes and authors without an address get no mail.
  if (!to || (rev.source === 'editor' && !rev.submission_id)) return;
  const approve = v.decision === 'approve';
  await sendMail(app, db, {
    municipalityId,
    to: to.email,
    locale: to.locale,
    subject: approve ? 'socialMap.mail.approved.subject' : 'socialMap.mail.rejected.subject',
    body: approve ? 'socialMap.mail.approved.body' : 'socialMap.mail.rejected.body',
    params: {
      name: to.name ?? smText(to.locale, 'socialMap.mail.greetingFallback'),
      title: v.title,
      link: v.link,
      reason: v.reason ?? '',
    },
    purpose: 'social-map-review',
  });
}
