import { sql } from 'kysely';
import type { SmDb, SmTx } from '../social-map.tables.ts';
import type { SynonymEntry } from './build-search-query.ts';

// The only place that writes social_map_synonyms (search-repository.ts reads it for a query).

export async function listSynonymRows(db: SmDb, municipalityId: string): Promise<SynonymEntry[]> {
  const rows = await sql<SynonymEntry>`
    select term, synonyms from social_map_synonyms
    where municipality_id = ${municipalityId}
    order by term`.execute(db);
  return rows.rows;
}

export async function findSynonymRow(
  db: SmDb | SmTx,
  municipalityId: string,
  term: string,
): Promise<SynonymEntry | undefined> {
  const rows = await sql<SynonymEntry>`
    select term, synonyms from social_map_synonyms
    where municipality_id = ${municipalityId} and term = ${term}`.execute(db);
  return rows.rows[0];
}

export async function saveSynonymRow(tx: SmTx, municipalityId: string, e: SynonymEntry, now: Date) {
  await sql`
    insert into social_map_synonyms (municipality_id, term, synonyms, updated_at)
    values (${municipalityId}, ${e.term}, ${e.synonyms}::text[], ${now})
    on conflict (municipality_id, term)
    do update set synonyms = excluded.synonyms, updated_at = excluded.updated_at`.execute(tx);
}

export async function deleteSynonymRow(tx: SmTx, municipalityId: string, term: string) {
  await sql`delete from social_map_synonyms where municipality_id = ${municipalityId} and term = ${term}`.execute(
    tx,
  );
}

/** Puts back the default Dutch set (terms the municipality removed or never had). */
export async function seedDefaultSynonyms(tx: SmTx, municipalityId: string) {
  await sql`select social_map_seed_synonyms(${municipalityId}::uuid)`.execute(tx);
}
