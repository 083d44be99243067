import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import { can } from '../../core/permissions/can.ts';
import type { FieldChange, Revision } from './asset.ts';
import { assetResource, requireAssetRow } from './asset-access.ts';
import './policy.ts';
import { diffContent } from './revision-diff.ts';
import { listRevisionRows, toRevision } from './revisions.repository.ts';
import { smDb } from './social-map.tables.ts';

export interface RevisionWithChanges extends Revision {
  /** Compared with the revision before it (by number). */
  changes: FieldChange[];
}

/** The history of an item, newest first, for those who may change it (owner, editors). */
export async function listRevisions(db: Db, actor: Actor, assetId: string): Promise<RevisionWithChanges[]> {
  const row = await requireAssetRow(db, actor.municipalityId, assetId);
  if (!can(actor, 'update', assetResource(row))) throw new NotFoundError('asset');
  const revisions = (await listRevisionRows(smDb(db), actor.municipalityId, row.id)).map(toRevision);
  return revisions.map((r, i) => ({
    ...r,
    changes: diffContent(revisions[i + 1]?.snapshot ?? null, r.snapshot),
  }));
}
