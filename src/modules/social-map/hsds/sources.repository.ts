import { sql } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { duplicateThreshold } from '../duplicates.ts';
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

export async function setSource(
  tx: WriteTx,
  municipalityId: string,
  assetId: string,
  source: string,
  sourceId: string,
) {
  await withTables<ImportTables>(tx)
    .updateTable('social_map_assets')
    .set({ source, source_id: sourceId })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', assetId)
    .execute();
}

/**
 * Items of these kinds in the same part of the municipality (the area, one of its ancestors or
 * descendants) whose title is very similar (pg_trgm), that did not come from this source.
 */
export async function similarAssets(
  db: Db,
  municipalityId: string,
  v: { title: string; kinds: string[]; areaPath: string; source: string },
): Promise<Array<{ id: string; title: string; similarity: number }>> {
  const rows = await importDb(db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select(['s.id', 's.title', sql<number>`similarity(s.title, ${v.title})`.as('similarity')])
    .where('s.municipality_id', '=', municipalityId)
    .where('s.kind', 'in', v.kinds as AssetRow['kind'][])
    .where('s.status', 'in', ['pending', 'published'])
    .where((eb) => eb.or([eb('s.source', 'is', null), eb('s.source', '<>', v.source)]))
    .where(
      sql<boolean>`(a.path = ${v.areaPath} or a.path like ${`${v.areaPath}/%`} or ${v.areaPath} like a.path || '/%')`,
    )
    // % uses the trigram index (threshold 0.3); the similarity() test then applies ours.
    .where(sql<boolean>`s.title % ${v.title}`)
    .where(sql<boolean>`similarity(s.title, ${v.title}) > ${duplicateThreshold}`)
    .orderBy('similarity', 'desc')
    .limit(3)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, similarity: Number(r.similarity) }));
}
