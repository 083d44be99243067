import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { DomainError } from '../../core/errors.ts';
import type { AssetContent, WriteOutcome } from './asset.ts';
import { areaRefById, checkContent, searchTextFor } from './asset-content.ts';
import { applyContent, findSimilarTitles, insertAssetRow } from './assets.repository.ts';
import { revisionStateFor } from './create-asset.ts';
import { policySettings } from './editorial-policies.repository.ts';
import { effectivePolicy, publicationMode } from './editorial-policy.ts';
import './policy.ts';
import { insertRevision } from './revisions.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';
import { findSubmissionByToken, markConfirmed } from './submissions.repository.ts';

export interface ConfirmResult {
  assetId: string;
  /** pending: waits in the queue; to_check: published at once (open policy). */
  outcome: Exclude<WriteOutcome, 'published'>;
  alreadyConfirmed: boolean;
}

/**
 * The resident follows the e-mailed link. The submission becomes an item (not yet public under
 * an edited policy) with a revision in the editors' queue, flagged when it looks like a duplicate.
 * Following the link again changes nothing.
 */
export async function confirmSubmission(ctx: ServiceContext, token: string): Promise<ConfirmResult> {
  const municipalityId = ctx.actor.municipalityId;
  const invalid = new DomainError('socialMap.error.invalidLink');
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw invalid;
  const submission = await findSubmissionByToken(smDb(ctx.db), municipalityId, token);
  if (!submission) throw invalid;
  if (submission.status !== 'unconfirmed') {
    if (!submission.asset_id) throw invalid;
    return { assetId: submission.asset_id, outcome: 'pending', alreadyConfirmed: true };
  }
  if (submission.confirm_expires_at < new Date()) throw invalid;

  const content = submission.snapshot as AssetContent;
  const area = await areaRefById(ctx.db, municipalityId, content.areaId);
  if (!area) throw invalid;
  // Taxonomy or linked items may have changed since the submission; check again.
  const { terms, organisationName } = await checkContent(ctx.db, municipalityId, content);
  const { policy } = effectivePolicy(area.path, await policySettings(smDb(ctx.db), municipalityId));
  const outcome = publicationMode(policy, 'public') === 'to_check' ? 'to_check' : 'pending';
  const duplicates = await findSimilarTitles(smDb(ctx.db), municipalityId, {
    areaId: area.id,
    kind: content.kind,
    title: content.title,
  });
  const searchText = searchTextFor(content, terms, organisationName);
  const now = new Date();
  const authorLabel = submission.submitter_name ?? 'resident';

  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const assetId = await insertAssetRow(tx, municipalityId, {
      content,
      searchText,
      status: outcome === 'pending' ? 'pending' : 'published',
      ownerPersonId: null,
      // The submitter gets the freshness reminders for what they put on the map.
      maintainerEmail: submission.submitter_email,
      verifiedBy: null,
      verifiedLabel: authorLabel,
      now,
    });
    // Confirmed by a parallel click in the meantime: roll back this one.
    if (!(await markConfirmed(tx, municipalityId, submission.id, assetId, now))) throw invalid;
    const revision = await insertRevision(tx, municipalityId, {
      assetId,
      snapshot: content,
      state: revisionStateFor[outcome],
      source: 'public',
      baseRevisionId: null,
      submissionId: submission.id,
      authorPersonId: null,
      authorLabel,
      possibleDuplicateIds: duplicates.map((d) => d.id),
      now,
    });
    if (outcome === 'to_check') {
      await applyContent(tx, municipalityId, assetId, content, searchText, {
        status: 'published',
        currentRevisionId: revision.id,
        now,
      });
    }
    audit({
      action: 'social_map.submission.confirm',
      resourceType: 'asset',
      resourceId: assetId,
      changes: { submission: submission.id, outcome, policy, possibleDuplicates: duplicates.length },
    });
    return { assetId, outcome, alreadyConfirmed: false };
  });
}
