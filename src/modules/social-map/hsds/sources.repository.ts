import { type ColumnType, sql } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { AssetContent } from '../asset.ts';
import { contentColumns } from '../assets.repository.ts';
import type { AssetRow, SocialMapTables } from '../social-map.tables.ts';

// Queries of the imports: items by their source id (migration 0004) and similar titles.

type SourceColumns = {
  source: string | null;
  source_id: string | null;
  source_merged: ColumnType<boolean, boolean | undefined, boolean>;
};
type ImportTables = Omit<SocialMapTables, 'social_map_assets'> & {
  social_map_assets: SocialMapTables['social_map_assets'] & SourceColumns;
};

const importDb = (db: Db) => readDb<ImportTables>(db);

/** Every item imported earlier from this source, by its id there. */
export async function assetsBySource(
  db: Db,
  municipalityId: string,
  source: string,
): Promise<Map<string, AssetRow & { source_merged: boolean }>> {
  const rows = await importDb(db)
    .selectFrom('social_map_assets')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('source', '=', source)
    .execute();
  return new Map(rows.map((r) => [r.source_id ?? '', r as AssetRow & { source_merged: boolean }]));
}

/** Items by id (any source), for merging possible duplicates into them. */
export async function assetRowsByIds(
  db: Db,
  municipalityId: string,
  ids: string[],
): Promise<Map<string, AssetRow>> {
  if (ids.length === 0) return new Map();
  const rows = await importDb(db)
    .selectFrom('social_map_assets')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r as AssetRow]));
}

/** Existing items that an import merged into: later imports of the source find them by its id. */
export async function linkToSource(
  tx: WriteTx,
  municipalityId: string,
  source: string,
  pairs: Array<{ assetId: string; sourceId: string }>,
): Promise<void> {
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map((p) => sql`(${p.assetId}::uuid, ${p.sourceId})`));
  await sql`
    update social_map_assets as s
    set source = ${source}, source_id = v.source_id, source_merged = true
    from (values ${values}) as v(asset_id, source_id)
    where s.municipality_id = ${municipalityId} and s.id = v.asset_id`.execute(tx);
}

/** A new imported item: where it came from, and its first revision as the current one. */
export async function markImported(
  tx: WriteTx,
  municipalityId: string,
  assetId: string,
  v: { source: string; sourceId: string; currentRevisionId: string },
) {
  await withTables<ImportTables>(tx)
    .updateTable('social_map_assets')
    .set({ source: v.source, source_id: v.sourceId, current_revision_id: v.currentRevisionId })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/** The items an import could duplicate: of these kinds, published or pending, not from this source. */
export async function duplicateCandidates(
  db: Db,
  municipalityId: string,
  v: { kinds: string[]; source: string },
): Promise<Array<{ id: string; title: string; areaPath: string }>> {
  const rows = await importDb(db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select(['s.id', 's.title', 'a.path'])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.kind', 'in', v.kinds as AssetRow['kind'][])
    .where('s.status', 'in', ['pending', 'published'])
    .where((eb) => eb.or([eb('s.source', 'is', null), eb('s.source', '<>', v.source)]))
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, areaPath: r.path }));
}

export interface ImportedAssetRow {
  id: string;
  content: AssetContent;
  searchText: string;
  sourceId: string;
}

/** New imported items in one statement: published, verified now, with their source. */
export async function insertImportedAssets(
  tx: WriteTx,
  municipalityId: string,
  rows: ImportedAssetRow[],
  v: { source: string; verifiedBy: string | null; verifiedLabel: string; now: Date },
): Promise<void> {
  if (rows.length === 0) return;
  await withTables<ImportTables>(tx)
    .insertInto('social_map_assets')
    .values(
      rows.map((r) => ({
        id: r.id,
        municipality_id: municipalityId,
        ...contentColumns(r.content, r.searchText),
        owner_person_id: null,
        maintainer_email: null,
        status: 'published' as const,
        // Set by setCurrentRevisions once the revisions exist (the foreign key is not deferred).
        current_revision_id: null,
        revision_count: 1,
        source: v.source,
        source_id: r.sourceId,
        last_verified_at: v.now,
        last_verified_by: v.verifiedBy,
        last_verified_label: v.verifiedLabel,
        created_at: v.now,
        updated_at: v.now,
      })),
    )
    .execute();
}

/** Adds one to the revision count of each item; returns the new counts (the next revision numbers). */
export async function nextRevisionNumbers(
  tx: WriteTx,
  municipalityId: string,
  assetIds: string[],
): Promise<Map<string, number>> {
  if (assetIds.length === 0) return new Map();
  const rows = await withTables<ImportTables>(tx)
    .updateTable('social_map_assets')
    .set((eb) => ({ revision_count: eb('revision_count', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', assetIds)
    .returning(['id', 'revision_count'])
    .execute();
  return new Map(rows.map((r) => [r.id, r.revision_count]));
}

/** Makes the given revisions the current ones of their items, in one statement. */
export async function setCurrentRevisions(
  tx: WriteTx,
  municipalityId: string,
  pairs: Array<{ assetId: string; revisionId: string }>,
): Promise<void> {
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map((p) => sql`(${p.assetId}::uuid, ${p.revisionId}::uuid)`));
  await sql`
    update social_map_assets as s set current_revision_id = v.revision_id
    from (values ${values}) as v(asset_id, revision_id)
    where s.municipality_id = ${municipalityId} and s.id = v.asset_id`.execute(tx);
}
