import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';
import { type AssetRowWithRefs, areaWithin, publiclyVisibleSql } from '../assets.repository.ts';
import { smDb } from '../social-map.tables.ts';

// Read queries of the HSDS API: only what everyone sees, never key persons.

export interface HsdsAssetFilter {
  kinds: Array<'place' | 'offering' | 'activity' | 'group'>;
  search?: string | undefined;
  organisationId?: string | undefined;
  /** Owned by any of these organisations. */
  organisationIds?: string[] | undefined;
  /** In this area or below it (an area path). */
  areaPath?: string | undefined;
  modifiedAfter?: Date | undefined;
  /** Any of these (vocabulary, code) pairs. */
  terms?: Array<{ vocabulary: 'theme' | 'target_group' | 'abcd'; code: string }> | undefined;
  ids?: string[] | undefined;
}

function visibleAssets(db: Db, municipalityId: string, f: HsdsAssetFilter, now: Date) {
  let q = smDb(db)
    .selectFrom('social_map_assets as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .leftJoin('organisations as o', 'o.id', 's.owner_organisation_id')
    .where('s.municipality_id', '=', municipalityId)
    .where('s.kind', 'in', f.kinds)
    .where((eb) => publiclyVisibleSql(eb, now));
  if (f.search) q = q.where(sql<boolean>`s.search_text ilike ${`%${f.search.replace(/[\\%_]/g, '\\$&')}%`}`);
  if (f.organisationId) q = q.where('s.owner_organisation_id', '=', f.organisationId);
  if (f.organisationIds) {
    const ids = f.organisationIds.length ? f.organisationIds : ['00000000-0000-0000-0000-000000000000'];
    q = q.where('s.owner_organisation_id', 'in', ids);
  }
  if (f.areaPath !== undefined) q = q.where(areaWithin([f.areaPath]));
  if (f.modifiedAfter) q = q.where('s.updated_at', '>=', f.modifiedAfter);
  if (f.ids) q = q.where('s.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.terms) {
    const terms = f.terms;
    q = q.where((eb) =>
      eb.or(
        terms.length === 0
          ? [sql<boolean>`false`]
          : terms.map((t) => {
              const column =
                t.vocabulary === 'theme'
                  ? 's.themes'
                  : t.vocabulary === 'target_group'
                    ? 's.target_groups'
                    : 's.abcd_categories';
              return sql<boolean>`${t.code} = any(${sql.ref(column)})`;
            }),
      ),
    );
  }
  return q;
}

export async function countVisibleAssets(db: Db, municipalityId: string, f: HsdsAssetFilter, now: Date) {
  const row = await visibleAssets(db, municipalityId, f, now)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function visibleAssetRows(
  db: Db,
  municipalityId: string,
  f: HsdsAssetFilter,
  now: Date,
  page?: { limit: number; offset: number },
): Promise<AssetRowWithRefs[]> {
  let q = visibleAssets(db, municipalityId, f, now)
    .selectAll('s')
    .select([
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
      'o.name as organisation_name',
    ])
    .orderBy('s.title')
    .orderBy('s.id');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return (await q.execute()) as AssetRowWithRefs[];
}

export async function exportOrganisationRows(db: Db, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return smDb(db)
    .selectFrom('organisations')
    .select(['id', 'name', 'description', 'email', 'website', 'phone'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .orderBy('name')
    .execute();
}

/** Organisations that own at least one publicly visible item. */
export async function publicOrganisationIds(db: Db, municipalityId: string, now: Date, search?: string) {
  let q = visibleAssets(db, municipalityId, { kinds: ['place', 'offering', 'activity', 'group'] }, now)
    .where('s.owner_organisation_id', 'is not', null)
    .select('o.id')
    .distinct();
  if (search) q = q.where(sql<boolean>`o.name ilike ${`%${search.replace(/[\\%_]/g, '\\$&')}%`}`);
  const rows = await q.execute();
  return rows.map((r) => r.id).filter((id): id is string => Boolean(id));
}
