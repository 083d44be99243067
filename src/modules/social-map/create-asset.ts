import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import type { AssetWriteResult, RevisionSource, RevisionState, WriteOutcome } from './asset.ts';
import { checkContent, emptyContent, mergeContent, resolveArea, searchTextFor } from './asset-content.ts';
import { type CreateAssetInput, createAssetInput, parseSocialMapInput } from './asset-input.ts';
import { applyContent, findSimilarTitles, insertAssetRow } from './assets.repository.ts';
import { policySettings } from './editorial-policies.repository.ts';
import { effectivePolicy, type PublisherRole, publicationMode } from './editorial-policy.ts';
import { isEditorFor, publisherRole } from './policy.ts';
import { insertRevision } from './revisions.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';

export type { CreateAssetInput };
export { createAssetInput };

export const revisionStateFor: Record<WriteOutcome, RevisionState> = {
  published: 'approved',
  to_check: 'to_check',
  pending: 'pending',
};

export const revisionSourceFor: Record<PublisherRole, RevisionSource> = {
  editor: 'editor',
  organisation: 'organisation',
  contributor: 'contributor',
  public: 'public',
};

/** A partner or department officer writes for their organisation unless they name another. */
function defaultOrganisation(actor: Actor): string | null {
  const orgs = new Set(
    actor.grants
      .filter((g) => (g.role === 'partner' || g.role === 'department_officer') && g.organisationId)
      .map((g) => g.organisationId as string),
  );
  return orgs.size === 1 ? ([...orgs][0] ?? null) : null;
}

/**
 * A signed-in person adds an item. The area's editorial policy decides whether it is published
 * at once, published and to be checked, or waits in the queue.
 */
export async function createAsset(ctx: ServiceContext, input: CreateAssetInput): Promise<AssetWriteResult> {
  const municipalityId = ctx.actor.municipalityId;
  const data = parseSocialMapInput(createAssetInput, input);
  const area = await resolveArea(ctx.db, ctx.actor, data);
  const editor = isEditorFor(ctx.actor, area.path);
  const ownerOrganisationId =
    data.organisationId !== undefined ? data.organisationId : editor ? null : defaultOrganisation(ctx.actor);
  // Items of an organisation belong to it; other items of a non-editor belong to the person.
  const ownerPersonId = !editor && !ownerOrganisationId ? ctx.actor.personId : null;
  const ownership = { areaPath: area.path, ownerOrganisationId, ownerPersonId };
  requireAccess(ctx.actor, 'create', {
    type: 'asset',
    municipalityId,
    kind: data.kind,
    publiclyVisible: false,
    ...ownership,
  });

  const content = mergeContent(
    emptyContent(data.kind, area.id),
    { ...data, organisationId: ownerOrganisationId },
    area.id,
  );
  const { terms, organisationName } = await checkContent(ctx.db, municipalityId, content);
  const role = publisherRole(ctx.actor, ownership);
  const { policy } = effectivePolicy(area.path, await policySettings(smDb(ctx.db), municipalityId));
  const outcome = publicationMode(policy, role);
  const duplicates = await findSimilarTitles(smDb(ctx.db), municipalityId, {
    areaId: area.id,
    kind: content.kind,
    title: content.title,
  });
  const searchText = searchTextFor(content, terms, organisationName);
  const now = new Date();
  const author = { personId: ctx.actor.personId, label: ctx.actor.label };

  return runWrite(ctx, async (wtx, audit) => {
    const tx = smTx(wtx);
    const assetId = await insertAssetRow(tx, municipalityId, {
      content,
      searchText,
      status: outcome === 'pending' ? 'pending' : 'published',
      ownerPersonId,
      maintainerEmail: null,
      verifiedBy: author.personId,
      verifiedLabel: author.label,
      now,
    });
    const revision = await insertRevision(tx, municipalityId, {
      assetId,
      snapshot: content,
      state: revisionStateFor[outcome],
      source: revisionSourceFor[role],
      baseRevisionId: null,
      authorPersonId: author.personId,
      authorLabel: author.label,
      changeNote: data.changeNote,
      possibleDuplicateIds: duplicates.map((d) => d.id),
      reviewer: outcome === 'published' ? author : undefined,
      now,
    });
    if (outcome !== 'pending') {
      await applyContent(tx, municipalityId, assetId, content, searchText, {
        status: 'published',
        currentRevisionId: revision.id,
        now,
      });
    }
    audit({
      action: 'social_map.asset.create',
      resourceType: 'asset',
      resourceId: assetId,
      // A key person's name is personal data: the audit log, kept longer, does not get it.
      changes: {
        kind: content.kind,
        title: content.kind === 'key_person' ? undefined : content.title,
        area: area.code,
        outcome,
        policy,
      },
    });
    return { assetId, revisionId: revision.id, outcome };
  });
}
