import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import type { AssetContent, AssetWriteResult } from './asset.ts';
import { requireAssetRow } from './asset-access.ts';
import { areaRefById, searchTextFor } from './asset-content.ts';
import { applyContent, organisationName } from './assets.repository.ts';
import './policy.ts';
import { findRevisionRow, insertRevision } from './revisions.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';
import { listTaxonomy } from './taxonomy.ts';

/**
 * An editor brings back an earlier published version. History is never rewritten: the restore
 * is a new revision with the old snapshot, published at once.
 */
export async function restoreRevision(ctx: ServiceContext, revisionId: string): Promise<AssetWriteResult> {
  const municipalityId = ctx.actor.municipalityId;
  const old = await findRevisionRow(smDb(ctx.db), municipalityId, revisionId);
  if (!old) throw new NotFoundError('asset_revision');
  const row = await requireAssetRow(ctx.db, municipalityId, old.asset_id);
  requireAccess(ctx.actor, 'update', { type: 'asset_queue', municipalityId, areaPath: row.area_path });
  if (old.state !== 'approved' && old.state !== 'to_check')
    throw new DomainError('socialMap.error.notRestorable');
  const content = old.snapshot as AssetContent;
  if (!(await areaRefById(ctx.db, municipalityId, content.areaId))) {
    throw new ValidationError([{ field: 'areaCode', key: 'error.areaNotFound' }]);
  }
  const [terms, orgName] = await Promise.all([
    listTaxonomy(ctx.db, municipalityId),
    organisationName(smDb(ctx.db), municipalityId, content.ownerOrganisationId),
  ]);
  const restored: AssetContent = {
    ...content,
    ownerOrganisationId: orgName ? content.ownerOrganisationId : null,
  };
  const now = new Date();
  const editor = { personId: ctx.actor.personId, label: ctx.actor.label };
  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const revision = await insertRevision(tx, municipalityId, {
      assetId: row.id,
      snapshot: restored,
      state: 'approved',
      source: 'restore',
      baseRevisionId: row.current_revision_id,
      restoredFromId: old.id,
      authorPersonId: editor.personId,
      authorLabel: editor.label,
      reviewer: editor,
      now,
    });
    await applyContent(tx, municipalityId, row.id, restored, searchTextFor(restored, terms, orgName), {
      status: 'published',
      currentRevisionId: revision.id,
      verifiedBy: editor,
      now,
    });
    audit({
      action: 'social_map.revision.restore',
      resourceType: 'asset',
      resourceId: row.id,
      changes: { restoredFrom: old.number, revision: revision.number },
    });
    return { assetId: row.id, revisionId: revision.id, outcome: 'published' };
  });
}
