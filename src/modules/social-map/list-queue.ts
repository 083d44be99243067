import { findAreaRowByCode } from '../../core/areas/areas.repository.ts';
import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import { type Actor, hasRole } from '../../core/permissions/actor.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import type { AreaRef, AssetContent, AssetKind, FieldChange, RevisionSource } from './asset.ts';
import { staleAssetRows, titlesOf } from './assets.repository.ts';
import { openReportRows } from './reports.repository.ts';
import { diffContent } from './revision-diff.ts';
import { queueRevisionRows, snapshotsOf } from './revisions.repository.ts';
import './policy.ts';
import { smDb } from './social-map.tables.ts';

// What waits for an editor: revisions to review (with their diff), reported items, and items
// hidden because nobody confirmed them for too long.

export interface QueueRevision {
  revisionId: string;
  assetId: string;
  assetTitle: string;
  kind: AssetKind;
  area: AreaRef;
  /** pending: not public yet; to_check: already published (open policy), to be checked. */
  state: 'pending' | 'to_check';
  /** The first version of a new item. */
  isNew: boolean;
  source: RevisionSource;
  authorLabel: string;
  changeNote: string;
  submittedAt: Date;
  changes: FieldChange[];
  /** The item changed since this proposal was made: approving it overwrites those changes. */
  baseOutdated: boolean;
  possibleDuplicates: Array<{ assetId: string; title: string }>;
}

export interface QueueReports {
  assetId: string;
  assetTitle: string;
  kind: AssetKind;
  area: AreaRef;
  hidden: boolean;
  reports: Array<{ id: string; reason: 'error' | 'abuse' | 'other'; message: string; createdAt: Date }>;
}

export interface QueueStale {
  assetId: string;
  title: string;
  kind: AssetKind;
  area: AreaRef;
  lastVerifiedAt: Date;
}

export interface Queue {
  revisions: QueueRevision[];
  reports: QueueReports[];
  stale: QueueStale[];
}

/** The areas whose queue the actor sees: everything for coordinators and administrators. */
function queuePaths(actor: Actor): string[] | 'all' {
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) return 'all';
  return actor.grants.filter((g) => g.role === 'area_officer' && g.areaPath).map((g) => g.areaPath as string);
}

export async function listQueue(
  db: Db,
  actor: Actor,
  filter: { areaCode?: string | undefined } = {},
): Promise<Queue> {
  const municipalityId = actor.municipalityId;
  requireAccess(actor, 'list', { type: 'asset_queue', municipalityId });
  let paths = queuePaths(actor);
  if (filter.areaCode) {
    const area = await findAreaRowByCode(db, municipalityId, filter.areaCode);
    if (!area) throw new NotFoundError('area');
    requireAccess(actor, 'read', { type: 'asset_queue', municipalityId, areaPath: area.path });
    paths = [area.path];
  }
  const sdb = smDb(db);
  const [revisionRows, reportRows, staleRows] = await Promise.all([
    queueRevisionRows(sdb, municipalityId, paths),
    openReportRows(sdb, municipalityId, paths),
    staleAssetRows(sdb, municipalityId, paths),
  ]);

  // The "before" of each diff: the version the proposal started from.
  const baseIds = [
    ...new Set(revisionRows.map((r) => r.base_revision_id).filter((id): id is string => id !== null)),
  ];
  const bases = await snapshotsOf(sdb, municipalityId, baseIds);
  const duplicateIds = [...new Set(revisionRows.flatMap((r) => r.possible_duplicate_ids))];
  const titles = await titlesOf(sdb, municipalityId, duplicateIds);

  const revisions = revisionRows.map((r): QueueRevision => {
    const before = r.base_revision_id ? (bases.get(r.base_revision_id) ?? null) : null;
    return {
      revisionId: r.id,
      assetId: r.asset_id,
      assetTitle: r.asset_title,
      kind: r.asset_kind,
      area: { id: r.area_id, code: r.area_code, name: r.area_name, path: r.area_path },
      state: r.state as 'pending' | 'to_check',
      isNew: r.base_revision_id === null,
      source: r.source,
      authorLabel: r.author_label,
      changeNote: r.change_note,
      submittedAt: r.created_at,
      changes: diffContent(before, r.snapshot as AssetContent),
      baseOutdated: r.state === 'pending' && r.base_revision_id !== r.asset_current_revision_id,
      possibleDuplicates: r.possible_duplicate_ids
        .filter((id) => titles.has(id))
        .map((id) => ({ assetId: id, title: titles.get(id) ?? '' })),
    };
  });

  const reportsByAsset = new Map<string, QueueReports>();
  for (const r of reportRows) {
    const entry = reportsByAsset.get(r.asset_id) ?? {
      assetId: r.asset_id,
      assetTitle: r.asset_title,
      kind: r.asset_kind,
      area: { id: r.area_id, code: r.area_code, name: r.area_name, path: r.area_path },
      hidden: r.hidden_for_reports_at !== null,
      reports: [],
    };
    entry.reports.push({ id: r.id, reason: r.reason, message: r.message, createdAt: r.created_at });
    reportsByAsset.set(r.asset_id, entry);
  }

  return { revisions, reports: [...reportsByAsset.values()], stale: staleRows };
}
