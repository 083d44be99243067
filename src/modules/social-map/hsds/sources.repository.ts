import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { AssetRow, SocialMapTables } from '../social-map.tables.ts';

// Queries of the imports: items by their source id (migration 0004) and similar titles.

type SourceColumns = { source: string | null; source_id: string | null };
type ImportTables = Omit<SocialMapTables, 'social_map_assets'> & {
  social_map_assets: SocialMapTables['social_map_assets'] & SourceColumns;
};

const importDb = (db: Db) => readDb<ImportTables>(db);

/** Every item imported earlier from this source, by its id there. */
export async function assetsBySource(
  db: Db,
  municipalityId: string,
  source: string,
): Promise<Map<string, AssetRow>> {
  const rows = await importDb(db)
    .selectFrom('social_map_assets')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('source', '=', source)
    .execute();
  return new Map(rows.map((r) => [r.source_id ?? '', r as AssetRow]));
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
