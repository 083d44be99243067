import type { AssetContent, Revision, RevisionSource, RevisionState } from './asset.ts';
import { areaWithin, isUuid } from './assets.repository.ts';
import type { RevisionRow, SmDb, SmTx } from './social-map.tables.ts';

// The only place that queries social_map_revisions.

export function toRevision(r: RevisionRow): Revision {
  return {
    id: r.id,
    assetId: r.asset_id,
    number: r.number,
    state: r.state,
    source: r.source,
    authorLabel: r.author_label,
    changeNote: r.change_note,
    snapshot: r.snapshot as AssetContent,
    restoredFromId: r.restored_from_id,
    reviewedByLabel: r.reviewed_by_label,
    reviewedAt: r.reviewed_at,
    decisionReason: r.decision_reason,
    createdAt: r.created_at,
  };
}

export interface NewRevision {
  assetId: string;
  snapshot: AssetContent;
  state: RevisionState;
  source: RevisionSource;
  baseRevisionId: string | null;
  restoredFromId?: string | null | undefined;
  submissionId?: string | null | undefined;
  authorPersonId: string | null;
  authorLabel: string;
  changeNote?: string | undefined;
  possibleDuplicateIds?: string[] | undefined;
  /** Set when the revision is approved at once (an editor's own change). */
  reviewer?: { personId: string | null; label: string } | undefined;
  now: Date;
}

/**
 * Adds many revisions in one statement (imports): each with its id and number known, and
 * the assets' revision_count already set by the caller.
 */
export async function insertRevisionRows(
  tx: SmTx,
  municipalityId: string,
  rows: Array<NewRevision & { id: string; number: number }>,
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('social_map_revisions')
    .values(
      rows.map((v) => ({
        id: v.id,
        municipality_id: municipalityId,
        asset_id: v.assetId,
        number: v.number,
        snapshot: JSON.stringify(v.snapshot),
        state: v.state,
        source: v.source,
        base_revision_id: v.baseRevisionId,
        author_person_id: v.authorPersonId,
        author_label: v.authorLabel,
        change_note: v.changeNote ?? '',
        possible_duplicate_ids: v.possibleDuplicateIds ?? [],
        reviewed_by: v.reviewer?.personId ?? null,
        reviewed_by_label: v.reviewer?.label ?? null,
        reviewed_at: v.reviewer ? v.now : null,
        created_at: v.now,
      })),
    )
    .execute();
}

/** Adds a revision with the next number of its asset. */
export async function insertRevision(
  tx: SmTx,
  municipalityId: string,
  v: NewRevision,
): Promise<{ id: string; number: number }> {
  const counter = await tx
    .updateTable('social_map_assets')
    .set((eb) => ({ revision_count: eb('revision_count', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', v.assetId)
    .returning('revision_count')
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('social_map_revisions')
    .values({
      municipality_id: municipalityId,
      asset_id: v.assetId,
      number: counter.revision_count,
      snapshot: JSON.stringify(v.snapshot),
      state: v.state,
      source: v.source,
      base_revision_id: v.baseRevisionId,
      restored_from_id: v.restoredFromId ?? null,
      submission_id: v.submissionId ?? null,
      author_person_id: v.authorPersonId,
      author_label: v.authorLabel,
      change_note: v.changeNote ?? '',
      possible_duplicate_ids: v.possibleDuplicateIds ?? [],
      reviewed_by: v.reviewer?.personId ?? null,
      reviewed_by_label: v.reviewer?.label ?? null,
      reviewed_at: v.reviewer ? v.now : null,
      created_at: v.now,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function findRevisionRow(
  db: SmDb,
  municipalityId: string,
  id: string,
): Promise<RevisionRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('social_map_revisions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listRevisionRows(
  db: SmDb,
  municipalityId: string,
  assetId: string,
): Promise<RevisionRow[]> {
  return db
    .selectFrom('social_map_revisions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .orderBy('number', 'desc')
    .execute();
}

/** The latest revision that was applied to the asset before the given number (for a roll-back). */
export async function previousAppliedRevision(
  db: SmDb,
  municipalityId: string,
  assetId: string,
  beforeNumber: number,
): Promise<RevisionRow | undefined> {
  return db
    .selectFrom('social_map_revisions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .where('number', '<', beforeNumber)
    .where('state', 'in', ['approved', 'to_check'])
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function countPendingRevisions(
  db: SmDb,
  municipalityId: string,
  assetId: string,
): Promise<number> {
  const r = await db
    .selectFrom('social_map_revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function decideRevision(
  tx: SmTx,
  municipalityId: string,
  id: string,
  v: {
    state: RevisionState;
    reviewer: { personId: string | null; label: string };
    reason: string | null;
    now: Date;
  },
): Promise<boolean> {
  const r = await tx
    .updateTable('social_map_revisions')
    .set({
      state: v.state,
      reviewed_by: v.reviewer.personId,
      reviewed_by_label: v.reviewer.label,
      reviewed_at: v.now,
      decision_reason: v.reason,
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('state', 'in', ['pending', 'to_check'])
    .executeTakeFirst();
  // False when another editor decided in the meantime.
  return Number(r.numUpdatedRows) === 1;
}

/** Revisions waiting for an editor (pending, or published and to check), with their asset and area. */
export async function queueRevisionRows(db: SmDb, municipalityId: string, areaPaths: string[] | 'all') {
  let q = db
    .selectFrom('social_map_revisions as r')
    .innerJoin('social_map_assets as s', 's.id', 'r.asset_id')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .selectAll('r')
    .select([
      's.title as asset_title',
      's.kind as asset_kind',
      's.status as asset_status',
      's.current_revision_id as asset_current_revision_id',
      'a.id as area_id',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.state', 'in', ['pending', 'to_check']);
  if (areaPaths !== 'all') q = q.where(areaWithin(areaPaths));
  return q.orderBy('r.created_at').orderBy('r.id').execute();
}

/** Replaces the snapshot of every revision of an asset (removal of personal data). */
export async function rewriteSnapshots(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  rewrite: (snapshot: AssetContent) => AssetContent,
): Promise<void> {
  const rows = await tx
    .selectFrom('social_map_revisions')
    .select(['id', 'snapshot'])
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .execute();
  for (const r of rows) {
    await tx
      .updateTable('social_map_revisions')
      .set({ snapshot: JSON.stringify(rewrite(r.snapshot as AssetContent)) })
      .where('id', '=', r.id)
      .execute();
  }
}

export async function snapshotsOf(
  db: SmDb,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, AssetContent>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('social_map_revisions')
    .select(['id', 'snapshot'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.snapshot as AssetContent]));
}
