import { sql } from 'kysely';
import type { SmDb, SmTx } from '../social-map.tables.ts';
import type { SynonymEntry } from './build-search-query.ts';
import { searchDb, searchTx } from './search.tables.ts';

// The only place that writes social_map_synonyms (search-repository.ts reads it for a query).

export async function listSynonymRows(db: SmDb, municipalityId: string): Promise<SynonymEntry[]> {
  return searchDb(db)
    .selectFrom('social_map_synonyms')
    .select(['term', 'synonyms'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('term')
    .execute();
}

export async function findSynonymRow(
  db: SmDb | SmTx,
  municipalityId: string,
  term: string,
): Promise<SynonymEntry | undefined> {
  return searchDb(db)
    .selectFrom('social_map_synonyms')
    .select(['term', 'synonyms'])
    .where('municipality_id', '=', municipalityId)
    .where('term', '=', term)
    .executeTakeFirst();
}

export async function saveSynonymRow(tx: SmTx, municipalityId: string, e: SynonymEntry, now: Date) {
  await searchTx(tx)
    .insertInto('social_map_synonyms')
    .values({ municipality_id: municipalityId, term: e.term, synonyms: e.synonyms, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'term']).doUpdateSet((eb) => ({
        synonyms: eb.ref('excluded.synonyms'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export async function deleteSynonymRow(tx: SmTx, municipalityId: string, term: string) {
  await searchTx(tx)
    .deleteFrom('social_map_synonyms')
    .where('municipality_id', '=', municipalityId)
    .where('term', '=', term)
    .execute();
}

/** Puts back the default Dutch set (terms the municipality removed or never had). */
export async function seedDefaultSynonyms(tx: SmTx, municipalityId: string) {
  await sql`select social_map_seed_synonyms(${municipalityId}::uuid)`.execute(tx);
}
