import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { ConflictError, ValidationError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import type { AssetWriteResult } from './asset.ts';
import { assetResource, currentContent, requireAssetAccess, requireAssetRow } from './asset-access.ts';
import { checkContent, mergeContent, resolveArea, searchTextFor } from './asset-content.ts';
import { parseSocialMapInput, type UpdateAssetInput, updateAssetInput } from './asset-input.ts';
import { applyContent } from './assets.repository.ts';
import { revisionSourceFor, revisionStateFor } from './create-asset.ts';
import { policySettings } from './editorial-policies.repository.ts';
import { effectivePolicy, publicationMode } from './editorial-policy.ts';
import { publisherRole } from './policy.ts';
import { diffContent } from './revision-diff.ts';
import { insertRevision } from './revisions.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';

export type { UpdateAssetInput };
export { updateAssetInput };

/**
 * The owner (a contributor, or a member of the owning organisation) or an editor changes an
 * item. Through the area's editorial policy the change is published at once, published and to
 * be checked, or proposed as a revision that waits in the queue with its diff.
 */
export async function updateAsset(
  ctx: ServiceContext,
  assetId: string,
  input: UpdateAssetInput,
): Promise<AssetWriteResult> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await requireAssetRow(ctx.db, municipalityId, assetId);
  requireAssetAccess(ctx.actor, 'update', assetResource(row));
  const data = parseSocialMapInput(updateAssetInput, input);
  if (
    data.expectedRevisionId !== undefined &&
    (data.expectedRevisionId ?? null) !== row.current_revision_id
  ) {
    throw new ConflictError('error.conflict');
  }

  const movesArea = data.areaCode !== undefined || data.point !== undefined;
  const area = movesArea
    ? await resolveArea(ctx.db, ctx.actor, { areaCode: data.areaCode, point: data.point })
    : { id: row.area_id, code: row.area_code, name: row.area_name, path: row.area_path };
  const before = await currentContent(ctx.db, row);
  const after = mergeContent(before, data, area.id);
  const ownership = {
    areaPath: area.path,
    ownerPersonId: row.owner_person_id,
    ownerOrganisationId: after.ownerOrganisationId,
  };
  // Moving an item, or handing it to another organisation, needs the same right at the destination.
  if (area.id !== row.area_id || after.ownerOrganisationId !== before.ownerOrganisationId) {
    requireAccess(ctx.actor, 'create', { ...assetResource(row), ...ownership, type: 'asset' });
  }
  const role = publisherRole(ctx.actor, ownership);
  if ((row.status === 'rejected' || row.status === 'archived') && role !== 'editor') {
    throw new ConflictError('socialMap.error.closed');
  }
  const changes = diffContent(before, after);
  if (changes.length === 0)
    throw new ValidationError([{ field: '_', key: 'socialMap.validation.noChanges' }]);
  const { terms, organisationName } = await checkContent(ctx.db, municipalityId, after, row.id);
  const { policy } = effectivePolicy(area.path, await policySettings(smDb(ctx.db), municipalityId));
  const outcome = publicationMode(policy, role);
  const searchText = searchTextFor(after, terms, organisationName);
  const now = new Date();
  const author = { personId: ctx.actor.personId, label: ctx.actor.label };

  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const revision = await insertRevision(tx, municipalityId, {
      assetId: row.id,
      snapshot: after,
      state: revisionStateFor[outcome],
      source: revisionSourceFor[role],
      baseRevisionId: row.current_revision_id,
      authorPersonId: author.personId,
      authorLabel: author.label,
      changeNote: data.changeNote,
      reviewer: outcome === 'published' ? author : undefined,
      now,
    });
    if (outcome !== 'pending') {
      // Whoever keeps an item up to date has also checked it.
      await applyContent(tx, municipalityId, row.id, after, searchText, {
        status: 'published',
        currentRevisionId: revision.id,
        verifiedBy: author,
        now,
      });
    }
    audit({
      action: outcome === 'pending' ? 'social_map.asset.propose' : 'social_map.asset.update',
      resourceType: 'asset',
      resourceId: row.id,
      // For a key person only which fields changed: the values are personal data.
      changes:
        row.kind === 'key_person'
          ? { fields: changes.map((c) => c.field) }
          : Object.fromEntries(changes.map((c) => [c.field, { from: c.before, to: c.after }])),
    });
    return { assetId: row.id, revisionId: revision.id, outcome };
  });
}
